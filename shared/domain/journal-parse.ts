import * as z from 'zod/mini';
import {
  DEFAULT_JOURNAL_LIMITS,
  JOURNAL_FORMAT,
  JOURNAL_SCHEMA_VERSION,
  JOURNAL_TABLES,
  JOURNAL_VERSION,
  perTable,
  type JournalCounts,
  type JournalData,
  type JournalFile,
  type JournalLimits,
} from './journal-file';
import {
  describeIssue,
  describeValue,
  formatSize,
  issueProblem,
  problemList,
  type ProblemList,
} from './journal-problems';
import { checkRawTree, jsonProblem } from './journal-raw-checks';
import { JOURNAL_RECORD_SCHEMAS, instantSchema, recordIdSchema } from './journal-records';

// The validation of an import (SPEC §7), complete before anything is written. `parseJournalFile` never
// throws: every way a file can be wrong ends in problems worded for the user (journal-problems.ts), each
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

export type JournalParseResult =
  { ok: true; file: JournalFile; counts: JournalCounts; warnings: string[] } | { ok: false; problems: string[] };

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

/** The one problem of a file the engine could not even parse (out of memory on a huge file, say). */
export const UNREADABLE_FILE = 'Upstream could not read this file: it may be too large for this computer.';

/** Validates the text of a journal file completely; never throws. */
export function parseJournalFile(text: string, limits: Partial<JournalLimits> = {}): JournalParseResult {
  try {
    return parseText(text, { ...DEFAULT_JOURNAL_LIMITS, ...limits });
  } catch {
    // Only the engine can get here (out of memory while parsing a huge file); it still gets a message.
    return { ok: false, problems: [UNREADABLE_FILE] };
  }
}

/** Each stage runs only when the ones before it found nothing: a file that is not a journal gets one message, not hundreds. */
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
  checkRawTree(tree, structure);
  if (structure.count > 0) return { ok: false, problems: structure.list() };

  const header = problemList();
  checkHeader(tree, header);
  if (header.count > 0) return { ok: false, problems: header.list() };

  // Schema problems and duplicates are listed together: both are mistakes in the records.
  const problems = problemList();
  const parsed = journalFileSchema.safeParse(tree, { error: describeIssue, reportInput: true });
  if (!parsed.success) for (const issue of parsed.error.issues) problems.add(issueProblem(issue));
  checkUniqueness('data' in tree ? tree.data : undefined, problems);
  if (!parsed.success || problems.count > 0) return { ok: false, problems: problems.list() };

  const file = parsed.data;
  const warnings = problemList();
  checkReferences(file.data, warnings);
  return { ok: true, file, counts: countsOf(file), warnings: warnings.list() };
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

/** Run on the raw tree, so a duplicate is reported even in a table whose records have other problems. */
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
  return {
    ...perTable((table) => file.data[table].length),
    tombstones: file.tombstones.length,
  };
}
