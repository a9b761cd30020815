import { JOURNAL_RECORD_SCHEMAS } from './journal-records';
import { JOURNAL_TABLES, type JournalTable } from './journal-tables';
import type {
  CheckIn,
  Commitment,
  Conversation,
  IsoInstant,
  Person,
  Settings,
  StanceChange,
  StrategyMoment,
} from './types';

// The journal export file (SPEC §7): its header and tables, the journal as the export and an import see
// it, and writing a journal into a file. Reading a file back, with every check, is journal-parse.ts.
// The tombstone rules here are shared by the export and the merge (journal-merge.ts): a tombstone counts
// only for a record its side no longer holds, and only the newest one of each record.

export const JOURNAL_FORMAT = 'upstream-journal';
/** The layout of the file itself. */
export const JOURNAL_VERSION = 1;
/**
 * The shape of the records inside it: that of database schema v2. Schema v3 added only an index and the
 * saved search index, which is not exported, so its files still say 2.
 */
export const JOURNAL_SCHEMA_VERSION = 2;

export { DEFAULT_JOURNAL_LIMITS, JOURNAL_TABLES, type JournalLimits, type JournalTable } from './journal-tables';

export type JournalData = {
  people: Person[];
  stanceChanges: StanceChange[];
  conversations: Conversation[];
  commitments: Commitment[];
  checkIns: CheckIn[];
  strategyMoments: StrategyMoment[];
  /** At most one record, with id `app`; none when the settings were never changed. */
  settings: Settings[];
};
export type JournalRecord<K extends JournalTable> = JournalData[K][number];

/** A record deleted from the journal, kept so that a merge never brings it back. */
export type Tombstone = { table: JournalTable; recordId: string; deletedAt: IsoInstant };

/** What a journal holds, read-only: the input of the export and of the merge planner. */
export type JournalContents = {
  readonly data: { readonly [K in JournalTable]: readonly JournalRecord<K>[] };
  readonly tombstones: readonly Tombstone[];
};

export type JournalFile = {
  format: typeof JOURNAL_FORMAT;
  version: typeof JOURNAL_VERSION;
  exportedAt: IsoInstant;
  schemaVersion: typeof JOURNAL_SCHEMA_VERSION;
  data: JournalData;
  tombstones: Tombstone[];
};

export type JournalCounts = Record<JournalTable, number> & { tombstones: number };

/**
 * One value of the same type for each table, made in the file's order. Values whose type depends on the
 * table (its records, its writes) are written out table by table instead: TypeScript cannot check a
 * mapping from each table to them.
 */
export function perTable<T>(valueOf: (table: JournalTable) => T): Record<JournalTable, T> {
  // Object.fromEntries types its keys as any string; they are exactly the tables.
  return Object.fromEntries(JOURNAL_TABLES.map((table) => [table, valueOf(table)])) as Record<JournalTable, T>;
}

/**
 * The export file of a journal. Each record keeps only its table's fields, so a stored row with extra
 * bookkeeping (a commitment's `open` index field) still gives a file that imports. A tombstone is kept
 * only for a record the journal no longer holds (Undo restores a record with its old `updatedAt`, and the
 * record is alive all the same), and only the newest for each record.
 */
export function buildJournalFile(
  data: JournalContents['data'],
  tombstones: readonly Tombstone[],
  exportedAt: IsoInstant,
): JournalFile {
  return {
    ...fileHeader(exportedAt),
    data: {
      people: data.people.map((record) => ownFields('people', record)),
      stanceChanges: data.stanceChanges.map((record) => ownFields('stanceChanges', record)),
      conversations: data.conversations.map((record) => ownFields('conversations', record)),
      commitments: data.commitments.map((record) => ownFields('commitments', record)),
      checkIns: data.checkIns.map((record) => ownFields('checkIns', record)),
      strategyMoments: data.strategyMoments.map((record) => ownFields('strategyMoments', record)),
      settings: data.settings.map((record) => ownFields('settings', record)),
    },
    tombstones: [...liveTombstones(tombstones, data).values()].map(tombstoneFields),
  };
}

/** How many records one piece of `journalFileText` holds at most. */
export const RECORDS_PER_PIECE = 500;

/**
 * The text of `buildJournalFile`'s file, in pieces of at most `recordsPerPiece` records, so that a journal of
 * 100,000 notes is written a piece at a time, never in one long task. One record per line: the file stays
 * readable, and a diff of two exports shows the records that changed. Joined, the pieces parse to exactly
 * the object `buildJournalFile` makes.
 */
