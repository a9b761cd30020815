import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { personTimelineEntries } from '@shared/domain/derived-data';
import { SCHEMA_V1 } from '@renderer/db/tables/migrations/v1';
import { SCHEMA_V2 } from '@renderer/db/tables/migrations/v2';
import { SCHEMA_V3 } from '@renderer/db/tables/migrations/v3';
import { SCHEMA_VERSION, UpstreamDatabase } from '@renderer/db/tables/schema';

// A version-3 database as the third release wrote it (activity summaries without a count), opened with
// schema v4: every summary gains the number of conversations its person is in, counted once.

const conversation = (id: string, personIds: string[]) => ({
  id,
  createdAt: '2026-10-01T10:00:00.000Z',
  occurredAt: `2026-10-0${id.length}T10:00:00.000Z`,
  personIds,
  tagKeys: [],
});

describe('schema v3 → v4', () => {
  it("adds each person's conversation count to their summary and changes nothing else", async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    await v3.open();
    const timeline = [
      conversation('c1', ['p-dana', 'p-sam']),
      conversation('c22', ['p-sam']),
      conversation('c333', ['p-sam']),
    ].flatMap(personTimelineEntries);
    await v3.table('personTimeline').bulkAdd(timeline);
    const recent = [{ id: 'c1', createdAt: '', occurredAt: '', personIds: ['p-dana'] }];
    await v3.table('personActivity').bulkAdd([
      { personId: 'p-dana', recent },
      { personId: 'p-sam', recent },
    ]);
    v3.close();

    const db = new UpstreamDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.personActivity.orderBy('personId').toArray()).toEqual([
      { personId: 'p-dana', conversationCount: 1, recent },
      { personId: 'p-sam', conversationCount: 3, recent },
    ]);
    expect(await db.personTimeline.count()).toBe(timeline.length);
    db.close();
  });
});
