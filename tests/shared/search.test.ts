import { describe, expect, it } from 'vitest';
import {
  NO_SEARCH_FILTERS,
  combineRankings,
  describeSearchHit,
  parseSearchKey,
  passesSearchFilters,
  queryWords,
  searchDocumentOf,
  searchKey,
  snippetOf,
  type SnippetPart,
} from '@shared/domain/search';
import type { CheckIn, Commitment, Conversation, Person, StrategyMoment } from '@shared/domain/types';

const base = { createdAt: '2026-10-01T10:00:00.000Z', updatedAt: '2026-10-02T10:00:00.000Z' };

const dana: Person = {
  ...base,
  id: 'p-dana',
  name: 'Dana Ruiz',
  title: 'CFO',
  emails: [],
  function: 'finance',
  relationship: 'peer',
  influence: 5,
  stance: 'skeptical',
  desiredStance: 'supportive',
  cadenceDays: 14,
  priorities: [{ id: 'n1', text: 'Close the year', notedOn: '2026-10-02' }],
  worries: [{ id: 'n2', text: 'Cloud spend', notedOn: '2026-10-02' }],
  waysICanHelp: [{ id: 'n3', text: 'A cost dashboard', notedOn: '2026-10-02' }],
  notes: 'Prefers **numbers** to stories.',
  archived: false,
};

const talk: Conversation = {
  ...base,
  id: 'c-1',
  occurredAt: '2026-10-05T14:00:00.000Z',
  personIds: ['p-dana', 'p-sam'],
  kind: 'one-on-one',
  title: 'Budget review',
  notes: 'We went through the vendor contracts.',
  tags: ['budget', 'Q4'],
  source: 'manual',
};

const promise: Commitment = {
  ...base,
  id: 'k-1',
  personId: 'p-dana',
  conversationId: 'c-1',
  direction: 'i-owe',
  text: 'Send the cloud cost breakdown',
  dueOn: '2026-10-12',
};

const moment: StrategyMoment = {
  ...base,
  id: 'm-1',
  occurredOn: '2026-10-07',
  title: 'Platform bet for 2027',
  area: 'roadmap',
  involvement: 'consulted',
  techImpact: 'high',
  drivenBy: ['p-dana'],
  notes: 'Decided in the CEO staff meeting.',
  nextTime: 'Bring the capacity plan.',
};

const checkIn: CheckIn = {
  ...base,
  id: 'w-1',
  week: '2026-W41',
  completedAt: '2026-10-09T17:00:00.000Z',
  instrumentVersion: 1,
  cbiWork: [],
  ucla3: [],
  leanedOn: [],
  win: 'Hired the SRE lead',
  reflection: 'Felt alone in the pricing debate.',
};

const text = (parts: SnippetPart[]) => parts.map((part) => part.text).join('');
const marked = (parts: SnippetPart[]) => parts.filter((part) => part.match).map((part) => part.text);

describe('what search covers', () => {
  it('puts names, titles, tags and one-line items in the short field, long text in the body', () => {
    expect(searchDocumentOf('conversations', talk)).toEqual({
      key: 'conversations/c-1',
      kind: 'conversation',
      short: 'Budget review\nbudget\nQ4',
      body: 'We went through the vendor contracts.',
      at: talk.occurredAt,
      personIds: ['p-dana', 'p-sam'],
    });
    const person = searchDocumentOf('people', dana);
    expect(person.short).toBe('Dana Ruiz\nCFO\nClose the year\nCloud spend\nA cost dashboard');
    expect(person.body).toBe(dana.notes);
    expect(person.personIds).toEqual(['p-dana']);
    expect(searchDocumentOf('commitments', promise)).toMatchObject({
      kind: 'commitment',
      short: promise.text,
      at: '2026-10-12',
      personIds: ['p-dana'],
    });
    expect(searchDocumentOf('strategyMoments', moment)).toMatchObject({
      kind: 'moment',
      short: 'Platform bet for 2027',
      body: 'Decided in the CEO staff meeting.\nBring the capacity plan.',
      personIds: ['p-dana'],
    });
    expect(searchDocumentOf('checkIns', checkIn)).toMatchObject({
      kind: 'checkIn',
      short: '',
      body: 'Hired the SRE lead\nFelt alone in the pricing debate.',
      personIds: [],
    });
  });

  it('leaves out empty parts, and dates a commitment without a due day by its creation', () => {
    expect(searchDocumentOf('conversations', { ...talk, title: undefined, tags: [] }).short).toBe('');
    expect(searchDocumentOf('checkIns', { ...checkIn, win: '  ', reflection: undefined }).body).toBe('');
    expect(searchDocumentOf('commitments', { ...promise, dueOn: undefined }).at).toBe(base.createdAt);
  });

  it('names each record by table and id, and refuses keys of other tables', () => {
    expect(searchKey('people', 'a/b')).toBe('people/a/b');
    expect(parseSearchKey('people/a/b')).toEqual({ table: 'people', id: 'a/b' });
    expect(parseSearchKey('drafts/x')).toBeUndefined();
    expect(parseSearchKey('/x')).toBeUndefined();
    expect(parseSearchKey('people')).toBeUndefined();
  });
});

