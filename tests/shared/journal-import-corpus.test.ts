import { describe, expect, it } from 'vitest';
import type { JournalLimits } from '@shared/domain/journal-file';
import { parseJournalFile } from '@shared/domain/journal-parse';
import { PROBLEMS_LISTED_MAX, problemList } from '@shared/domain/journal-problems';
import { checkRawTree } from '@shared/domain/journal-raw-checks';
import { sampleFile } from './journal-factories';

// Hostile and broken import files, one rule each, with the message the user must see. Each starts from a
// valid export (tests/shared/journal-factories.ts) and breaks one thing, so the message shown is the only one.

type Path = readonly (string | number)[];
type Edit = { path: Path; value?: unknown; remove?: true };

/** Sets a value by path as an own property, so `__proto__` is written as a key, the way JSON.parse makes it. */
function edited(tree: unknown, { path, value, remove }: Edit): void {
  let node = tree;
  for (const step of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) throw new Error(`No ${path.join('.')} in the sample`);
    node = (node as Record<string | number, unknown>)[step];
  }
  const last = path[path.length - 1];
  if (typeof node !== 'object' || node === null || last === undefined) throw new Error(`No ${path.join('.')}`);
  if (remove) Reflect.deleteProperty(node, last);
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
}

function fileWith(...edits: Edit[]): string {
  const tree: unknown = JSON.parse(JSON.stringify(sampleFile()));
  for (const edit of edits) edited(tree, edit);
  return JSON.stringify(tree);
}

const set = (path: Path, value: unknown): Edit => ({ path, value });
const remove = (path: Path): Edit => ({ path, remove: true });
const valid = JSON.stringify(sampleFile(), null, 2);
const [person, conversation, commitment, checkIn] = [
  ['data', 'people', 0],
  ['data', 'conversations', 0],
  ['data', 'commitments', 0],
  ['data', 'checkIns', 0],
] as const;

/** Written as text: JSON.stringify itself overflows the stack on a value this deep. */
function nestedInNotes(depth: number): string {
  return fileWith(set([...person, 'notes'], 'DEEP')).replace('"DEEP"', `${'['.repeat(depth)}${']'.repeat(depth)}`);
}

type Case = { name: string; text: string; problem: string; limits?: Partial<JournalLimits> };

