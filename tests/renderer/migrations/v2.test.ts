import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { deriveAll } from '@shared/domain/derived-data';
import type { CheckIn, Commitment, Conversation, Person, StanceChange } from '@shared/domain/types';
import { conversationRowV2 } from '@shared/migrations/v2';
import { commitmentRowV5 } from '@shared/migrations/v5';
import { SCHEMA_V1 } from '@renderer/db/tables/migrations/v1';
import { SCHEMA_VERSION, UpstreamDatabase } from '@renderer/db/tables/schema';

// Opens a real version-1 database with data as the first release wrote it, upgrades it by opening
// it with today's schema, and compares every table (Signal's habit: one file and one test per version).

const at = (day: number) => `2026-10-${String(day).padStart(2, '0')}T14:00:00.000Z`;
const base = (id: string, day = 1) => ({ id, createdAt: at(day), updatedAt: at(day) });

const dana: Person = {
  ...base('p-dana'),
  name: 'Dana Ruiz',
  title: 'CFO',
  emails: ['dana@example.com'],
  function: 'finance',
  relationship: 'peer',
  influence: 5,
  stance: 'skeptical',
  desiredStance: 'supportive',
  cadenceDays: 14,
  priorities: [{ id: 'n1', text: 'Close the year', notedOn: '2026-10-02', conversationId: 'c-2' }],
  worries: [],
  waysICanHelp: [],
  notes: 'Prefers numbers to stories.',
  archived: false,
};
const sam: Person = { ...dana, ...base('p-sam'), name: 'Sam', function: 'sales', priorities: [] };
const stance: StanceChange = { ...base('s-1'), personId: 'p-dana', changedAt: at(1), from: null, to: 'skeptical' };

function conversation(id: string, day: number, personIds: string[], extra: Partial<Conversation> = {}): Conversation {
  return {
    ...base(id, day),
    occurredAt: at(day),
    personIds,
    kind: 'one-on-one',
    notes: `Notes of ${id}`,
    tags: [],
    source: 'manual',
    ...extra,
  };
}

const conversations = [
  conversation('c-1', 1, ['p-dana'], { warmth: 3, tags: ['Budget'] }),
  conversation('c-2', 2, ['p-dana', 'p-sam'], { kind: 'group', warmth: 4, tags: ['budget', 'Hiring'] }),
  conversation('c-3', 3, ['p-sam'], { calendarUid: 'uid-3@calendar', source: 'calendar' }),
];
const commitment: Commitment & { open: 0 | 1 } = {
  ...base('k-1', 2),
  personId: 'p-dana',
  conversationId: 'c-2',
  direction: 'i-owe',
  text: 'Send the cost breakdown',
  dueOn: '2026-10-09',
  open: 1,
};
const checkIn: CheckIn = {
  ...base('w-1'),
  week: '2026-W40',
  completedAt: at(1),
  instrumentVersion: 1,
  cbiWork: [2, 2, 2, 2, 2, 2, 2],
  cbiPersonal: [1, 1, 1, 1, 1, 1],
  ucla3: [1, 2, 1],
  leanedOn: ['p-sam'],
  win: 'Shipped',
};
const settings = { id: 'app', updatedAt: at(1), theme: 'dark', checkInWeekday: 5, checkInTime: '16:00' };
const draft = { formKey: 'conversation:new', updatedAt: at(3), value: { notes: 'half a thought' } };
// v1 kept its own per-person summaries; v2 recomputes them.
const staleActivity = { personId: 'p-dana', recent: [] };

async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('people').bulkAdd([dana, sam]);
  await v1.table('stanceChanges').add(stance);
  await v1.table('conversations').bulkAdd(conversations);
  await v1.table('commitments').add(commitment);
  await v1.table('checkIns').add(checkIn);
  await v1.table('settings').add(settings);
  await v1.table('drafts').add(draft);
  await v1.table('personActivity').add(staleActivity);
  v1.close();
}

const sortById = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));

describe('schema v1 → v2', () => {
  it('keeps every record, adds tag keys, fills the derived tables and starts an empty change feed', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await writeVersion1(name);

    const db = new UpstreamDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    expect(sortById(await db.people.toArray())).toEqual([dana, sam]);
    expect(await db.stanceChanges.toArray()).toEqual([stance]);
    expect(sortById(await db.conversations.toArray())).toEqual(conversations.map(conversationRowV2));
    expect((await db.conversations.get('c-2'))?.tagKeys).toEqual(['budget', 'hiring']);
    // Schema v5 adds the key open commitments are listed by.
    expect(await db.commitments.toArray()).toEqual([commitmentRowV5(commitment)]);
    expect(await db.checkIns.toArray()).toEqual([checkIn]);
    expect(await db.settings.toArray()).toEqual([settings]);
    expect(await db.drafts.toArray()).toEqual([draft]);

    const derived = deriveAll(conversations);
    expect(sortById(await db.personTimeline.toArray())).toEqual(sortById(derived.personTimeline));
    expect(sortById(await db.tagTimeline.toArray())).toEqual(sortById(derived.tagTimeline));
    expect((await db.tagCounts.toArray()).map(({ key, count }) => [key, count]).sort()).toEqual([
      ['budget', 2],
      ['hiring', 1],
    ]);
    const activity = await db.personActivity.get('p-dana');
    expect(activity?.recent.map((summary) => summary.id)).toEqual(['c-2', 'c-1']);
    expect((await db.personActivity.get('p-sam'))?.recent.map((summary) => summary.id)).toEqual(['c-3', 'c-2']);
    expect(await db.changes.count()).toBe(0);

    // The new indexes answer the bounded reads the app makes.
    const danaNewest = await db.personTimeline
      .where('[personId+occurredAt+createdAt]')
      .between(['p-dana', '', ''], ['p-dana', '\uffff', '\uffff'])
      .reverse()
      .toArray();
    expect(danaNewest.map((entry) => entry.conversationId)).toEqual(['c-2', 'c-1']);
    db.close();
  });

  it('upgrades an empty version-1 database', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();
    const db = new UpstreamDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.personActivity.count()).toBe(0);
    db.close();
  });
});