describe('one ranking from several lists', () => {
  it('adds up a record found by several lists, and weighs each list', () => {
    const ranked = combineRankings([
      { ids: ['a', 'b', 'c'], weight: 1 },
      { ids: ['c', 'd'], weight: 1 },
    ]);
    expect(ranked[0]).toBe('c');
    expect(ranked.slice(1)).toEqual(['a', 'b', 'd']);
    expect(
      combineRankings([
        { ids: ['body'], weight: 1.5 },
        { ids: ['name'], weight: 2 },
      ]),
    ).toEqual(['name', 'body']);
  });

  it('keeps the first list’s order between equals, and gives nothing for no lists', () => {
    expect(
      combineRankings([
        { ids: [1, 2], weight: 1 },
        { ids: [3, 4], weight: 1 },
      ]),
    ).toEqual([1, 3, 2, 4]);
    expect(combineRankings([])).toEqual([]);
    expect(combineRankings([{ ids: [], weight: 2 }])).toEqual([]);
  });
});

describe('filters', () => {
  const now = new Date('2026-11-01T12:00:00.000Z');
  const record = { kind: 'conversation' as const, at: '2026-10-05T14:00:00.000Z', personIds: ['p-dana'] };

  it('passes everything without filters', () => {
    expect(passesSearchFilters(record, NO_SEARCH_FILTERS, now)).toBe(true);
  });

  it('filters by kind and by person', () => {
    expect(passesSearchFilters(record, { ...NO_SEARCH_FILTERS, kind: 'person' }, now)).toBe(false);
    expect(passesSearchFilters(record, { ...NO_SEARCH_FILTERS, kind: 'conversation' }, now)).toBe(true);
    expect(passesSearchFilters(record, { ...NO_SEARCH_FILTERS, personId: 'p-sam' }, now)).toBe(false);
    expect(passesSearchFilters(record, { ...NO_SEARCH_FILTERS, personId: 'p-dana' }, now)).toBe(true);
  });

  it('counts a period back in whole days, for instants and local days alike', () => {
    const month = { ...NO_SEARCH_FILTERS, period: 'month' as const };
    // 31 days before 1 November is 1 October: that day is in, 30 September is out.
    expect(passesSearchFilters({ ...record, at: '2026-10-01' }, month, now)).toBe(true);
    expect(passesSearchFilters({ ...record, at: '2026-09-30T23:59:00.000Z' }, month, now)).toBe(false);
    expect(passesSearchFilters({ ...record, at: '2026-08-15' }, { ...month, period: 'quarter' }, now)).toBe(true);
    expect(passesSearchFilters({ ...record, at: '2025-10-30' }, { ...month, period: 'year' }, now)).toBe(false);
  });
});

