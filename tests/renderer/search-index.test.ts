import { describe, expect, it, vi } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { NO_SEARCH_FILTERS, type SearchDocument, type SearchHit } from '@shared/domain/search';
import type { Conversation } from '@shared/domain/types';
import { saveCheckIn } from '@renderer/db/check-ins-repository';
import { deleteConversation, restoreConversation, saveConversation } from '@renderer/db/conversations-repository';
import { addNoteItem, createPerson } from '@renderer/db/people-repository';
import { SearchEngine } from '@renderer/db/search/search-engine';
import { SearchIndexer, type SearchIndexStatus } from '@renderer/db/search/search-indexer';
import { readChangeCursor } from '@renderer/db/tables/change-feed';
import { db } from '@renderer/db/tables/schema';
import { conversationInput } from './fixtures';

// The index on its own (engine), then its life over a real journal on fake-indexeddb (indexer):
// built from the tables, following the change feed, saved, and imported again without a rebuild.

const now = new Date('2026-11-20T12:00:00.000Z');

function note(id: string, body: string, short = '', at = '2026-11-01T10:00:00.000Z'): SearchDocument {
  return { key: `conversations/${id}`, kind: 'conversation', short, body, at, personIds: ['p-dana'] };
}

const keys = (engine: SearchEngine, query: string, limit = 20) =>
  engine.search(query, NO_SEARCH_FILTERS, now, limit).map((hit) => hit.key);

describe('the search engine', () => {
  it('matches short fields by prefix, and bodies by whole words or the word being typed', () => {
    const engine = new SearchEngine();
    engine.put({ ...note('1', 'We reviewed the vendor contracts.'), short: 'Budget review' });
    engine.put(note('2', 'Hiring plan for the platform team.'));
    expect(keys(engine, 'budg')).toEqual(['conversations/1']);
    expect(keys(engine, 'vendor')).toEqual(['conversations/1']);
    // Still typing "contracts": the last word matches words it begins.
    expect(keys(engine, 'vendor contr')).toEqual(['conversations/1']);
    // A finished word (followed by a space) must match whole.
    expect(keys(engine, 'contr ')).toEqual([]);
    expect(keys(engine, 'platform hiring')).toEqual(['conversations/2']);
    expect(keys(engine, 'platform vendor')).toEqual([]);
    expect(keys(engine, '   ')).toEqual([]);
  });

  it('completes the word being typed only while whole words leave room in the results', () => {
    const engine = new SearchEngine();
    for (let i = 0; i < 100; i += 1) engine.put(note(`plan-${i}`, `The plan number ${i}.`));
    engine.put(note('planning', 'Planning the offsite.'));
    // 100 whole-word matches are more than a page of 20 asks the index for (80): no completion is looked up.
    expect(keys(engine, 'plan', 20)).not.toContain('conversations/planning');
    // A page of 50 asks for 170, more than the whole words give, so "plan" also finds "planning".
    expect(keys(engine, 'plan', 50)).toHaveLength(50);
    expect(engine.search('plan', NO_SEARCH_FILTERS, now, 200).map((hit) => hit.key)).toContain(
      'conversations/planning',
    );
  });

  it('folds case and accents both ways', () => {
    const engine = new SearchEngine();
    engine.put(note('1', 'Lunch at the Café Übersee.'));
    expect(keys(engine, 'cafe ubersee')).toEqual(['conversations/1']);
    expect(keys(engine, 'CAFÉ')).toEqual(['conversations/1']);
  });

  it('ranks a match in a title above one in a body', () => {
    const engine = new SearchEngine();
    engine.put(note('body', 'The pricing change came up at the end.'));
    engine.put({ ...note('title', 'Nothing else.'), short: 'Pricing' });
    expect(keys(engine, 'pricing')).toEqual(['conversations/title', 'conversations/body']);
  });

  it('finds a changed record by its new text only, and a removed one not at all', () => {
    const engine = new SearchEngine();
    engine.put(note('1', 'The old roadmap.'));
    engine.put(note('1', 'The new strategy.'));
    expect(keys(engine, 'roadmap')).toEqual([]);
    expect(keys(engine, 'strategy')).toEqual(['conversations/1']);
    expect(engine.size).toBe(1);
    expect(engine.retiredShare).toBe(0.5);
    engine.remove('conversations/1');
    expect(keys(engine, 'strategy')).toEqual([]);
    expect(engine.size).toBe(0);
  });

  it('applies the filters and the limit after ranking', () => {
    const engine = new SearchEngine();
    for (let i = 0; i < 30; i += 1) engine.put(note(`n${i}`, `Quarterly forecast number ${i}.`));
    engine.put({ ...note('old', 'Quarterly forecast, long ago.', '', '2020-01-01T10:00:00.000Z') });
    engine.put({ ...note('sam', 'Quarterly forecast with Sam.'), personIds: ['p-sam'] });
    expect(keys(engine, 'forecast', 5)).toHaveLength(5);
    expect(keys(engine, 'forecast', 50)).toHaveLength(32);
    const lastYear = engine.search('forecast', { ...NO_SEARCH_FILTERS, period: 'year' }, now, 50);
    expect(lastYear.map((hit) => hit.key)).not.toContain('conversations/old');
    expect(lastYear).toHaveLength(31);
    const sams = engine.search('forecast', { ...NO_SEARCH_FILTERS, personId: 'p-sam' }, now, 50);
    expect(sams.map((hit) => hit.key)).toEqual(['conversations/sam']);
    expect(engine.search('forecast', { ...NO_SEARCH_FILTERS, kind: 'person' }, now, 50)).toEqual([]);
  });

  it('exports and imports to the same answers, and keeps learning after an import', () => {
    const engine = new SearchEngine();
    engine.put({ ...note('1', 'The vendor contracts.'), short: 'Budget' });
    engine.put(note('2', 'A second note.'));
    engine.put(note('2', 'The second note, edited.'));
    const copy = new SearchEngine(structuredClone(engine.exportState()));
    for (const query of ['budg', 'vendor', 'vendor contr', 'second edited', 'note']) {
      expect(keys(copy, query)).toEqual(keys(engine, query));
    }
    expect(copy.size).toBe(2);
    copy.put(note('3', 'Contractors are expensive.'));
    expect(keys(copy, 'contr').sort()).toEqual(['conversations/1', 'conversations/3']);
  });
});

