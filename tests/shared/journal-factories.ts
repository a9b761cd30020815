import { fc } from '@fast-check/vitest';
import {
  buildJournalFile,
  JOURNAL_TABLES,
  type JournalData,
  type JournalFile,
  type Tombstone,
} from '@shared/domain/journal-file';
import {
  COMMITMENT_DIRECTIONS,
  CONVERSATION_KINDS,
  INVOLVEMENTS,
  PERSON_FUNCTIONS,
  RELATIONSHIPS,
  STANCES,
  STRATEGY_AREAS,
  TECH_IMPACTS,
  THEMES,
  type CheckIn,
  type Commitment,
  type Conversation,
  type NoteItem,
  type Person,
  type Settings,
  type StanceChange,
  type StrategyMoment,
} from '@shared/domain/types';

// A small journal that passes every rule, for tests that break one rule at a time, and fast-check
// arbitraries of valid journals for the property tests.

const AT = '2026-11-20T09:30:00.000Z';
const LATER = '2026-11-21T10:00:00.000Z';

export function sampleData(): JournalData {
  const dana: Person = {
    id: 'p-dana',
    createdAt: AT,
    updatedAt: LATER,
    name: 'Dana Whitfield',
    title: 'Chief Financial Officer',
    emails: ['dana@example.com'],
    function: 'finance',
    relationship: 'peer',
    influence: 5,
    stance: 'neutral',
    desiredStance: 'supportive',
    cadenceDays: 14,
    priorities: [{ id: 'n-1', text: 'Cut cloud spend 10%', notedOn: '2026-11-20', conversationId: 'c-1' }],
    worries: [{ id: 'n-2', text: 'Audit in Q1', notedOn: '2026-11-20', resolvedOn: '2026-11-21' }],
    waysICanHelp: [],
    notes: 'Prefers numbers to slides.',
    archived: false,
  };
  const sam: Person = {
    ...dana,
    id: 'p-sam',
    name: 'Sam Okafor',
    function: 'sales',
    emails: [],
    priorities: [],
    worries: [],
  };
  return {
    people: [dana, sam],
    stanceChanges: [
      { id: 's-1', createdAt: AT, updatedAt: AT, personId: 'p-dana', changedAt: AT, from: null, to: 'neutral' },
    ],
    conversations: [
      {
        id: 'c-1',
        createdAt: AT,
        updatedAt: AT,
        occurredAt: AT,
        personIds: ['p-dana', 'p-sam'],
        kind: 'group',
        title: 'Budget review',
        notes: 'Talked about the **cloud bill**.',
        warmth: 4,
        habits: { listened: true, plainLanguage: true, offeredHelp: false },
        tags: ['budget'],
        source: 'manual',
      },
    ],
    commitments: [
      {
        id: 'k-1',
        createdAt: AT,
        updatedAt: AT,
        personId: 'p-dana',
        conversationId: 'c-1',
        direction: 'i-owe',
        text: 'Send the cost breakdown',
        dueOn: '2026-11-27',
      },
    ],
    checkIns: [
      {
        id: 'w-1',
        createdAt: AT,
        updatedAt: AT,
        week: '2026-W47',
        completedAt: AT,
        instrumentVersion: 1,
        cbiWork: [1, 2, 2, null, 3, 2, 1],
        cbiPersonal: [2, 2, 2, 3, 2, 3],
        ucla3: [0, 1, 0],
        energy: 3,
        leanedOn: ['p-sam'],
        win: 'Budget approved',
      },
    ],
    strategyMoments: [
      {
        id: 'm-1',
        createdAt: AT,
        updatedAt: AT,
        occurredOn: '2026-11-18',
        title: '2027 roadmap',
        area: 'roadmap',
        involvement: 'consulted',
        techImpact: 'high',
        drivenBy: ['p-dana'],
        notes: '',
        nextTime: 'Bring the platform costs earlier.',
      },
    ],
    settings: [
      {
        id: 'app',
        updatedAt: AT,
        checkInWeekday: 5,
        checkInTime: '16:00',
        includeCbiPersonal: true,
        cadenceDefaults: { manager: 7, productPeer: 7, otherPeer: 14, board: 90, other: 30 },
        theme: 'dark',
        backupRetention: { daily: 7, weekly: 4, monthly: 12 },
        lock: { enabled: false, idleMinutes: 10 },
      },
    ],
  };
}

