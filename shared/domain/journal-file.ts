import * as z from 'zod/mini';
import { JOURNAL_RECORD_SCHEMAS, instantSchema, recordIdSchema } from './journal-records';
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

// The journal export file (SPEC §7) and the validation of an import, complete before anything is written.
// `parseJournalFile` never throws: every way a file can be wrong ends in problems worded for the user, each
// saying where it is (`conversations[3].occurredAt: not a date and time…`). Problems refuse the file;
// warnings do not:
// - Problems: not JSON, cut off, not a journal, a newer format or data schema, a field of the wrong type,
//   missing or unknown (unknown fields are refused, not dropped, so nothing in the file is silently lost),
//   an unknown table, `__proto__`/`constructor`/`prototype` keys anywhere, nesting deeper than any journal,
//   a duplicate id in a table, two check-ins for one week (the database allows one per week, so the write
//   would fail half-way), text over the forms' limits, values outside the domain, dates that do not parse,
//   a file over the size limit.
// - Warnings: a reference to a person or conversation that is not in the file. Every screen already shows
//   a missing person as "Someone removed", a merge may find them in the journal it merges into, and refusing
//   a backup for a dangling link would leave the user with no way to restore the rest of it.
// HTML and script in text are not problems: text is stored as typed and always shown escaped.

export const JOURNAL_FORMAT = 'upstream-journal';
/** The layout of the file itself. */
export const JOURNAL_VERSION = 1;
/** The shape of the records inside it: the database schema they were exported from. */
export const JOURNAL_SCHEMA_VERSION = 2;

export const JOURNAL_TABLES = [
  'people',
  'stanceChanges',
  'conversations',
  'commitments',
  'checkIns',
  'strategyMoments',
  'settings',
] as const;
export type JournalTable = (typeof JOURNAL_TABLES)[number];

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

export type JournalLimits = {
  /** The longest file text accepted, in characters (UTF-16 code units, about a byte each for most text). */
  maxTextLength: number;
};

export const DEFAULT_JOURNAL_LIMITS: JournalLimits = { maxTextLength: 200 * 1024 * 1024 };

export type JournalParseResult =
  { ok: true; file: JournalFile; counts: JournalCounts; warnings: string[] } | { ok: false; problems: string[] };

/** Lists longer than this end with "…and N more"; nobody reads a thousand lines of the same mistake. */
export const PROBLEMS_LISTED_MAX = 50;

/** Far deeper than any journal (the deepest value is at depth 6); a bound on the structure walk. */
const MAX_DEPTH = 32;

/** Keys that can reach an object's prototype when a record is copied or merged; JSON.parse makes them own keys. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const tombstoneSchema = z.strictObject({
  table: z.enum(JOURNAL_TABLES),
  recordId: recordIdSchema,
  deletedAt: instantSchema,
});

const journalFileSchema = z.strictObject({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal(JOURNAL_VERSION),
  exportedAt: instantSchema,
  schemaVersion: z.literal(JOURNAL_SCHEMA_VERSION),
  data: z.strictObject({
    people: z.array(JOURNAL_RECORD_SCHEMAS.people),
    stanceChanges: z.array(JOURNAL_RECORD_SCHEMAS.stanceChanges),
    conversations: z.array(JOURNAL_RECORD_SCHEMAS.conversations),
    commitments: z.array(JOURNAL_RECORD_SCHEMAS.commitments),
    checkIns: z.array(JOURNAL_RECORD_SCHEMAS.checkIns),
    strategyMoments: z.array(JOURNAL_RECORD_SCHEMAS.strategyMoments),
    settings: z.array(JOURNAL_RECORD_SCHEMAS.settings).check(z.maxLength(1, 'holds more than one settings record')),
  }),
  tombstones: z.array(tombstoneSchema),
}) satisfies z.ZodMiniType<JournalFile>;

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
  const held = new Set(JOURNAL_TABLES.flatMap((table) => data[table].map((record) => tombstoneKey(table, record.id))));
  const newest = new Map<string, Tombstone>();
  for (const tombstone of tombstones) {
    const key = tombstoneKey(tombstone.table, tombstone.recordId);
    const kept = newest.get(key);
    if (held.has(key) || (kept && instantMs(kept.deletedAt) >= instantMs(tombstone.deletedAt))) continue;
    newest.set(key, { table: tombstone.table, recordId: tombstone.recordId, deletedAt: tombstone.deletedAt });
  }
  return {
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    exportedAt,
    schemaVersion: JOURNAL_SCHEMA_VERSION,
    data: {
      people: data.people.map((record) => ownFields('people', record)),
      stanceChanges: data.stanceChanges.map((record) => ownFields('stanceChanges', record)),
      conversations: data.conversations.map((record) => ownFields('conversations', record)),
      commitments: data.commitments.map((record) => ownFields('commitments', record)),
      checkIns: data.checkIns.map((record) => ownFields('checkIns', record)),
      strategyMoments: data.strategyMoments.map((record) => ownFields('strategyMoments', record)),
      settings: data.settings.map((record) => ownFields('settings', record)),
    },
    tombstones: [...newest.values()],
  };
}

/** Validates the text of a journal file completely; never throws. */
export function parseJournalFile(text: string, limits: Partial<JournalLimits> = {}): JournalParseResult {
  try {
    return parseText(text, { ...DEFAULT_JOURNAL_LIMITS, ...limits });
  } catch {
    // Only the engine can get here (out of memory while parsing a huge file); it still gets a message.
    return { ok: false, problems: ['Upstream could not read this file: it may be too large for this computer.'] };
  }
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

const FIELDS_OF = Object.fromEntries(
  JOURNAL_TABLES.map((table) => [table, new Set(Object.keys(JOURNAL_RECORD_SCHEMAS[table].shape))]),
);

function ownFields<T extends JournalRecord<JournalTable>>(table: JournalTable, record: T): T {
  const fields = FIELDS_OF[table];
  const copy: Partial<Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(record)) {
    if (fields?.has(key) === true && value !== undefined) copy[key] = value;
  }
  // The schemas' keys are exactly the record types' keys (tests compare the two types), so the copy is a T.
  return copy as T;
}

