import { fc, test } from '@fast-check/vitest';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  JOURNAL_FORMAT,
  JOURNAL_SCHEMA_VERSION,
  JOURNAL_VERSION,
  buildJournalFile,
  journalFileText,
  type JournalFile,
} from '@shared/domain/journal-file';
import { parseJournalFile } from '@shared/domain/journal-parse';
import type { JOURNAL_RECORD_SCHEMAS } from '@shared/domain/journal-records';
import type {
  CheckIn,
  Commitment,
  Conversation,
  Person,
  Settings,
  StanceChange,
  StrategyMoment,
} from '@shared/domain/types';
import {
  SAMPLE_TOMBSTONES,
  emptyJournalData,
  journalDataArb,
  sampleData,
  sampleFile,
  tombstonesArb,
} from './journal-factories';

function parsedFile(text: string): JournalFile {
  const result = parseJournalFile(text);
  if (!result.ok) throw new Error(`Expected the file to parse:\n${result.problems.join('\n')}`);
  return result.file;
}

describe('the schemas', () => {
  it('describe exactly the domain types, so a new field cannot be refused or left out of an export', () => {
    type Out<K extends keyof typeof JOURNAL_RECORD_SCHEMAS> = z.output<(typeof JOURNAL_RECORD_SCHEMAS)[K]>;
    // The domain types are `BaseRecord & {…}`; flattened, an intersection compares as the object it is.
    type Flat<T> = { [K in keyof T]: T[K] };
    expectTypeOf<Out<'people'>>().toEqualTypeOf<Flat<Person>>();
    expectTypeOf<Out<'stanceChanges'>>().toEqualTypeOf<Flat<StanceChange>>();
    expectTypeOf<Out<'conversations'>>().toEqualTypeOf<Flat<Conversation>>();
    expectTypeOf<Out<'commitments'>>().toEqualTypeOf<Flat<Commitment>>();
    expectTypeOf<Out<'checkIns'>>().toEqualTypeOf<Flat<CheckIn>>();
    expectTypeOf<Out<'strategyMoments'>>().toEqualTypeOf<Flat<StrategyMoment>>();
    expectTypeOf<Out<'settings'>>().toEqualTypeOf<Settings>();
  });
});

describe('buildJournalFile', () => {
  it('writes the header of SPEC §7 and every table', () => {
    const file = sampleFile();
    expect(file).toMatchObject({
      format: JOURNAL_FORMAT,
      version: JOURNAL_VERSION,
      exportedAt: '2026-11-22T08:00:00.000Z',
      schemaVersion: JOURNAL_SCHEMA_VERSION,
      tombstones: SAMPLE_TOMBSTONES,
    });
    // Spelled out rather than JOURNAL_TABLES: the order is part of the file format, and a test against the
    // constant would follow it wherever it went.
    expect(Object.keys(file.data)).toEqual([
      'people',
      'stanceChanges',
      'conversations',
      'commitments',
      'checkIns',
      'strategyMoments',
      'settings',
    ]);
    expect(file.data).toEqual(sampleData());
  });

  it('leaves out bookkeeping fields of stored rows, so its own export always imports', () => {
    const data = sampleData();
    const rows = { ...data, commitments: data.commitments.map((commitment) => ({ ...commitment, open: 1 as const })) };
    const file = buildJournalFile(rows, [], '2026-11-22T08:00:00.000Z');
    expect(file.data.commitments[0]).not.toHaveProperty('open');
    expect(parseJournalFile(JSON.stringify(file)).ok).toBe(true);
  });

  it('keeps one tombstone per record, the newest, and none for a record the journal holds', () => {
    const file = buildJournalFile(
      sampleData(),
      [
        { table: 'conversations', recordId: 'c-old', deletedAt: '2026-01-01T00:00:00.000Z' },
        { table: 'conversations', recordId: 'c-old', deletedAt: '2026-03-01T00:00:00.000Z' },
        { table: 'conversations', recordId: 'c-old', deletedAt: '2026-02-01T00:00:00.000Z' },
        // Deleted, then put back by Undo: alive.
        { table: 'conversations', recordId: 'c-1', deletedAt: '2026-12-01T00:00:00.000Z' },
        { table: 'people', recordId: 'c-1', deletedAt: '2026-12-01T00:00:00.000Z' },
      ],
      '2026-11-22T08:00:00.000Z',
    );
    expect(file.tombstones).toEqual([
      { table: 'conversations', recordId: 'c-old', deletedAt: '2026-03-01T00:00:00.000Z' },
      { table: 'people', recordId: 'c-1', deletedAt: '2026-12-01T00:00:00.000Z' },
    ]);
  });
});