/** A journal with no records in any table. */
export function emptyJournalData(): JournalData {
  return {
    people: [],
    stanceChanges: [],
    conversations: [],
    commitments: [],
    checkIns: [],
    strategyMoments: [],
    settings: [],
  };
}

export const SAMPLE_TOMBSTONES: Tombstone[] = [{ table: 'conversations', recordId: 'c-gone', deletedAt: LATER }];

export function sampleFile(): JournalFile {
  return buildJournalFile(sampleData(), SAMPLE_TOMBSTONES, '2026-11-22T08:00:00.000Z');
}

// Arbitraries. Lengths stay short so a run is quick; the limits themselves are tested one by one.

const MIN_TIME = new Date('2000-01-01T00:00:00.000Z');
const MAX_TIME = new Date('2099-12-31T23:59:59.999Z');

export const instantArb = fc.date({ min: MIN_TIME, max: MAX_TIME, noInvalidDate: true }).map((d) => d.toISOString());
const localDateArb = fc
  .date({ min: MIN_TIME, max: MAX_TIME, noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const weekArb = fc
  .record({ year: fc.integer({ min: 2000, max: 2099 }), week: fc.integer({ min: 1, max: 52 }) })
  .map(({ year, week }) => `${year}-W${String(week).padStart(2, '0')}`);

/** Text as people type it, markup included: it must come back exactly as typed. */
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '"); DROP TABLE people;--',
  '{{constructor}}',
];

function textArb(maxCodePoints: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'binary', maxLength: maxCodePoints }),
    fc.string({ unit: 'grapheme', maxLength: Math.ceil(maxCodePoints / 8) }),
    fc.constantFrom(...MARKUP),
  );
}

/** Non-blank text of at most `maxLength` UTF-16 units. */
function filledArb(maxLength: number): fc.Arbitrary<string> {
  return textArb(Math.floor(maxLength / 2)).filter((text) => text.trim() !== '' && text.length <= maxLength);
}

const emailArb = fc.stringMatching(/^[a-z][a-z0-9]{0,8}@[a-z]{1,10}\.(com|org|io)$/);
const idArb = fc.uuid();

export type JournalArbOptions = {
  /** Ids of every table's records; a small pool makes two journals share records. */
  id?: fc.Arbitrary<string>;
  /** `updatedAt` and `deletedAt`; a small pool makes ties. */
  stamp?: fc.Arbitrary<string>;
  week?: fc.Arbitrary<string>;
  maxRecords?: number;
};

function noteItemArb(): fc.Arbitrary<NoteItem> {
  return fc.record(
    { id: idArb, text: filledArb(500), notedOn: localDateArb, resolvedOn: localDateArb, conversationId: idArb },
    { requiredKeys: ['id', 'text', 'notedOn'] },
  );
}

function base(id: fc.Arbitrary<string>, stamp: fc.Arbitrary<string>) {
  return { id, createdAt: instantArb, updatedAt: stamp };
}

function personArb(id: fc.Arbitrary<string>, stamp: fc.Arbitrary<string>): fc.Arbitrary<Person> {
  return fc.record({
    ...base(id, stamp),
    name: filledArb(120),
    title: textArb(100),
    emails: fc.array(emailArb, { maxLength: 3 }),
    function: fc.constantFrom(...PERSON_FUNCTIONS),
    relationship: fc.constantFrom(...RELATIONSHIPS),
    influence: fc.integer({ min: 1, max: 5 }),
    stance: fc.constantFrom(...STANCES),
    desiredStance: fc.constantFrom(...STANCES),
    cadenceDays: fc.integer({ min: 1, max: 365 }),
    priorities: fc.array(noteItemArb(), { maxLength: 2 }),
    worries: fc.array(noteItemArb(), { maxLength: 2 }),
    waysICanHelp: fc.array(noteItemArb(), { maxLength: 2 }),
    notes: textArb(300),
    archived: fc.boolean(),
  });
}