type ProblemList = { add(message: string): void; readonly count: number; list(): string[] };

function problemList(): ProblemList {
  const listed: string[] = [];
  let count = 0;
  return {
    add(message) {
      count += 1;
      if (listed.length < PROBLEMS_LISTED_MAX) listed.push(message);
    },
    get count() {
      return count;
    },
    list() {
      const more = count - listed.length;
      return more > 0 ? [...listed, `…and ${more.toLocaleString('en')} more.`] : listed;
    },
  };
}

function parseText(text: unknown, limits: JournalLimits): JournalParseResult {
  const refuse = (problem: string): JournalParseResult => ({ ok: false, problems: [problem] });
  if (typeof text !== 'string') return refuse('This is not a journal file: Upstream could not read it as text.');
  if (text.length > limits.maxTextLength) {
    return refuse(
      `This file is too large to import: it is ${formatSize(text.length)}, and Upstream imports files up to ${formatSize(limits.maxTextLength)}.`,
    );
  }
  // Editors on Windows start UTF-8 files with a byte order mark; it is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return refuse('This file is empty.');

  let tree: unknown;
  try {
    tree = JSON.parse(body);
  } catch (error) {
    return refuse(jsonProblem(body, error));
  }
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) {
    return refuse(`This is not an Upstream journal: the file holds ${describeValue(tree)}, not a journal.`);
  }

  const structure = problemList();
  checkStructure(tree, structure);
  if (structure.count > 0) return { ok: false, problems: structure.list() };

  const header = problemList();
  checkHeader(tree, header);
  if (header.count > 0) return { ok: false, problems: header.list() };

  const problems = problemList();
  const parsed = journalFileSchema.safeParse(tree, { error: describeIssue, reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.add(`${where(issue.path)}: ${adjustForPlace(issue)}`);
  }
  checkUniqueness('data' in tree ? tree.data : undefined, problems);
  if (!parsed.success || problems.count > 0) return { ok: false, problems: problems.list() };

  const file = parsed.data;
  const warnings = problemList();
  checkReferences(file.data, warnings);
  return { ok: true, file, counts: countsOf(file), warnings: warnings.list() };
}

function jsonProblem(body: string, error: unknown): string {
  if (endsInsideValue(body)) {
    return 'This file ends too early: it was probably cut off while it was copied or downloaded. Export the journal again.';
  }
  const position = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  const at = position?.[1] === undefined ? '' : ` (at ${lineAndColumn(body, Number(position[1]))})`;
  return `This is not a journal file: it is not valid JSON${at}.`;
}