const REFUSED: Case[] = [
  { name: 'an empty file', text: '', problem: 'This file is empty.' },
  { name: 'only blank lines', text: '\n  \r\n\t', problem: 'This file is empty.' },
  { name: 'null', text: 'null', problem: 'This is not an Upstream journal: the file holds null, not a journal.' },
  { name: 'a list', text: '[]', problem: 'This is not an Upstream journal: the file holds a list, not a journal.' },
  { name: 'a number', text: '42', problem: 'This is not an Upstream journal: the file holds 42, not a journal.' },
  {
    name: 'a string',
    text: '"upstream-journal"',
    problem: 'This is not an Upstream journal: the file holds text "upstream-journal", not a journal.',
  },
  {
    name: 'an empty object',
    text: '{}',
    problem: 'This is not an Upstream journal: it has no "format": "upstream-journal" field.',
  },
  {
    name: 'another format',
    text: fileWith(set(['format'], 'acme-backup')),
    problem: 'This is not an Upstream journal: its format is text "acme-backup", not "upstream-journal".',
  },
  {
    name: 'a newer file version',
    text: fileWith(set(['version'], 99)),
    problem:
      'This file was made by a newer version of Upstream (file format 99; this version reads file format 1). Update Upstream, then import it.',
  },
  {
    name: 'a newer data schema',
    text: fileWith(set(['schemaVersion'], 99)),
    problem:
      'This file was made by a newer version of Upstream (data schema 99; this version reads data schema 2). Update Upstream, then import it.',
  },
  { name: 'the version as text', text: fileWith(set(['version'], '1')), problem: 'version: must be 1, not text "1"' },
  {
    name: 'no data schema version',
    text: fileWith(remove(['schemaVersion'])),
    problem: 'schemaVersion: is missing',
  },
  {
    name: 'a file cut off half-way',
    text: valid.slice(0, Math.floor(valid.length / 2)),
    problem:
      'This file ends too early: it was probably cut off while it was copied or downloaded. Export the journal again.',
  },
  {
    name: 'a file cut off inside a string',
    text: '{"format": "upstream-jour',
    problem:
      'This file ends too early: it was probably cut off while it was copied or downloaded. Export the journal again.',
  },
  {
    name: 'text that is not JSON',
    text: 'Dear diary,\ntoday…',
    problem: 'This is not a journal file: it is not valid JSON',
  },
  {
    name: 'a byte order mark before text that is not JSON',
    text: '\uFEFF<html></html>',
    problem: 'This is not a journal file: it is not valid JSON',
  },
  {
    name: 'something after the journal',
    text: `${valid}\n}`,
    problem: `This is not a journal file: it is not valid JSON (at line ${valid.split('\n').length + 1}, column 1).`,
  },
  {
    name: 'a JavaScript literal, not JSON',
    text: valid.replace('"influence": 5', '"influence": NaN'),
    problem: 'This is not a journal file: it is not valid JSON',
  },
  {
    name: '__proto__ at the top',
    text: fileWith(set(['__proto__'], { isAdmin: true })),
    problem: 'file: has a field named "__proto__", which is refused because it can be used to tamper with the app',
  },
  {
    name: '__proto__ inside a person',
    text: fileWith(set([...person, '__proto__'], { archived: true })),
    problem: 'people[0]: has a field named "__proto__", which is refused because it can be used to tamper with the app',
  },
  {
    name: 'constructor inside a conversation',
    text: fileWith(set([...conversation, 'constructor'], { prototype: { polluted: 1 } })),
    problem: 'conversations[0]: has a field named "constructor", which is refused',
  },
  {
    name: 'prototype deep in the settings',
    text: fileWith(set(['data', 'settings', 0, 'lock', 'prototype'], 1)),
    problem: 'settings[0].lock: has a field named "prototype", which is refused',
  },
  {
    name: 'a 10 MB name',
    text: fileWith(set([...person, 'name'], 'A'.repeat(10_000_000))),
    problem: 'people[0].name: is 10,000,000 characters long; at most 120 are allowed',
  },
  {
    name: 'notes over 100,000 characters',
    text: fileWith(set([...conversation, 'notes'], 'x'.repeat(100_001))),
    problem: 'conversations[0].notes: is 100,001 characters long; at most 100,000 are allowed',
  },
  { name: 'a blank name', text: fileWith(set([...person, 'name'], '   ')), problem: 'people[0].name: is blank' },
  {
    name: 'influence 9',
    text: fileWith(set([...person, 'influence'], 9)),
    problem: 'people[0].influence: is 9; the most allowed is 5',
  },
  {
    name: 'influence 2.5',
    text: fileWith(set([...person, 'influence'], 2.5)),
    problem: 'people[0].influence: must be a whole number, not 2.5',
  },
  {
    name: 'a number written as text',
    text: fileWith(set([...person, 'influence'], '3')),
    problem: 'people[0].influence: must be a number, not text "3"',
  },
  {
    name: 'NaN written as text',
    text: fileWith(set([...conversation, 'warmth'], 'NaN')),
    problem: 'conversations[0].warmth: must be a number, not text "NaN"',
  },
  {
    name: 'a number too large for JSON to hold (read as Infinity)',
    text: valid.replace('"influence": 5', '"influence": 1e999'),
    problem: 'people[0].influence: must be a number, not Infinity',
  },
  {
    name: 'the stance "hostile"',
    text: fileWith(set([...person, 'stance'], 'hostile')),
    problem:
      'people[0].stance: text "hostile" is not one of "opposed", "skeptical", "neutral", "supportive", "champion"',
  },
  {
    name: 'a kind of conversation that does not exist',
    text: fileWith(set([...conversation, 'kind'], 'meeting')),
    problem: 'conversations[0].kind: text "meeting" is not one of "one-on-one", "group"',
  },
  {
    name: 'a conversation with no one in it',
    text: fileWith(set([...conversation, 'personIds'], [])),
    problem: 'conversations[0].personIds: has no one in it; a conversation is with at least one person',
  },
  {
    name: 'occurredAt "yesterday"',
    text: fileWith(set([...conversation, 'occurredAt'], 'yesterday')),
    problem: 'conversations[0].occurredAt: not a date and time in UTC, like 2026-11-21T09:30:00.000Z',
  },
  {
    name: 'a time on 30 February',
    text: fileWith(set([...conversation, 'occurredAt'], '2026-02-30T10:00:00.000Z')),
    problem: 'conversations[0].occurredAt: not a date and time',
  },
  {
    name: 'a due date that is not on the calendar',
    text: fileWith(set([...commitment, 'dueOn'], '2026-02-30')),
    problem: 'commitments[0].dueOn: not a day on the calendar',
  },
  {
    name: 'a strategy moment dated in the year 500, which no score could place in a quarter',
    text: fileWith(set(['data', 'strategyMoments', 0, 'occurredOn'], '0500-06-01')),
    problem: 'strategyMoments[0].occurredOn: not a day on the calendar',
  },
  {
    name: 'a week that does not exist',
    text: fileWith(set([...checkIn, 'week'], '2026-W60')),
    problem: 'checkIns[0].week: not a week like 2026-W47',
  },
  {
    name: 'an answer outside the questionnaire',
    text: fileWith(set([...checkIn, 'cbiWork'], [7, 0, 0, 0, 0, 0, 0])),
    problem: "checkIns[0].cbiWork: not 7 answers to Work burnout (CBI), each an option's number or null for skipped",
  },
  {
    name: 'a check-in from a newer questionnaire',
    text: fileWith(set([...checkIn, 'instrumentVersion'], 2)),
    problem: 'checkIns[0].instrumentVersion: was answered on questionnaires from a newer version of Upstream',
  },
  {
    name: 'two check-ins for one week',
    text: fileWith(set(['data', 'checkIns', 1], { ...sampleFile().data.checkIns[0], id: 'w-2' })),
    problem: 'checkIns[1].week: 2026-W47 already has a check-in, checkIns[0]; Upstream keeps one per week',
  },
  {
    name: 'two people with one id',
    text: fileWith(set(['data', 'people', 1, 'id'], 'p-dana')),
    problem: 'people[1].id: text "p-dana" is also the id of people[0]; ids must be unique',
  },
  {
    name: 'a person without a name',
    text: fileWith(remove([...person, 'name'])),
    problem: 'people[0].name: is missing',
  },
  {
    name: 'a record with an empty id',
    text: fileWith(set([...commitment, 'id'], '')),
    problem: 'commitments[0].id: is empty',
  },
  {
    name: 'an unknown field in a record',
    text: fileWith(set([...person, 'colour'], 'red')),
    problem: 'people[0]: unknown field "colour"',
  },
  {
    name: 'an email that is not an address',
    text: fileWith(set([...person, 'emails'], ['dana at example'])),
    problem: 'people[0].emails[0]: not an email address',
  },
  {
    name: 'a stance change from a stance that does not exist',
    text: fileWith(set(['data', 'stanceChanges', 0, 'from'], 'lukewarm')),
    problem: 'stanceChanges[0].from: text "lukewarm" is not one of',
  },
  {
    name: 'a table that is not a list',
    text: fileWith(set(['data', 'conversations'], { 'c-1': {} })),
    problem: 'conversations: must be a list, not an object',
  },
  {
    name: 'a missing table',
    text: fileWith(remove(['data', 'strategyMoments'])),
    problem: 'strategyMoments: the table is missing',
  },
  { name: 'an unknown table', text: fileWith(set(['data', 'drafts'], [])), problem: 'data: unknown table "drafts"' },
  { name: 'no data at all', text: fileWith(remove(['data'])), problem: 'data: is missing' },
  {
    name: 'a record that is not an object',
    text: fileWith(set(['data', 'people', 1], 'Sam')),
    problem: 'people[1]: must be an object, not text "Sam"',
  },
  {
    name: 'two settings records',
    text: fileWith(set(['data', 'settings', 1], sampleFile().data.settings[0])),
    problem: 'settings: holds more than one settings record',
  },
  {
    name: 'a person without a stance',
    text: fileWith(remove([...person, 'stance'])),
    problem: 'people[0].stance: is missing',
  },
  {
    name: 'a settings id other than app',
    text: fileWith(set(['data', 'settings', 0, 'id'], 'admin')),
    problem: 'settings[0].id: must be "app", not text "admin"',
  },
  {
    name: 'tombstones that are not a list',
    text: fileWith(set(['tombstones'], {})),
    problem: 'tombstones: must be a list, not an object',
  },
  {
    name: 'a tombstone of an unknown table',
    text: fileWith(set(['tombstones', 0, 'table'], 'drafts')),
    problem: 'tombstones[0].table: text "drafts" is not one of "people"',
  },
  {
    name: 'a tombstone without a time',
    text: fileWith(set(['tombstones', 0, 'deletedAt'], 'never')),
    problem: 'tombstones[0].deletedAt: not a date and time',
  },
  {
    name: 'a tombstone without a record',
    text: fileWith(remove(['tombstones', 0, 'recordId'])),
    problem: 'tombstones[0].recordId: is missing',
  },
  {
    name: 'nesting deeper than any journal',
    text: nestedInNotes(100_000),
    // The file, data, people, people[0] and notes are five of the 32 levels.
    problem: `people[0].notes${'[0]'.repeat(29)}: nested more than 32 levels deep, which no journal is`,
  },
  {
    name: 'a file over the size limit',
    text: valid,
    limits: { maxTextLength: 1_000 },
    problem: 'This file is too large to import: it is',
  },
];

