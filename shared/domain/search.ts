import type { CheckIn, Commitment, Conversation, Person, StrategyMoment } from './types';

// What search finds and how it shows it (SPEC §5 Search): which text of each record is searched,
// how the ranked lists of the index are merged into one ranking, the filters, and the highlighted
// snippet. Pure functions: the index itself (FlexSearch, in a worker) is renderer/src/db/search/.

export const SEARCH_KINDS = ['conversation', 'person', 'commitment', 'moment', 'checkIn'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The heading of each group of results, and each kind's name in the filter. */
export const SEARCH_KIND_LABELS: Record<SearchKind, string> = {
  conversation: 'Conversations',
  person: 'People',
  commitment: 'Commitments',
  moment: 'Roadmap room',
  checkIn: 'Check-ins',
};

/** The journal tables search covers, and the kind of result each gives. */
export const SEARCHED_TABLES = {
  conversations: 'conversation',
  people: 'person',
  commitments: 'commitment',
  strategyMoments: 'moment',
  checkIns: 'checkIn',
} as const satisfies Record<string, SearchKind>;
export type SearchedTable = keyof typeof SEARCHED_TABLES;

export type SearchedRecordOf = {
  conversations: Conversation;
  people: Person;
  commitments: Commitment;
  strategyMoments: StrategyMoment;
  checkIns: CheckIn;
};

/**
 * One record as the index sees it. `short` holds names, titles, tags and one-line items, matched by
 * prefix while typing; `body` holds the long text (notes, reflections), matched by whole words, and by
 * prefix on the word being typed. `at` (an instant or a local day) and `personIds` serve the filters.
 */
export type SearchDocument = {
  key: string;
  kind: SearchKind;
  short: string;
  body: string;
  at: string;
  personIds: string[];
};

export function searchKey(table: SearchedTable, id: string): string {
  return `${table}/${id}`;
}

export function parseSearchKey(key: string): { table: SearchedTable; id: string } | undefined {
  const slash = key.indexOf('/');
  const table = key.slice(0, slash);
  if (slash < 1 || !(table in SEARCHED_TABLES)) return undefined;
  return { table: table as SearchedTable, id: key.slice(slash + 1) };
}

const lines = (...parts: (string | undefined)[]) => parts.filter((part) => part && part.trim() !== '').join('\n');

/** What of a record is searched. Every text the user wrote is in one of the two fields. */
export function searchDocumentOf<T extends SearchedTable>(table: T, record: SearchedRecordOf[T]): SearchDocument {
  const key = searchKey(table, record.id);
  const kind: SearchKind = SEARCHED_TABLES[table];
  switch (table) {
    case 'conversations': {
      const conversation = record as Conversation;
      return {
        key,
        kind,
        short: lines(conversation.title, ...conversation.tags),
        body: conversation.notes,
        at: conversation.occurredAt,
        personIds: conversation.personIds,
      };
    }
    case 'people': {
      const person = record as Person;
      const items = [...person.priorities, ...person.worries, ...person.waysICanHelp].map((item) => item.text);
      return {
        key,
        kind,
        short: lines(person.name, person.title, ...items),
        body: person.notes,
        at: person.updatedAt,
        personIds: [person.id],
      };
    }
    case 'commitments': {
      const commitment = record as Commitment;
      return {
        key,
        kind,
        short: commitment.text,
        body: '',
        at: commitment.dueOn ?? commitment.createdAt,
        personIds: [commitment.personId],
      };
    }
    case 'strategyMoments': {
      const moment = record as StrategyMoment;
      return {
        key,
        kind,
        short: moment.title,
        body: lines(moment.notes, moment.nextTime),
        at: moment.occurredOn,
        personIds: moment.drivenBy,
      };
    }
    default: {
      const checkIn = record as CheckIn;
      return {
        key,
        kind,
        short: '',
        body: lines(checkIn.win, checkIn.drain, checkIn.reflection),
        at: checkIn.completedAt,
        personIds: [],
      };
    }
  }
}

/** A ranked list from one part of the index (best first), and how much a match there counts. */
export type RankedList<TId> = { ids: readonly TId[]; weight: number };

/**
 * One ranking from several ranked lists: each list gives its first entry `weight` points, falling
 * linearly to nearly nothing for its last, and a record found by several lists adds them up. Ties keep
 * the order in which the records were first seen, so the first list decides between equals.
 */
export function combineRankings<TId>(lists: readonly RankedList<TId>[]): TId[] {
  const scores = new Map<TId, number>();
  for (const { ids, weight } of lists) {
    ids.forEach((id, position) => {
      scores.set(id, (scores.get(id) ?? 0) + (weight * (ids.length - position)) / ids.length);
    });
  }
  return [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

export const SEARCH_PERIODS = ['any', 'month', 'quarter', 'year'] as const;
export type SearchPeriod = (typeof SEARCH_PERIODS)[number];

export const SEARCH_PERIOD_LABELS: Record<SearchPeriod, string> = {
  any: 'Any time',
  month: 'Past month',
  quarter: 'Past 3 months',
  year: 'Past year',
};

export type SearchFilters = { kind: SearchKind | 'any'; personId: string | 'any'; period: SearchPeriod };

export const NO_SEARCH_FILTERS: SearchFilters = { kind: 'any', personId: 'any', period: 'any' };

const PERIOD_DAYS: Record<Exclude<SearchPeriod, 'any'>, number> = { month: 31, quarter: 92, year: 366 };

export function hasSearchFilters(filters: SearchFilters): boolean {
  return filters.kind !== 'any' || filters.personId !== 'any' || filters.period !== 'any';
}

/**
 * Whether a record passes the filters. `at` is an instant or a local day; a period counts back from
 * `now` by whole days, comparing the first ten characters (the day) of each.
 */
export function passesSearchFilters(
  document: { kind: SearchKind; at: string; personIds: readonly string[] },
  filters: SearchFilters,
  now: Date,
): boolean {
  if (filters.kind !== 'any' && document.kind !== filters.kind) return false;
  if (filters.personId !== 'any' && !document.personIds.includes(filters.personId)) return false;
  if (filters.period !== 'any') {
    const from = new Date(now.getTime() - PERIOD_DAYS[filters.period] * 86_400_000).toISOString().slice(0, 10);
    if (document.at.slice(0, 10) < from) return false;
  }
  return true;
}

/** A piece of a snippet: plain text, or a match to highlight. Rendered as text, so nothing in it is markup. */
export type SnippetPart = { text: string; match: boolean };

/** Lower case without accents, so "Café" is found by "cafe", as the index finds it. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/** The words of a query, folded, as snippets highlight them. */
export function queryWords(query: string): string[] {
  return [...new Set(fold(query).match(/[\p{L}\p{N}]+/gu) ?? [])];
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The part of `text` around its first matching word, at most about `length` characters, with every
 * word that starts with a query word marked. A word matches on its folded form; the text shown is the
 * original. With no match, the snippet is the start of the text.
 */
export function snippetOf(text: string, words: readonly string[], length = 160): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const matches: { start: number; end: number }[] = [];
  for (const found of flat.matchAll(WORD)) {
    const folded = fold(found[0]);
    if (words.some((word) => folded.startsWith(word)))
      matches.push({ start: found.index, end: found.index + found[0].length });
  }
  const first = matches[0]?.start ?? 0;
  let start = Math.max(0, first - Math.floor(length / 4));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space === -1 || space > first ? start : space + 1;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const parts: SnippetPart[] = [];
  const push = (from: number, to: number, match: boolean) => {
    if (to > from) parts.push({ text: flat.slice(from, to), match });
  };
  if (start > 0) parts.push({ text: '…', match: false });
  let at = start;
  for (const { start: from, end: to } of matches) {
    if (to <= start || from >= end) continue;
    push(at, Math.max(at, from), false);
    push(Math.max(at, from), Math.min(to, end), true);
    at = Math.min(to, end);
  }
  push(at, end, false);
  if (end < flat.length) parts.push({ text: '…', match: false });
  return parts;
}

/** Where a result leads when opened. A commitment opens the conversation it came from, or its person. */
export type SearchTarget =
  | { screen: 'conversation'; id: string }
  | { screen: 'person'; id: string }
  | { screen: 'moment'; id: string }
  | { screen: 'checkIn'; week: string };

/** One result as the palette lists it: a title, a line of context, the snippet, and where it leads. */
export type SearchHit = {
  key: string;
  kind: SearchKind;
  title: string;
  context: string;
  snippet: SnippetPart[];
  opens: SearchTarget;
};

/** The snippet of whichever text holds a match, the long text first; the start of the text if none does. */
function bestSnippet(texts: readonly string[], words: readonly string[]): SnippetPart[] {
  const candidates = texts.filter((text) => text.trim() !== '');
  for (const text of candidates) {
    const parts = snippetOf(text, words);
    if (parts.some((part) => part.match)) return parts;
  }
  return candidates[0] === undefined ? [] : snippetOf(candidates[0], words);
}

/**
 * A found record as a result. `nameOf` gives a person's name by id (an empty string when unknown);
 * `dayOf` formats an instant or a local day for the context line.
 */
export function describeSearchHit<T extends SearchedTable>(
  table: T,
  record: SearchedRecordOf[T],
  words: readonly string[],
  nameOf: (personId: string) => string,
  dayOf: (at: string) => string,
): SearchHit {
  const document = searchDocumentOf(table, record);
  const names = (ids: readonly string[]) =>
    ids
      .map(nameOf)
      .filter((name) => name !== '')
      .join(', ');
  const snippet = bestSnippet([document.body, document.short], words);
  const base = { key: document.key, kind: document.kind, snippet };
  switch (table) {
    case 'conversations': {
      const conversation = record as Conversation;
      const people = names(conversation.personIds);
      return {
        ...base,
        title: conversation.title?.trim() || (people ? `With ${people}` : 'Conversation'),
        context: [dayOf(conversation.occurredAt), conversation.title?.trim() ? people : ''].filter(Boolean).join(' · '),
        opens: { screen: 'conversation', id: conversation.id },
      };
    }
    case 'people': {
      const person = record as Person;
      return { ...base, title: person.name, context: person.title, opens: { screen: 'person', id: person.id } };
    }
    case 'commitments': {
      const commitment = record as Commitment;
      const who = nameOf(commitment.personId);
      const owed = commitment.direction === 'i-owe' ? `I owe ${who}` : `${who} owes me`;
      const due = commitment.doneOn ? 'done' : commitment.dueOn ? `due ${dayOf(commitment.dueOn)}` : 'open';
      return {
        ...base,
        title: owed,
        context: due,
        opens: commitment.conversationId
          ? { screen: 'conversation', id: commitment.conversationId }
          : { screen: 'person', id: commitment.personId },
      };
    }
    case 'strategyMoments': {
      const moment = record as StrategyMoment;
      return {
        ...base,
        title: moment.title,
        context: [dayOf(moment.occurredOn), names(moment.drivenBy)].filter(Boolean).join(' · '),
        opens: { screen: 'moment', id: moment.id },
      };
    }
    default: {
      const checkIn = record as CheckIn;
      return {
        ...base,
        title: `Check-in, week ${checkIn.week}`,
        context: dayOf(checkIn.completedAt),
        opens: { screen: 'checkIn', week: checkIn.week },
      };
    }
  }
}
