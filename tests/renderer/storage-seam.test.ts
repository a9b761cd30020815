import { fc, test as propertyTest } from '@fast-check/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { summarizeAllOpenCommitments } from '@shared/domain/commitment-summary';
import { deriveAll } from '@shared/domain/derived-data';
import { emptyPersonInput } from '@shared/domain/person';
import type { Person } from '@shared/domain/types';
import { setCommitmentDone } from '@renderer/db/commitments-repository';
import {
  countConversationsForPerson,
  deleteConversation,
  listTags,
  listTimeline,
  restoreConversation,
  saveConversation,
} from '@renderer/db/conversations-repository';
import { addNoteItem, createPerson, setPersonArchived, updatePerson } from '@renderer/db/people-repository';
import { updateSettings } from '@renderer/db/settings-repository';
import { getDraft, saveDraft } from '@renderer/db/drafts-repository';
import {
  compactChanges,
  readChangesAfter,
  readLastChangeSeq,
  readTombstones,
  writeChangeCursor,
} from '@renderer/db/tables/change-feed';
import { CodecInTransactionError, commitmentCodec, conversationCodec } from '@renderer/db/tables/codecs';
import { rebuildDerivedData } from '@renderer/db/tables/derived';
import { db } from '@renderer/db/tables/schema';
import { ConflictError, basedOn, commit, put, transact } from '@renderer/db/tables/write';
import { conversationInput } from './fixtures';

afterEach(() => {
  vi.restoreAllMocks();
});

function person(name: string): Promise<Person> {
  return createPerson({ ...emptyPersonInput(), name });
}

async function feed() {
  return (await readChangesAfter(0, 10_000)).map(({ table, recordId, op }) => ({ table, recordId, op }));
}