describe('parseJournalFile refuses hostile and broken files with a message', () => {
  it.each(REFUSED)('$name', ({ text, problem, limits }) => {
    const result = parseJournalFile(text, limits);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(problem);
  });

  it('has a corpus of at least 30 files', () => {
    expect(REFUSED.length).toBeGreaterThanOrEqual(30);
  });

  it('lists every problem of a file, up to a limit, then how many more', () => {
    const base = sampleFile();
    const broken = { ...base.data.conversations[0], occurredAt: 'soon' };
    const conversations = Array.from({ length: 200 }, (_, index) => ({ ...broken, id: `c-${index}` }));
    const result = parseJournalFile(JSON.stringify({ ...base, data: { ...base.data, conversations } }));
    expect(result).toEqual({
      ok: false,
      problems: [
        ...conversations
          .slice(0, PROBLEMS_LISTED_MAX)
          .map(
            (_, index) =>
              `conversations[${index}].occurredAt: not a date and time in UTC, like 2026-11-21T09:30:00.000Z`,
          ),
        `…and ${200 - PROBLEMS_LISTED_MAX} more.`,
      ],
    });
  });

  it('reports problems of different records and kinds together, in file order', () => {
    const result = parseJournalFile(
      fileWith(
        set([...person, 'influence'], 0),
        set([...conversation, 'tags'], ['']),
        set(['data', 'people', 1, 'id'], 'p-dana'),
      ),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'people[0].influence: is 0; the least allowed is 1',
        'conversations[0].tags[0]: is blank',
        'people[1].id: text "p-dana" is also the id of people[0]; ids must be unique',
      ],
    });
  });
});