function stanceChangeArb(id: fc.Arbitrary<string>, stamp: fc.Arbitrary<string>, person: fc.Arbitrary<string>) {
  return fc.record({
    ...base(id, stamp),
    personId: person,
    changedAt: instantArb,
    from: fc.option(fc.constantFrom(...STANCES), { nil: null }),
    to: fc.constantFrom(...STANCES),
  }) satisfies fc.Arbitrary<StanceChange>;
}

function conversationArb(
  id: fc.Arbitrary<string>,
  stamp: fc.Arbitrary<string>,
  person: fc.Arbitrary<string>,
): fc.Arbitrary<Conversation> {
  return fc.record(
    {
      ...base(id, stamp),
      occurredAt: instantArb,
      personIds: fc.uniqueArray(person, { minLength: 1, maxLength: 3 }),
      kind: fc.constantFrom(...CONVERSATION_KINDS),
      title: textArb(100),
      notes: textArb(500),
      warmth: fc.integer({ min: 1, max: 5 }),
      habits: fc.record({ listened: fc.boolean(), plainLanguage: fc.boolean(), offeredHelp: fc.boolean() }),
      tags: fc.array(filledArb(40), { maxLength: 3 }),
      source: fc.constantFrom('manual' as const, 'calendar' as const),
      calendarUid: fc.string({ minLength: 1, maxLength: 40 }),
    },
    { requiredKeys: ['id', 'createdAt', 'updatedAt', 'occurredAt', 'personIds', 'kind', 'notes', 'tags', 'source'] },
  );
}

function commitmentArb(
  id: fc.Arbitrary<string>,
  stamp: fc.Arbitrary<string>,
  person: fc.Arbitrary<string>,
): fc.Arbitrary<Commitment> {
  return fc.record(
    {
      ...base(id, stamp),
      personId: person,
      conversationId: idArb,
      direction: fc.constantFrom(...COMMITMENT_DIRECTIONS),
      text: filledArb(500),
      dueOn: localDateArb,
      doneOn: localDateArb,
    },
    { requiredKeys: ['id', 'createdAt', 'updatedAt', 'personId', 'direction', 'text'] },
  );
}

function answersArb(count: number, options: number) {
  return fc.array(fc.option(fc.integer({ min: 0, max: options - 1 }), { nil: null }), {
    minLength: count,
    maxLength: count,
  });
}

function checkInArb(
  id: fc.Arbitrary<string>,
  stamp: fc.Arbitrary<string>,
  week: fc.Arbitrary<string>,
  person: fc.Arbitrary<string>,
): fc.Arbitrary<CheckIn> {
  return fc.record(
    {
      ...base(id, stamp),
      week,
      completedAt: instantArb,
      instrumentVersion: fc.constant(1),
      cbiWork: answersArb(7, 5),
      cbiPersonal: answersArb(6, 5),
      ucla3: answersArb(3, 3),
      energy: fc.integer({ min: 1, max: 5 }),
      leanedOn: fc.uniqueArray(person, { maxLength: 3 }),
      win: textArb(100),
      drain: textArb(100),
      reflection: textArb(300),
    },
    {
      requiredKeys: [
        'id',
        'createdAt',
        'updatedAt',
        'week',
        'completedAt',
        'instrumentVersion',
        'cbiWork',
        'ucla3',
        'leanedOn',
      ],
    },
  );
}

function strategyMomentArb(
  id: fc.Arbitrary<string>,
  stamp: fc.Arbitrary<string>,
  person: fc.Arbitrary<string>,
): fc.Arbitrary<StrategyMoment> {
  return fc.record(
    {
      ...base(id, stamp),
      occurredOn: localDateArb,
      title: filledArb(200),
      area: fc.constantFrom(...STRATEGY_AREAS),
      involvement: fc.constantFrom(...INVOLVEMENTS),
      techImpact: fc.constantFrom(...TECH_IMPACTS),
      drivenBy: fc.uniqueArray(person, { maxLength: 3 }),
      notes: textArb(300),
      nextTime: textArb(100),
      conversationId: idArb,
    },
    {
      requiredKeys: [
        'id',
        'createdAt',
        'updatedAt',
        'occurredOn',
        'title',
        'area',
        'involvement',
        'techImpact',
        'drivenBy',
        'notes',
        'nextTime',
      ],
    },
  );
}