export function* journalFileText(
  data: JournalContents['data'],
  tombstones: readonly Tombstone[],
  exportedAt: IsoInstant,
  recordsPerPiece = RECORDS_PER_PIECE,
): Generator<string> {
  // The header's fields without its closing brace, then each table as an array of lines.
  yield `${JSON.stringify(fileHeader(exportedAt)).slice(0, -1)},\n"data":{\n`;
  for (const [index, table] of JOURNAL_TABLES.entries()) {
    yield `${JSON.stringify(table)}:[`;
    const records: readonly JournalRecord<JournalTable>[] = data[table];
    yield* jsonLines(records, (record) => ownFields(table, record), recordsPerPiece);
    yield index < JOURNAL_TABLES.length - 1 ? '],\n' : ']\n},\n"tombstones":[';
  }
  yield* jsonLines([...liveTombstones(tombstones, data).values()], tombstoneFields, recordsPerPiece);
  yield ']}\n';
}

/** `items` as JSON lines, a comma after each but the last, in pieces of at most `perPiece` items. */
function* jsonLines<T>(items: readonly T[], shape: (item: T) => unknown, perPiece: number): Generator<string> {
  for (let start = 0; start < items.length; start += perPiece) {
    const piece = items.slice(start, start + perPiece).map((item) => JSON.stringify(shape(item)));
    yield `\n${piece.join(',\n')}${start + perPiece < items.length ? ',' : '\n'}`;
  }
}

function fileHeader(exportedAt: IsoInstant): Omit<JournalFile, 'data' | 'tombstones'> {
  return { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, exportedAt, schemaVersion: JOURNAL_SCHEMA_VERSION };
}

/** Copied field by field, like the records: the file holds a tombstone's three fields and nothing else. */
function tombstoneFields({ table, recordId, deletedAt }: Tombstone): Tombstone {
  return { table, recordId, deletedAt };
}

/** The key of a record in a tombstone index: tables share no key space. */
export function tombstoneKey(table: JournalTable, recordId: string): string {
  return `${table}\u0000${recordId}`;
}

/** Milliseconds of an ISO instant, for comparing instants written with different precision. */
export function instantMs(instant: IsoInstant): number {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

/** Puts `tombstone` in the index unless it already holds the record's, deleted at the same time or later. */
export function keepNewest(index: Map<string, Tombstone>, tombstone: Tombstone): void {
  const key = tombstoneKey(tombstone.table, tombstone.recordId);
  const kept = index.get(key);
  if (!kept || instantMs(tombstone.deletedAt) > instantMs(kept.deletedAt)) index.set(key, tombstone);
}

type HeldIds = { readonly [K in JournalTable]: readonly { readonly id: string }[] };

/**
 * The tombstone keys of the records `data` holds among those `tombstones` name. Tombstones are few and
 * records many (100,000 notes): only the ids they name are looked up, table by table, and a table no
 * tombstone names is not read at all.
 */
export function heldAmong(tombstones: Iterable<Tombstone>, data: HeldIds): Set<string> {
  const named = new Map<JournalTable, Set<string>>();
  for (const { table, recordId } of tombstones) named.set(table, (named.get(table) ?? new Set()).add(recordId));
  const held = new Set<string>();
  for (const [table, ids] of named) {
    for (const record of data[table]) if (ids.has(record.id)) held.add(tombstoneKey(table, record.id));
  }
  return held;
}

/** The newest tombstone of each record that `data` does not hold, by tombstone key. */
export function liveTombstones(tombstones: readonly Tombstone[], data: HeldIds): Map<string, Tombstone> {
  const index = new Map<string, Tombstone>();
  for (const tombstone of tombstones) keepNewest(index, tombstone);
  for (const key of heldAmong(index.values(), data)) index.delete(key);
  return index;
}

const FIELDS_OF = perTable((table) => new Set(Object.keys(JOURNAL_RECORD_SCHEMAS[table].shape)));

function ownFields<K extends JournalTable>(table: K, record: JournalRecord<K>): JournalRecord<K> {
  const fields = FIELDS_OF[table];
  const copy: Partial<Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(record)) {
    if (fields.has(key) && value !== undefined) copy[key] = value;
  }
  // The schemas' keys are exactly the record types' keys (tests compare the two types), so the copy is one.
  return copy as JournalRecord<K>;
}