describe('journalFileText', () => {
  const AT = '2026-11-22T08:00:00.000Z';

  it('writes one record per line, in pieces of at most the records asked for', () => {
    const pieces = [...journalFileText(sampleData(), SAMPLE_TOMBSTONES, AT, 1)];
    const text = pieces.join('');
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      '{"format":"upstream-journal","version":1,"exportedAt":"2026-11-22T08:00:00.000Z","schemaVersion":2,',
    );
    const recordLines = lines.filter((line) => line.startsWith('{"id"'));
    const file = sampleFile();
    expect(recordLines).toHaveLength(Object.values(file.data).reduce((total, records) => total + records.length, 0));
    for (const piece of pieces)
      expect(piece.split('\n').filter((line) => line.startsWith('{')).length).toBeLessThanOrEqual(1);
    expect(lines).toContain('{"table":"conversations","recordId":"c-gone","deletedAt":"2026-11-21T10:00:00.000Z"}');
  });

  it('writes a journal with no records and no tombstones as a file that imports', () => {
    const empty = emptyJournalData();
    const file = parsedFile([...journalFileText(empty, [], AT)].join(''));
    expect(file).toEqual(buildJournalFile(empty, [], AT));
  });
});

describe('parseJournalFile', () => {
  it('reads back an export with its counts and no warnings', () => {
    const result = parseJournalFile(JSON.stringify(sampleFile(), null, 2));
    expect(result).toEqual({
      ok: true,
      file: sampleFile(),
      counts: {
        people: 2,
        stanceChanges: 1,
        conversations: 1,
        commitments: 1,
        checkIns: 1,
        strategyMoments: 1,
        settings: 1,
        tombstones: 1,
      },
      warnings: [],
    });
  });

  it('keeps HTML and script in text exactly as typed: text is shown escaped, never refused or rewritten', () => {
    const markup = '<script>alert("x")</script><img src=x onerror=alert(1)> & &amp; </textarea>';
    const data = sampleData();
    const [dana, sam] = data.people;
    if (!dana || !sam) throw new Error('sample has two people');
    const withMarkup = {
      ...data,
      people: [{ ...dana, name: '<b>Dana</b>', notes: markup }, sam],
      conversations: data.conversations.map((c) => ({ ...c, notes: markup, tags: ['<i>'] })),
    };
    const file = parsedFile(JSON.stringify(buildJournalFile(withMarkup, [], '2026-11-22T08:00:00.000Z')));
    expect(file.data.people[0]?.name).toBe('<b>Dana</b>');
    expect(file.data.people[0]?.notes).toBe(markup);
    expect(file.data.conversations[0]?.notes).toBe(markup);
    expect(file.data.conversations[0]?.tags).toEqual(['<i>']);
  });

  it('accepts a file that starts with a byte order mark, as editors on Windows save it', () => {
    expect(parsedFile(`\uFEFF${JSON.stringify(sampleFile())}`)).toEqual(sampleFile());
  });

  it('stores instants as toISOString() writes them, so they sort as strings', () => {
    const text = JSON.stringify(sampleFile()).replace(
      '"occurredAt":"2026-11-20T09:30:00.000Z"',
      '"occurredAt":"2026-11-20T09:30:00Z"',
    );
    expect(parsedFile(text).data.conversations[0]?.occurredAt).toBe('2026-11-20T09:30:00.000Z');
  });

  it('warns about references to people and conversations that are not in the file, and still accepts it', () => {
    const data = sampleData();
    const orphaned = {
      ...data,
      people: data.people.filter((person) => person.id !== 'p-sam'),
      commitments: data.commitments.map((c) => ({ ...c, conversationId: 'c-missing' })),
    };
    const result = parseJournalFile(JSON.stringify(buildJournalFile(orphaned, [], '2026-11-22T08:00:00.000Z')));
    expect(result).toMatchObject({
      ok: true,
      warnings: [
        'conversations[0].personIds[1]: refers to person "p-sam", who is not in this file',
        'commitments[0].conversationId: refers to conversation "c-missing", which is not in this file',
        'checkIns[0].leanedOn[0]: refers to person "p-sam", who is not in this file',
      ],
    });
  });

  it('takes a smaller size limit', () => {
    const text = JSON.stringify(sampleFile());
    expect(parseJournalFile(text, { maxTextLength: text.length }).ok).toBe(true);
    expect(parseJournalFile(text, { maxTextLength: text.length - 1 })).toEqual({
      ok: false,
      problems: [
        `This file is too large to import: it is ${text.length.toLocaleString('en')} characters, and Upstream imports files up to ${(text.length - 1).toLocaleString('en')} characters.`,
      ],
    });
  });

  it('never throws, whatever it is given at run time', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(parseJournalFile(input as unknown as string)).toEqual({
        ok: false,
        problems: ['This is not a journal file: Upstream could not read it as text.'],
      });
    }
  });
});