function settingsArb(stamp: fc.Arbitrary<string>): fc.Arbitrary<Settings> {
  const days = fc.integer({ min: 1, max: 365 });
  const count = fc.integer({ min: 0, max: 60 });
  return fc.record(
    {
      id: fc.constant('app' as const),
      updatedAt: stamp,
      checkInWeekday: fc.integer({ min: 1, max: 7 }),
      checkInTime: fc
        .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
        .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      includeCbiPersonal: fc.boolean(),
      cadenceDefaults: fc.record({ manager: days, productPeer: days, otherPeer: days, board: days, other: days }),
      theme: fc.constantFrom(...THEMES),
      backupFolder: textArb(100),
      backupRetention: fc.record({ daily: count, weekly: count, monthly: count }),
      lock: fc.record({ enabled: fc.boolean(), idleMinutes: fc.integer({ min: 1, max: 1440 }) }),
    },
    {
      requiredKeys: [
        'id',
        'updatedAt',
        'checkInWeekday',
        'checkInTime',
        'includeCbiPersonal',
        'cadenceDefaults',
        'theme',
        'backupRetention',
        'lock',
      ],
    },
  );
}

function unique<T>(records: readonly T[], ...keys: ((record: T) => string)[]): T[] {
  const seen = keys.map(() => new Set<string>());
  return records.filter((record) => {
    if (keys.some((key, index) => seen[index]?.has(key(record)))) return false;
    keys.forEach((key, index) => seen[index]?.add(key(record)));
    return true;
  });
}

/** Points every `conversationId` at a conversation of the journal, or drops it when there is none. */
function linkConversations(data: JournalData): JournalData {
  const ids = data.conversations.map((conversation) => conversation.id);
  let turn = 0;
  const link = <T extends { conversationId?: string }>(record: T): T => {
    if (record.conversationId === undefined) return record;
    const { conversationId: _unlinked, ...rest } = record;
    turn += 1;
    const id = ids[turn % Math.max(1, ids.length)];
    return id === undefined ? (rest as T) : { ...record, conversationId: id };
  };
  return {
    ...data,
    people: data.people.map((person) => ({
      ...person,
      priorities: person.priorities.map(link),
      worries: person.worries.map(link),
      waysICanHelp: person.waysICanHelp.map(link),
    })),
    commitments: data.commitments.map(link),
    strategyMoments: data.strategyMoments.map(link),
  };
}

/** Valid journal data whose records refer only to people and conversations of the same journal. */
export function journalDataArb(options: JournalArbOptions = {}): fc.Arbitrary<JournalData> {
  const id = options.id ?? idArb;
  const stamp = options.stamp ?? instantArb;
  const week = options.week ?? weekArb;
  const max = options.maxRecords ?? 4;
  const list = <T extends { id: string }>(record: fc.Arbitrary<T>) =>
    fc.array(record, { maxLength: max }).map((records) => unique(records, (r) => r.id));
  const settings = fc.option(settingsArb(stamp), { nil: undefined }).map((s) => (s ? [s] : []));
  return list(personArb(id, stamp)).chain((people) => {
    const person = people.length > 0 ? fc.constantFrom(...people.map((p) => p.id)) : idArb;
    // Without people, nothing that names someone can exist.
    const naming = <T>(records: fc.Arbitrary<T[]>): fc.Arbitrary<T[]> =>
      people.length > 0 ? records : fc.constant([]);
    return fc
      .record({
        people: fc.constant(people),
        stanceChanges: naming(list(stanceChangeArb(id, stamp, person))),
        conversations: naming(list(conversationArb(id, stamp, person))),
        commitments: naming(list(commitmentArb(id, stamp, person))),
        checkIns: naming(list(checkInArb(id, stamp, week, person)).map((records) => unique(records, (r) => r.week))),
        strategyMoments: naming(list(strategyMomentArb(id, stamp, person))),
        settings,
      })
      .map(linkConversations);
  });
}

export function tombstonesArb(options: JournalArbOptions = {}): fc.Arbitrary<Tombstone[]> {
  return fc.array(
    fc.record({
      table: fc.constantFrom(...JOURNAL_TABLES),
      recordId: options.id ?? idArb,
      deletedAt: options.stamp ?? instantArb,
    }),
    { maxLength: options.maxRecords ?? 4 },
  );
}
