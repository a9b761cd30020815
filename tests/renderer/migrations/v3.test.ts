import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { StrategyMoment } from '@shared/domain/types';
import { SCHEMA_V1 } from '@renderer/db/tables/migrations/v1';
import { SCHEMA_V2 } from '@renderer/db/tables/migrations/v2';
import { SCHEMA_VERSION, UpstreamDatabase } from '@renderer/db/tables/schema';

// A version-2 database as the second release wrote it, opened with schema v3: every record stays,
// strategy moments become readable by the people who drove them, and the saved search index starts empty.

const moment = (id: string, drivenBy: string[]): StrategyMoment => ({
  id,
  createdAt: '2026-10-01T10:00:00.000Z',
  updatedAt: '2026-10-01T10:00:00.000Z',
  occurredOn: '2026-10-01',
  title: `Moment ${id}`,
  area: 'roadmap',
  involvement: 'consulted',
  techImpact: 'high',
  drivenBy,
  notes: '',
  nextTime: '',
});

describe('schema v2 → v3', () => {
  it('keeps the records, indexes moments by who drove them and commitments by person and state, and adds an empty search index', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    const moments = [moment('m-1', ['p-dana', 'p-sam']), moment('m-2', ['p-sam']), moment('m-3', [])];
    await v2.table('strategyMoments').bulkAdd(moments);
    const promise = (id: string, open: 0 | 1) => ({
      id,
      createdAt: '2026-10-01T10:00:00.000Z',
      updatedAt: '2026-10-01T10:00:00.000Z',
      personId: 'p-dana',
      direction: 'i-owe',
      text: `Promise ${id}`,
      open,
      ...(open ? {} : { doneOn: '2026-10-02' }),
    });
    await v2.table('commitments').bulkAdd([promise('k-1', 1), promise('k-2', 0), promise('k-3', 0)]);
    await v2.table('changes').add({ table: 'strategyMoments', recordId: 'm-1', op: 'put', at: moments[0]?.createdAt });
    v2.close();

    const db = new UpstreamDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.strategyMoments.orderBy('id').toArray()).toEqual(moments);
    expect((await db.strategyMoments.where('drivenBy').equals('p-sam').primaryKeys()).sort()).toEqual(['m-1', 'm-2']);
    expect(await db.strategyMoments.where('drivenBy').equals('p-dana').primaryKeys()).toEqual(['m-1']);
    expect(await db.commitments.where('[personId+open]').equals(['p-dana', 1]).primaryKeys()).toEqual(['k-1']);
    expect(await db.commitments.where('[personId+open]').equals(['p-dana', 0]).count()).toBe(2);
    expect(await db.changes.count()).toBe(1);
    expect(await db.searchIndex.count()).toBe(0);
    db.close();
  });
});