describe('parseJournalFile accepts, with a warning, files whose links point nowhere', () => {
  it.each([
    {
      name: 'personIds referencing nobody',
      text: fileWith(set([...conversation, 'personIds'], ['p-dana', 'p-nobody'])),
      warning: 'conversations[0].personIds[1]: refers to person "p-nobody", who is not in this file',
    },
    {
      name: 'a commitment with someone not in the file',
      text: fileWith(set([...commitment, 'personId'], 'p-nobody')),
      warning: 'commitments[0].personId: refers to person "p-nobody", who is not in this file',
    },
    {
      name: 'a stance change of someone not in the file',
      text: fileWith(set(['data', 'stanceChanges', 0, 'personId'], 'p-nobody')),
      warning: 'stanceChanges[0].personId: refers to person "p-nobody", who is not in this file',
    },
    {
      name: 'a strategy moment driven by someone not in the file',
      text: fileWith(set(['data', 'strategyMoments', 0, 'drivenBy'], ['p-nobody'])),
      warning: 'strategyMoments[0].drivenBy[0]: refers to person "p-nobody", who is not in this file',
    },
    {
      name: 'a priority heard in a conversation not in the file',
      text: fileWith(set([...person, 'priorities', 0, 'conversationId'], 'c-nowhere')),
      warning: 'people[0].priorities[0].conversationId: refers to conversation "c-nowhere", which is not in this file',
    },
  ])('$name', ({ text, warning }) => {
    const result = parseJournalFile(text);
    expect(result).toMatchObject({ ok: true, warnings: [warning] });
  });
});

describe('checkRawTree', () => {
  it('walks a list of a million records, too long to pass as one call’s arguments, and finds a key at its end', () => {
    // A worker's stack is smaller than the page's: spreading 100,000 records into one push overflowed it.
    const records: object[] = Array.from({ length: 1_000_000 }, () => ({}));
    records.push(JSON.parse('{"__proto__": {}}') as object);
    const problems = problemList();
    checkRawTree({ data: { conversations: records } }, problems);
    expect(problems.list()).toEqual([expect.stringContaining('[1000000]: has a field named "__proto__"')]);
  });
});