describe('snippets', () => {
  it('folds case and accents in the query', () => {
    expect(queryWords('  Café  CAFE déjà-vu ')).toEqual(['cafe', 'deja', 'vu']);
    expect(queryWords('!!!')).toEqual([]);
  });

  it('marks every word that starts with a query word, keeping the text as written', () => {
    const parts = snippetOf('The Café budget, and the budgeting of cafés.', queryWords('cafe budget'));
    expect(text(parts)).toBe('The Café budget, and the budgeting of cafés.');
    expect(marked(parts)).toEqual(['Café', 'budget', 'budgeting', 'cafés']);
  });

  it('shows markup as characters: a snippet is text, never HTML', () => {
    const parts = snippetOf('Before <script>alert(1)</script> the <b>vendor</b> call', queryWords('script vendor'));
    expect(text(parts)).toBe('Before <script>alert(1)</script> the <b>vendor</b> call');
    expect(marked(parts)).toEqual(['script', 'script', 'vendor']);
  });

  it('cuts long text around the first match at word boundaries, with ellipses', () => {
    const long = `${'alpha '.repeat(60)}the vendor contract ${'omega '.repeat(60)}`.trim();
    const parts = snippetOf(long, ['vendor'], 80);
    const shown = text(parts);
    expect(shown.startsWith('…alpha')).toBe(true);
    expect(shown.endsWith('omega…')).toBe(true);
    expect(shown).toContain('the vendor contract');
    expect(shown.length).toBeLessThanOrEqual(84);
    expect(marked(parts)).toEqual(['vendor']);
  });

  it('starts at the beginning when nothing matches, and gives nothing for empty text', () => {
    expect(text(snippetOf('Short note.', ['zebra']))).toBe('Short note.');
    expect(snippetOf('', ['zebra'])).toEqual([]);
    expect(text(snippetOf('a\n\n  b', []))).toBe('a b');
  });
});

describe('results', () => {
  const names: Record<string, string> = { 'p-dana': 'Dana Ruiz', 'p-sam': 'Sam Lee' };
  const nameOf = (id: string) => names[id] ?? '';
  const dayOf = (at: string) => at.slice(0, 10);

  it('describes each kind and where it opens', () => {
    const words = queryWords('vendor');
    expect(describeSearchHit('conversations', talk, words, nameOf, dayOf)).toMatchObject({
      title: 'Budget review',
      context: '2026-10-05 · Dana Ruiz, Sam Lee',
      opens: { screen: 'conversation', id: 'c-1' },
    });
    expect(describeSearchHit('conversations', { ...talk, title: '' }, words, nameOf, dayOf)).toMatchObject({
      title: 'With Dana Ruiz, Sam Lee',
      context: '2026-10-05',
    });
    expect(describeSearchHit('people', dana, words, nameOf, dayOf)).toMatchObject({
      title: 'Dana Ruiz',
      context: 'CFO',
      opens: { screen: 'person', id: 'p-dana' },
    });
    expect(describeSearchHit('commitments', promise, queryWords('cloud'), nameOf, dayOf)).toMatchObject({
      title: 'I owe Dana Ruiz',
      context: 'due 2026-10-12',
      opens: { screen: 'conversation', id: 'c-1' },
    });
    expect(
      describeSearchHit(
        'commitments',
        { ...promise, direction: 'they-owe', conversationId: undefined },
        [],
        nameOf,
        dayOf,
      ),
    ).toMatchObject({ title: 'Dana Ruiz owes me', opens: { screen: 'person', id: 'p-dana' } });
    expect(describeSearchHit('strategyMoments', moment, words, nameOf, dayOf)).toMatchObject({
      title: 'Platform bet for 2027',
      context: '2026-10-07 · Dana Ruiz',
      opens: { screen: 'moment', id: 'm-1' },
    });
    expect(describeSearchHit('checkIns', checkIn, words, nameOf, dayOf)).toMatchObject({
      title: 'Check-in, week 2026-W41',
      opens: { screen: 'checkIn', week: '2026-W41' },
    });
  });

  it('snippets the text that holds the match: the body first, else the short field', () => {
    const inBody = describeSearchHit('people', dana, queryWords('numbers'), nameOf, dayOf);
    expect(marked(inBody.snippet)).toEqual(['numbers']);
    const inShort = describeSearchHit('people', dana, queryWords('cloud'), nameOf, dayOf);
    expect(marked(inShort.snippet)).toEqual(['Cloud']);
    expect(text(inShort.snippet)).toContain('Cloud spend');
  });
});