/** Whether the text stops inside a string, object or list: the sign of a file cut short, whatever the engine says. */
function endsInsideValue(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

type Frame = { value: object; parent: Frame | undefined; key: string | number; depth: number };

function framePath(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.parent !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/** Walks the raw tree without recursion, so a hostile nesting depth cannot overflow the stack. */
function checkStructure(root: object, problems: ProblemList): void {
  const stack: Frame[] = [{ value: root, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop();
    if (frame === undefined) break;
    if (frame.depth > MAX_DEPTH) {
      problems.add(`${where(framePath(frame))}: nested more than ${MAX_DEPTH} levels deep, which no journal is`);
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(frame.value)
      ? frame.value.map((value: unknown, index) => [index, value])
      : Object.entries(frame.value);
    const children: Frame[] = [];
    for (const [key, value] of entries) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        problems.add(
          `${where(framePath(frame))}: has a field named "${key}", which is refused because it can be used to tamper with the app`,
        );
      } else if (typeof value === 'object' && value !== null) {
        children.push({ value, parent: frame, key, depth: frame.depth + 1 });
      }
    }
    // Reversed so problems are listed in the order they appear in the file.
    stack.push(...children.reverse());
  }
}

const NEWER = 'This file was made by a newer version of Upstream';

function checkHeader(tree: object, problems: ProblemList): void {
  const header: { format?: unknown; version?: unknown; schemaVersion?: unknown } = tree;
  if (header.format === undefined) {
    problems.add(`This is not an Upstream journal: it has no "format": "${JOURNAL_FORMAT}" field.`);
    return;
  }
  if (header.format !== JOURNAL_FORMAT) {
    problems.add(
      `This is not an Upstream journal: its format is ${describeValue(header.format)}, not "${JOURNAL_FORMAT}".`,
    );
    return;
  }
  const versions = [
    ['version', header.version, JOURNAL_VERSION, 'file format'],
    ['schemaVersion', header.schemaVersion, JOURNAL_SCHEMA_VERSION, 'data schema'],
  ] as const;
  for (const [field, value, known, name] of versions) {
    if (typeof value === 'number' && Number.isInteger(value) && value > known) {
      problems.add(
        `${NEWER} (${name} ${value}; this version reads ${name} ${known}). Update Upstream, then import it.`,
      );
    } else if (value === undefined) {
      problems.add(`${field}: is missing`);
    } else if (value !== known) {
      problems.add(`${field}: must be ${known}, not ${describeValue(value)}`);
    }
  }
}

function checkUniqueness(data: unknown, problems: ProblemList): void {
  if (typeof data !== 'object' || data === null) return;
  const tables: Partial<Record<string, unknown>> = data;
  // Settings have one fixed id; a second record is already "more than one settings record".
  for (const table of JOURNAL_TABLES.filter((name) => name !== 'settings')) {
    const records = tables[table];
    if (!Array.isArray(records)) continue;
    const firstWithId = new Map<string, number>();
    const firstWithWeek = new Map<string, number>();
    records.forEach((record: unknown, index) => {
      if (typeof record !== 'object' || record === null) return;
      const { id, week }: { id?: unknown; week?: unknown } = record;
      if (typeof id === 'string') {
        const first = firstWithId.get(id);
        if (first === undefined) firstWithId.set(id, index);
        else
          problems.add(
            `${table}[${index}].id: ${describeValue(id)} is also the id of ${table}[${first}]; ids must be unique`,
          );
      }
      if (table === 'checkIns' && typeof week === 'string') {
        const first = firstWithWeek.get(week);
        if (first === undefined) firstWithWeek.set(week, index);
        else
          problems.add(
            `checkIns[${index}].week: ${week} already has a check-in, checkIns[${first}]; Upstream keeps one per week`,
          );
      }
    });
  }
}

function checkReferences(data: JournalData, warnings: ProblemList): void {
  const people = new Set(data.people.map((person) => person.id));
  const conversations = new Set(data.conversations.map((conversation) => conversation.id));
  const person = (path: string, id: string) => {
    if (!people.has(id)) warnings.add(`${path}: refers to person "${id}", who is not in this file`);
  };
  const conversation = (path: string, id: string | undefined) => {
    if (id !== undefined && !conversations.has(id)) {
      warnings.add(`${path}: refers to conversation "${id}", which is not in this file`);
    }
  };
  data.people.forEach((record, index) => {
    for (const list of ['priorities', 'worries', 'waysICanHelp'] as const) {
      record[list].forEach((item, at) =>
        conversation(`people[${index}].${list}[${at}].conversationId`, item.conversationId),
      );
    }
  });
  data.stanceChanges.forEach((record, index) => person(`stanceChanges[${index}].personId`, record.personId));
  data.conversations.forEach((record, index) =>
    record.personIds.forEach((id, at) => person(`conversations[${index}].personIds[${at}]`, id)),
  );
  data.commitments.forEach((record, index) => {
    person(`commitments[${index}].personId`, record.personId);
    conversation(`commitments[${index}].conversationId`, record.conversationId);
  });
  data.checkIns.forEach((record, index) =>
    record.leanedOn.forEach((id, at) => person(`checkIns[${index}].leanedOn[${at}]`, id)),
  );
  data.strategyMoments.forEach((record, index) => {
    record.drivenBy.forEach((id, at) => person(`strategyMoments[${index}].drivenBy[${at}]`, id));
    conversation(`strategyMoments[${index}].conversationId`, record.conversationId);
  });
}

function countsOf(file: JournalFile): JournalCounts {
  const { people, stanceChanges, conversations, commitments, checkIns, strategyMoments, settings } = file.data;
  return {
    people: people.length,
    stanceChanges: stanceChanges.length,
    conversations: conversations.length,
    commitments: commitments.length,
    checkIns: checkIns.length,
    strategyMoments: strategyMoments.length,
    settings: settings.length,
    tombstones: file.tombstones.length,
  };
}

/** `conversations[3].occurredAt`: records are named by table, as the user knows them, without `data.`. */
function where(path: readonly PropertyKey[]): string {
  const inData = path[0] === 'data' && path.length > 1 ? path.slice(1) : path;
  if (inData.length === 0) return 'file';
  return inData
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/** Messages that depend on where the issue is, which an error map does not see. */
function adjustForPlace(issue: z.core.$ZodIssue): string {
  const isTable = issue.path.length === 2 && issue.path[0] === 'data';
  if (issue.code === 'unrecognized_keys') {
    const kind = issue.path.length === 1 && issue.path[0] === 'data' ? 'table' : 'field';
    const names = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown ${kind}${issue.keys.length === 1 ? '' : 's'} ${names}`;
  }
  if (isTable && issue.code === 'invalid_type' && issue.input === undefined) return 'the table is missing';
  return issue.message;
}

const EXPECTED: Partial<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** Words each kind of schema issue for a user; `where` adds the place. */
function describeIssue(issue: z.core.$ZodRawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
    case 'too_big':
      return limitMessage(input, Number(issue.maximum), 'at most');
    case 'too_small':
      if (typeof input === 'string' && issue.minimum === 1) return 'is empty';
      return limitMessage(input, Number(issue.minimum), 'at least');
    case 'invalid_value': {
      if (input === undefined) return 'is missing';
      const values = issue.values
        .map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)))
        .join(', ');
      return issue.values.length === 1
        ? `must be ${values}, not ${describeValue(input)}`
        : `${describeValue(input)} is not one of ${values}`;
    }
    case 'invalid_format':
      return `is not in the expected form (${issue.format})`;
    default:
      return 'is not valid';
  }
}

function limitMessage(input: unknown, limit: number, bound: 'at most' | 'at least'): string {
  const amount = limit.toLocaleString('en');
  if (typeof input === 'string') {
    return `is ${input.length.toLocaleString('en')} characters long; ${bound} ${amount} are allowed`;
  }
  if (Array.isArray(input)) return `has ${input.length.toLocaleString('en')} entries; ${bound} ${amount} are allowed`;
  return `is ${describeValue(input)}; ${bound === 'at most' ? 'the most' : 'the least'} allowed is ${amount}`;
}

const PREVIEW_MAX = 40;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const preview = value.length > PREVIEW_MAX ? `${value.slice(0, PREVIEW_MAX)}…` : value;
      return `text ${JSON.stringify(preview)}`;
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    default:
      return 'an object';
  }
}

function formatSize(characters: number): string {
  const megabytes = characters / (1024 * 1024);
  if (megabytes >= 1) return `about ${Math.round(megabytes).toLocaleString('en')} MB`;
  return `${characters.toLocaleString('en')} characters`;
}
