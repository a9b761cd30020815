import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Commitment } from '@shared/domain/types';
import { commitmentRowV5 } from '@shared/migrations/v5';
import { SCHEMA_V1 } from '@renderer/db/tables/migrations/v1';
import { SCHEMA_V2 } from '@renderer/db/tables/migrations/v2';
import { SCHEMA_V3 } from '@renderer/db/tables/migrations/v3';
import { SCHEMA_V4 } from '@renderer/db/tables/migrations/v4';
import { SCHEMA_VERSION, UpstreamDatabase } from '@renderer/db/tables/schema';

// A version-4 database as the fourth release wrote it (commitments without a `dueKey`, no summaries),
// opened with schema v5: every commitment gains its key, listed in Today's order through the new index,
// and each person owed something dated gets the summary of those due dates.

type CommitmentV4 = Commitment & { open: 0 | 1 };

function promise(
  id: string,
  personId: string,
  direction: Commitment['direction'],
  createdAt: string,
  dates: { dueOn?: string; doneOn?: string },
): CommitmentV4 {
  return {
    id,
    createdAt,
    updatedAt: createdAt,
    personId,
    direction,
    text: `Promise ${id}`,
    ...dates,
    open: dates.doneOn ? 0 : 1,
  };
}

describe('schema v4 → v5', () => {
  it('keys every commitment by its due date and summarises the open dated ones I owe, per person', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    await v4.open();
    const rows = [
      promise('k-1', 'p-dana', 'i-owe', '2026-10-01T10:00:00.000Z', { dueOn: '2026-11-30' }),
      promise('k-2', 'p-dana', 'i-owe', '2026-10-02T10:00:00.000Z', { dueOn: '2026-11-02' }),
      promise('k-3', 'p-dana', 'i-owe', '2026-10-03T10:00:00.000Z', {}),
      promise('k-4', 'p-dana', 'i-owe', '2026-10-04T10:00:00.000Z', { dueOn: '2026-10-09', doneOn: '2026-10-08' }),
      promise('k-5', 'p-sam', 'they-owe', '2026-10-05T10:00:00.000Z', { dueOn: '2026-10-20' }),
      promise('k-6', 'p-sam', 'i-owe', '2026-10-06T10:00:00.000Z', { dueOn: '2026-11-02' }),
    ];
    await v4.table('commitments').bulkAdd(rows);
    v4.close();

    const db = new UpstreamDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.commitments.orderBy('id').toArray()).toEqual(rows.map(commitmentRowV5));
    expect((await db.commitments.get('k-3'))?.dueKey).toBe('9999-12-31');
    expect(await db.openCommitmentSummaries.orderBy('personId').toArray()).toEqual([
      { personId: 'p-dana', iOweDueDates: ['2026-11-02', '2026-11-30'] },
      { personId: 'p-sam', iOweDueDates: ['2026-11-02'] },
    ]);
    // The open ones I owe, soonest due first (the same date: the older promise first), undated last.
    const iOwe = await db.commitments
      .where('[open+direction+dueKey+createdAt]')
      .between([1, 'i-owe', '', ''], [1, 'i-owe', '\uffff', '\uffff'])
      .primaryKeys();
    expect(iOwe).toEqual(['k-2', 'k-6', 'k-1', 'k-3']);
    db.close();
  });
});