async function dana() {
  return createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz', title: 'CFO' });
}

function startIndexer(options: { saveAfterChanges?: number; saveAfterBuildMs?: number } = {}) {
  const statuses: SearchIndexStatus[] = [];
  const indexer = new SearchIndexer({
    onStatus: (status) => statuses.push(status),
    now: () => now,
    saveDelayMs: 60_000,
    saveAfterBuildMs: 60_000,
    ...options,
  });
  return { indexer, statuses, last: () => statuses.at(-1) };
}

const titles = (hits: SearchHit[]) => hits.map((hit) => hit.title);

describe('the search index over the journal', () => {
  it('builds from every searched table, with progress, and finds a note, a worry and a reflection', async () => {
    const person = await dana();
    await addNoteItem(person.id, 'worries', 'Cloud spend is doubling');
    await saveConversation(
      conversationInput([person.id], '2026-11-03T10:00:00.000Z', { notes: 'We reviewed the vendor contracts.' }),
    );
    await saveCheckIn({
      week: '2026-W46',
      cbiWork: [1, 1, 1, 1, 1, 1, 1],
      ucla3: [0, 0, 0],
      leanedOn: [],
      reflection: 'Felt alone in the pricing debate.',
    });
    const { indexer, statuses, last } = startIndexer();
    await indexer.start();
    expect(statuses.some((status) => status.state === 'building')).toBe(true);
    expect(last()).toMatchObject({ state: 'ready', origin: 'built', indexed: 3 });

    expect(titles(await indexer.search('vendor', NO_SEARCH_FILTERS, 20))).toEqual(['With Dana Ruiz']);
    expect(await indexer.search('cloud', NO_SEARCH_FILTERS, 20)).toMatchObject([
      { kind: 'person', title: 'Dana Ruiz', opens: { screen: 'person', id: person.id } },
    ]);
    expect(await indexer.search('alone pricing', NO_SEARCH_FILTERS, 20)).toMatchObject([
      { kind: 'checkIn', opens: { screen: 'checkIn', week: '2026-W46' } },
    ]);
  });

  it('follows the change feed: an added, an edited, a deleted and an undeleted conversation', async () => {
    const person = await dana();
    const { indexer } = startIndexer();
    await indexer.start();
    const search = async (query: string) => titles(await indexer.search(query, NO_SEARCH_FILTERS, 20));

    const saved = await saveConversation(
      conversationInput([person.id], '2026-11-03T10:00:00.000Z', { title: 'Pricing', notes: 'Draft price list.' }),
    );
    await indexer.catchUp();
    expect(await search('price')).toEqual(['Pricing']);

    await saveConversation(
      conversationInput([person.id], saved.occurredAt, { title: 'Pricing', notes: 'Final discount policy.' }),
      saved.id,
    );
    await indexer.catchUp();
    expect(await search('price')).toEqual([]);
    expect(await search('discount')).toEqual(['Pricing']);

    const deleted = await deleteConversation(saved.id);
    await indexer.catchUp();
    expect(await search('discount')).toEqual([]);

    await restoreConversation(deleted);
    await indexer.catchUp();
    expect(await search('discount')).toEqual(['Pricing']);
  });

  it('shows a result just shown again from memory, and its new text once it has changed', async () => {
    const person = await dana();
    const { indexer } = startIndexer();
    await indexer.start();
    const saved = await saveConversation(
      conversationInput([person.id], '2026-11-03T10:00:00.000Z', { title: 'Pricing', notes: 'Draft price list.' }),
    );
    await indexer.catchUp();
    const snippets = async (query: string) =>
      (await indexer.search(query, NO_SEARCH_FILTERS, 20)).map((hit) => hit.snippet.map((part) => part.text).join(''));
    expect(await snippets('price')).toEqual(['Draft price list.']);
    const reads = vi.spyOn(db.conversations, 'bulkGet');
    expect(await snippets('pric')).toEqual(['Draft price list.']);
    expect(reads).not.toHaveBeenCalled();

    await saveConversation(
      conversationInput([person.id], saved.occurredAt, { title: 'Pricing', notes: 'Final price, no discount.' }),
      saved.id,
    );
    await indexer.catchUp();
    expect(await snippets('price')).toEqual(['Final price, no discount.']);
  });

  it('leaves out a record deleted after it was indexed but before the feed was read', async () => {
    const person = await dana();
    const saved: Conversation = await saveConversation(
      conversationInput([person.id], '2026-11-03T10:00:00.000Z', { notes: 'Reorg rumours.' }),
    );
    const { indexer } = startIndexer();
    await indexer.start();
    await deleteConversation(saved.id);
    expect(await indexer.search('reorg', NO_SEARCH_FILTERS, 20)).toEqual([]);
  });

  it('is saved with its cursor, and a restart imports it and reads only what changed since', async () => {
    const person = await dana();
    await saveConversation(conversationInput([person.id], '2026-11-03T10:00:00.000Z', { notes: 'Vendor contracts.' }));
    const first = startIndexer();
    await first.indexer.start();
    await first.indexer.flush();
    const saved = await db.searchIndex.get('journal');
    expect(saved?.cursor).toBeGreaterThan(0);
    expect(await readChangeCursor('search')).toBe(saved?.cursor);

    await saveConversation(conversationInput([person.id], '2026-11-04T10:00:00.000Z', { notes: 'Hiring freeze.' }));
    const second = startIndexer();
    await second.indexer.start();
    expect(second.statuses.some((status) => status.state === 'building')).toBe(false);
    expect(second.last()).toMatchObject({ state: 'ready', origin: 'saved', indexed: 3, builtAt: saved?.builtAt });
    expect(await second.indexer.search('vendor', NO_SEARCH_FILTERS, 20)).toHaveLength(1);
    expect(await second.indexer.search('freeze', NO_SEARCH_FILTERS, 20)).toHaveLength(1);
  });

  it('rebuilds a saved index of another engine version', async () => {
    const person = await dana();
    await db.searchIndex.put({
      id: 'journal',
      engineVersion: 0,
      builtAt: '2020-01-01T00:00:00.000Z',
      savedAt: '2020-01-01T00:00:00.000Z',
      cursor: 0,
      state: {},
    });
    const { indexer, last } = startIndexer();
    await indexer.start();
    expect(last()).toMatchObject({ state: 'ready', origin: 'built', builtAt: now.toISOString() });
    expect(await indexer.search('dana', NO_SEARCH_FILTERS, 20)).toMatchObject([{ opens: { id: person.id } }]);
  });

  it('saves soon after a build, but after changes only once enough have piled up', async () => {
    const person = await dana();
    const { indexer } = startIndexer({ saveAfterBuildMs: 0, saveAfterChanges: 3 });
    await indexer.start();
    const savedCursor = async () => (await db.searchIndex.get('journal'))?.cursor;
    await vi.waitFor(async () => expect(await savedCursor()).toBeDefined());
    const afterBuild = await savedCursor();

    const talk = (day: number) =>
      saveConversation(conversationInput([person.id], `2026-11-0${day}T10:00:00.000Z`, { notes: `Note ${day}` }));
    await talk(3);
    await indexer.catchUp();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await savedCursor()).toBe(afterBuild);

    await talk(4);
    await talk(5);
    await indexer.catchUp();
    await vi.waitFor(async () => expect(await savedCursor()).toBeGreaterThan(afterBuild ?? 0));
    expect(await readChangeCursor('search')).toBe(await savedCursor());
  });
});