describe('properties', () => {
  test.prop([
    journalDataArb(),
    tombstonesArb(),
    fc.date({ noInvalidDate: true, min: new Date(0), max: new Date('2099-01-01') }),
  ])('build → JSON.stringify → parse gives back the same journal, without warnings', (data, tombstones, at) => {
    const file = buildJournalFile(data, tombstones, at.toISOString());
    const result = parseJournalFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, file, warnings: [] });
  });

  test.prop([journalDataArb(), tombstonesArb(), fc.integer({ min: 1, max: 4 })])(
    'the export text, in pieces of any size, parses to the file buildJournalFile makes',
    (data, tombstones, perPiece) => {
      const at = '2026-11-22T08:00:00.000Z';
      const text = [...journalFileText(data, tombstones, at, perPiece)].join('');
      expect(JSON.parse(text)).toEqual(buildJournalFile(data, tombstones, at));
      expect(parseJournalFile(text)).toMatchObject({ ok: true, warnings: [] });
    },
  );

  test.prop([fc.string({ unit: 'binary' })])('never throws on arbitrary text', (text) => {
    const result = parseJournalFile(text);
    expect(result.ok).toBe(false);
  });

  test.prop([fc.jsonValue()])('never throws on arbitrary JSON, and refuses what is not a journal', (value) => {
    const result = parseJournalFile(JSON.stringify(value) ?? '');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
  });

  // Arbitrary JSON planted anywhere in a real journal reaches every branch of the validator.
  test.prop([journalDataArb({ maxRecords: 2 }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue()])(
    'never throws when any value of a journal is replaced by arbitrary JSON',
    (data, steps, value) => {
      const tree: unknown = JSON.parse(JSON.stringify(buildJournalFile(data, [], '2026-11-22T08:00:00.000Z')));
      let node = tree;
      for (const [index, step] of steps.entries()) {
        if (typeof node !== 'object' || node === null) break;
        const keys = Object.keys(node);
        const key = keys[step % Math.max(1, keys.length)];
        if (key === undefined) break;
        const record = node as Record<string, unknown>;
        if (index === steps.length - 1 || typeof record[key] !== 'object') {
          record[key] = value;
          break;
        }
        node = record[key];
      }
      const result = parseJournalFile(JSON.stringify(tree));
      if (!result.ok) {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) expect(problem).toMatch(/\S/);
      }
    },
  );
});