/** The derived tables as stored, in a stable order, next to what a rebuild from scratch computes. */
async function derivedNowAndFromScratch() {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  const stored = {
    personTimeline: byId(await db.personTimeline.toArray()),
    tagTimeline: byId(await db.tagTimeline.toArray()),
    tagCounts: (await db.tagCounts.toArray())
      .map(({ key, count }) => ({ key, count }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    personActivity: (await db.personActivity.toArray()).sort((a, b) => a.personId.localeCompare(b.personId)),
    openCommitmentSummaries: await db.openCommitmentSummaries.orderBy('personId').toArray(),
  };
  const conversations = await Promise.all((await db.conversations.toArray()).map(conversationCodec.decode));
  const commitments = await Promise.all((await db.commitments.toArray()).map(commitmentCodec.decode));
  const scratch = deriveAll(conversations);
  const fromScratch = {
    personTimeline: byId(scratch.personTimeline),
    tagTimeline: byId(scratch.tagTimeline),
    tagCounts: scratch.tagCounts.map(({ key, count }) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key)),
    personActivity: scratch.personActivity.sort((a, b) => a.personId.localeCompare(b.personId)),
    openCommitmentSummaries: summarizeAllOpenCommitments(commitments),
  };
  return { stored, fromScratch };
}

describe('the change feed', () => {
  it('records every repository write exactly once, in order, with deletes as tombstones', async () => {
    const dana = await person('Dana');
    await updatePerson(dana.id, { ...emptyPersonInput(), name: 'Dana Ruiz', stance: 'supportive' });
    const saved = await saveConversation(
      conversationInput([dana.id], '2026-11-20T15:00:00.000Z', {
        heard: { priorities: ['Close the year'], worries: [] },
        newCommitments: [{ personId: dana.id, direction: 'i-owe', text: 'Send the deck' }],
      }),
    );
    const [commitment] = await db.commitments.toArray();
    await setCommitmentDone(commitment?.id ?? '', true);
    await setPersonArchived(dana.id, true);
    await updateSettings({ theme: 'dark' });
    await deleteConversation(saved.id);

    const stanceChanges = await db.stanceChanges.toArray();
    const created = stanceChanges.find((change) => change.from === null);
    const changed = stanceChanges.find((change) => change.from !== null);
    expect(await feed()).toEqual([
      { table: 'people', recordId: dana.id, op: 'put' },
      { table: 'stanceChanges', recordId: created?.id, op: 'put' },
      { table: 'people', recordId: dana.id, op: 'put' },
      { table: 'stanceChanges', recordId: changed?.id, op: 'put' },
      { table: 'conversations', recordId: saved.id, op: 'put' },
      { table: 'commitments', recordId: commitment?.id, op: 'put' },
      { table: 'people', recordId: dana.id, op: 'put' },
      { table: 'commitments', recordId: commitment?.id, op: 'put' },
      { table: 'people', recordId: dana.id, op: 'put' },
      { table: 'settings', recordId: 'app', op: 'put' },
      { table: 'people', recordId: dana.id, op: 'put' },
      { table: 'commitments', recordId: commitment?.id, op: 'delete' },
      { table: 'conversations', recordId: saved.id, op: 'delete' },
    ]);
    const seqs = (await readChangesAfter(0, 100)).map((entry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(await readLastChangeSeq()).toBe(seqs.at(-1));
    expect(await readTombstones()).toEqual([
      expect.objectContaining({ table: 'commitments', recordId: commitment?.id }),
      expect.objectContaining({ table: 'conversations', recordId: saved.id }),
    ]);
  });

  it('leaves no entry when the write rolls back', async () => {
    const dana = await person('Dana');
    const before = await feed();
    vi.spyOn(db.people, 'bulkPut').mockRejectedValueOnce(new Error('The disk is full.'));
    await expect(
      saveConversation(
        conversationInput([dana.id], '2026-11-20T15:00:00.000Z', { heard: { priorities: ['Hiring'], worries: [] } }),
      ),
    ).rejects.toThrow('The disk is full.');
    expect(await feed()).toEqual(before);
    expect(await db.conversations.count()).toBe(0);
  });

  it('keeps drafts out of the feed: they are scratch space, not the journal', async () => {
    await saveDraft('conversation:new', { notes: 'half a thought' });
    expect(await feed()).toEqual([]);
  });

  it('an undone delete is no longer a tombstone', async () => {
    const dana = await person('Dana');
    const saved = await saveConversation(conversationInput([dana.id], '2026-11-20T15:00:00.000Z'));
    await restoreConversation(await deleteConversation(saved.id));
    expect(await readTombstones()).toEqual([]);
  });

  it('compacts what every consumer has read, and never drops a tombstone', async () => {
    const dana = await person('Dana');
    const kept = await saveConversation(conversationInput([dana.id], '2026-11-19T15:00:00.000Z'));
    const gone = await saveConversation(conversationInput([dana.id], '2026-11-20T15:00:00.000Z'));
    await deleteConversation(gone.id);
    const last = await readLastChangeSeq();
    await writeChangeCursor('search', last);
    await writeChangeCursor('backup', last - 1);

    await compactChanges();
    // The backup consumer has not read the last entry (the delete), so that entry stays, as does the tombstone.
    expect(await feed()).toEqual([{ table: 'conversations', recordId: gone.id, op: 'delete' }]);

    await saveConversation(conversationInput([dana.id], '2026-11-21T15:00:00.000Z', { notes: 'new' }), kept.id);
    await saveConversation(conversationInput([dana.id], '2026-11-21T15:00:00.000Z', { notes: 'newer' }), kept.id);
    const afterEdits = await readLastChangeSeq();
    await writeChangeCursor('backup', afterEdits);
    await writeChangeCursor('search', afterEdits);
    expect(await compactChanges()).toBe(1);
    // The second edit is the newest entry: it stays, so the feed still knows its last sequence.
    expect(await feed()).toEqual([
      { table: 'conversations', recordId: gone.id, op: 'delete' },
      { table: 'conversations', recordId: kept.id, op: 'put' },
    ]);
    expect(await readLastChangeSeq()).toBe(afterEdits);
  });

  it('reads a feed longer than one read whole, for its tombstones and for compacting it', async () => {
    const at = '2026-11-20T10:00:00.000Z';
    const puts = Array.from({ length: 6_000 }, (_, index) => ({
      table: 'people' as const,
      recordId: `p-${index}`,
      op: 'put' as const,
      at,
    }));
    await db.changes.bulkAdd([
      ...puts,
      { table: 'people', recordId: 'p-10', op: 'delete', at },
      { table: 'people', recordId: 'p-11', op: 'put', at },
    ]);
    expect(await readTombstones()).toEqual([{ table: 'people', recordId: 'p-10', deletedAt: at }]);

    // No consumer: everything goes but the tombstone and the newest entry.
    expect(await compactChanges()).toBe(6_000);
    expect(await feed()).toEqual([
      { table: 'people', recordId: 'p-10', op: 'delete' },
      { table: 'people', recordId: 'p-11', op: 'put' },
    ]);
  });

  it('drops a delete that was undone, and keeps the consumers’ unread entries', async () => {
    const dana = await person('Dana');
    const undone = await saveConversation(conversationInput([dana.id], '2026-11-19T15:00:00.000Z'));
    await restoreConversation(await deleteConversation(undone.id));
    const read = await readLastChangeSeq();
    const gone = await saveConversation(conversationInput([dana.id], '2026-11-20T15:00:00.000Z'));
    await deleteConversation(gone.id);
    await saveConversation(conversationInput([dana.id], '2026-11-21T15:00:00.000Z'));
    await writeChangeCursor('search', read);

    const unread = await readChangesAfter(read, 100);

    await compactChanges();
    // Up to the cursor, the undone delete is no longer its record's last change: nothing there is a tombstone.
    expect(await readChangesAfter(0, 100)).toEqual(unread);
    expect(unread.map((entry) => entry.recordId)).not.toContain(undone.id);
  });
});

describe('the codec seam', () => {
  it('never runs a codec inside a transaction', async () => {
    const dana = await person('Dana');
    await saveConversation(conversationInput([dana.id], '2026-11-20T15:00:00.000Z', { tags: ['budget'] }));
    // Any encode or decode made inside a transaction throws; the whole app path above did not.
    await expect(
      db.transaction('r', db.conversations, async () => {
        const [row] = await db.conversations.toArray();
        if (row) await conversationCodec.decode(row);
      }),
    ).rejects.toBeInstanceOf(CodecInTransactionError);
  });

  it('stores tags as keys for the index and gives the record back without them', async () => {
    const dana = await person('Dana');
    const saved = await saveConversation(
      conversationInput([dana.id], '2026-11-20T15:00:00.000Z', { tags: ['Hiring', 'budget'] }),
    );
    expect((await db.conversations.get(saved.id))?.tagKeys).toEqual(['hiring', 'budget']);
    expect(await listTimeline({ tag: 'HIRING' }, 10)).toEqual([saved]);
  });
});

describe('optimistic concurrency', () => {
  it('refuses a change based on a record someone else changed meanwhile', async () => {
    const dana = await person('Dana');
    const stale = { ...dana };
    await addNoteItem(dana.id, 'priorities', 'Close the year');
    await expect(
      commit([put('people', { ...stale, notes: 'overwrites the priority' })], [basedOn('people', dana.id, stale)]),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await db.people.get(dana.id))?.priorities).toHaveLength(1);
  });

  it('transact reads again and retries, so neither of two concurrent edits is lost', async () => {
    const dana = await person('Dana');
    await Promise.all([
      addNoteItem(dana.id, 'priorities', 'Close the year'),
      addNoteItem(dana.id, 'worries', 'Cloud spend'),
      addNoteItem(dana.id, 'waysICanHelp', 'A cost dashboard'),
    ]);
    const stored = await db.people.get(dana.id);
    expect([stored?.priorities.length, stored?.worries.length, stored?.waysICanHelp.length]).toEqual([1, 1, 1]);
  });

  it('keeps both of two edits made in the same millisecond: every change moves updatedAt on', async () => {
    const dana = await person('Dana');
    // A clock that stands still, as it does for edits a fast machine makes within one millisecond.
    vi.spyOn(Date, 'now').mockReturnValue(Date.parse(dana.updatedAt));
    await Promise.all([
      addNoteItem(dana.id, 'priorities', 'Close the year'),
      addNoteItem(dana.id, 'worries', 'Cloud spend'),
    ]);
    const stored = await db.people.get(dana.id);
    expect([stored?.priorities.length, stored?.worries.length]).toEqual([1, 1]);
    expect(Date.parse(stored?.updatedAt ?? '')).toBe(Date.parse(dana.updatedAt) + 2);
  });

  it('gives up after three conflicts and says so', async () => {
    const dana = await person('Dana');
    let attempts = 0;
    await expect(
      transact(async () => {
        attempts += 1;
        await addNoteItem(dana.id, 'priorities', `change ${attempts}`);
        return { ops: [put('people', dana)], preconditions: [basedOn('people', dana.id, dana)], result: undefined };
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(attempts).toBe(3);
  });
});

describe('derived data', () => {
  it('counts tags from the aggregate, once whatever their case, and drops a tag no longer used', async () => {
    const dana = await person('Dana');
    const first = await saveConversation(
      conversationInput([dana.id], '2026-11-19T15:00:00.000Z', { tags: ['Hiring', 'budget'] }),
    );
    await saveConversation(conversationInput([dana.id], '2026-11-20T15:00:00.000Z', { tags: ['hiring'] }));
    expect(await listTags()).toEqual(['budget', 'Hiring']);
    expect((await db.tagCounts.get('hiring'))?.count).toBe(2);
    await deleteConversation(first.id);
    expect(await listTags()).toEqual(['Hiring']);
    expect((await db.tagCounts.get('hiring'))?.count).toBe(1);
  });

  it("keeps each person's conversation count in their summary: one more, one fewer, never a count of the index", async () => {
    const dana = await person('Dana');
    const sam = await person('Sam');
    const both = await saveConversation(conversationInput([dana.id, sam.id], '2026-11-19T15:00:00.000Z'));
    await saveConversation(conversationInput([sam.id], '2026-11-20T15:00:00.000Z'));
    expect([await countConversationsForPerson(dana.id), await countConversationsForPerson(sam.id)]).toEqual([1, 2]);
    await saveConversation(conversationInput([dana.id], '2026-11-19T15:00:00.000Z'), both.id);
    expect([await countConversationsForPerson(dana.id), await countConversationsForPerson(sam.id)]).toEqual([1, 1]);
    await deleteConversation(both.id);
    expect([await countConversationsForPerson(dana.id), await countConversationsForPerson(sam.id)]).toEqual([0, 1]);
  });

  it('rebuildDerivedData recomputes every derived table from the source tables', async () => {
    const dana = await person('Dana');
    const sam = await person('Sam');
    await saveConversation(
      conversationInput([dana.id, sam.id], '2026-11-19T15:00:00.000Z', { tags: ['x'], warmth: 4 }),
    );
    await saveConversation(
      conversationInput([sam.id], '2026-11-20T15:00:00.000Z', {
        tags: ['y'],
        newCommitments: [
          { personId: sam.id, direction: 'i-owe', text: 'Send the plan', dueOn: '2026-11-25' },
          { personId: sam.id, direction: 'i-owe', text: 'Call back' },
          { personId: sam.id, direction: 'they-owe', text: 'Share the numbers', dueOn: '2026-11-21' },
        ],
      }),
    );
    const before = await derivedNowAndFromScratch();
    expect(before.stored.openCommitmentSummaries).toEqual([{ personId: sam.id, iOweDueDates: ['2026-11-25'] }]);
    await Promise.all(
      ['personTimeline', 'tagTimeline', 'tagCounts', 'personActivity', 'openCommitmentSummaries'].map((t) =>
        db.table(t).clear(),
      ),
    );
    await rebuildDerivedData();
    const after = await derivedNowAndFromScratch();
    expect(after.stored).toEqual(before.stored);
    expect(after.stored).toEqual(after.fromScratch);
  });

  type Promised = { who: number; direction: 'i-owe' | 'they-owe'; due: number | null };
  type Step =
    | {
        kind: 'add';
        people: number[];
        day: number;
        hour: number;
        warmth: number | null;
        tags: string[];
        promises: Promised[];
      }
    | { kind: 'edit'; which: number; people: number[]; day: number; warmth: number | null; tags: string[] }
    | { kind: 'delete'; which: number }
    | { kind: 'undo' }
    | { kind: 'done'; which: number; done: boolean };

  // Two people and mostly additions, so a person often has more conversations than the summary keeps.
  const people = fc.uniqueArray(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 2 });
  const warmth = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
  const tags = fc.uniqueArray(fc.constantFrom('Hiring', 'hiring', 'budget', 'Q3'), { maxLength: 2 });
  const step: fc.Arbitrary<Step> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        people,
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 8, max: 9 }),
        warmth,
        tags,
        // Promises each way, some with a due date, so a person's summary gains and loses dates.
        promises: fc.array(
          fc.record({
            who: fc.integer({ min: 0, max: 1 }),
            direction: fc.constantFrom('i-owe' as const, 'they-owe' as const),
            due: fc.option(fc.integer({ min: 1, max: 28 }), { nil: null }),
          }),
          { maxLength: 2 },
        ),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        which: fc.nat(),
        people,
        day: fc.integer({ min: 1, max: 28 }),
        warmth,
        tags,
      }),
    },
    fc.record({ kind: fc.constant('delete' as const), which: fc.nat() }),
    fc.record({ kind: fc.constant('undo' as const) }),
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('done' as const), which: fc.nat(), done: fc.boolean() }) },
  );

  propertyTest.prop([fc.array(step, { minLength: 20, maxLength: 60 })], { numRuns: 12 })(
    'the incremental summaries always equal a computation from scratch (random edit sequences)',
    async (steps) => {
      await Promise.all(db.tables.map((table) => table.clear()));
      const everyone = await Promise.all(['Ana', 'Ben'].map(person));
      const live: string[] = [];
      let lastDeleted: Awaited<ReturnType<typeof deleteConversation>> | null = null;
      for (const s of steps) {
        if (s.kind === 'add' || s.kind === 'edit') {
          const input = conversationInput(
            s.people.map((index) => everyone[index]?.id ?? ''),
            new Date(2026, 9, s.day, s.kind === 'add' ? s.hour : 10).toISOString(),
            {
              warmth: s.warmth,
              tags: s.tags,
              newCommitments:
                s.kind === 'add'
                  ? s.promises.map(({ who, direction, due }) => ({
                      personId: everyone[s.people[who % s.people.length] ?? 0]?.id ?? '',
                      direction,
                      text: 'A promise',
                      ...(due === null ? {} : { dueOn: `2026-10-${String(due).padStart(2, '0')}` }),
                    }))
                  : [],
            },
          );
          if (s.kind === 'add') live.push((await saveConversation(input)).id);
          else if (live.length > 0) await saveConversation(input, live[s.which % live.length]);
        } else if (s.kind === 'delete' && live.length > 0) {
          const [id] = live.splice(s.which % live.length, 1);
          lastDeleted = await deleteConversation(id ?? '');
        } else if (s.kind === 'undo' && lastDeleted) {
          await restoreConversation(lastDeleted);
          live.push(lastDeleted.conversation.id);
          lastDeleted = null;
        } else if (s.kind === 'done') {
          const ids = await db.commitments.orderBy('id').primaryKeys();
          const id = ids[s.which % Math.max(1, ids.length)];
          if (id) await setCommitmentDone(id, s.done);
        }
        const { stored, fromScratch } = await derivedNowAndFromScratch();
        expect(stored).toEqual(fromScratch);
      }
    },
    60_000,
  );
});

describe('drafts stashed as the page hid', () => {
  it('recovers a stash newer than the stored draft, and never an older one over newer text', async () => {
    localStorage.setItem(
      'upstream-draft:conversation:new',
      JSON.stringify({ value: { notes: 'newer' }, updatedAt: '2999-01-01T00:00:00.000Z' }),
    );
    await saveDraft('conversation:new', { notes: 'older' });
    expect((await getDraft('conversation:new'))?.value).toEqual({ notes: 'newer' });

    localStorage.setItem(
      'upstream-draft:conversation:new',
      JSON.stringify({ value: { notes: 'stale' }, updatedAt: '2000-01-01T00:00:00.000Z' }),
    );
    expect((await getDraft('conversation:new'))?.value).toEqual({ notes: 'newer' });
    expect(localStorage.getItem('upstream-draft:conversation:new')).toBeNull();
  });
});
