import type { Transaction } from 'dexie';
import type { PersonActivity } from '@shared/domain/derived-data';

// The bounds every ISO instant sorts between (as in schema.ts), spelled out: a published migration
// must not change when later code does.
const [LOWEST_INSTANT, HIGHEST_INSTANT] = ['', '\uffff'];

/**
 * Schema v4 changes no index: each person's activity summary gains `conversationCount`, kept by every
 * write from then on, so a dossier no longer counts the person's whole timeline index on every visit
 * and after every save.
 */
export const SCHEMA_V4 = {} as const;

/**
 * Counts each summarised person's timeline entries once (keys only, never records). Runs inside Dexie's
 * upgrade transaction: only Dexie work is awaited here, so the transaction stays open.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const activity = tx.table<Omit<PersonActivity, 'conversationCount'> & { conversationCount?: number }>(
    'personActivity',
  );
  const timeline = tx.table('personTimeline');
  const rows = await activity.toArray();
  const counted = await Promise.all(
    rows.map(async (row) => ({
      ...row,
      conversationCount: await timeline
        .where('[personId+occurredAt+createdAt]')
        .between([row.personId, LOWEST_INSTANT, LOWEST_INSTANT], [row.personId, HIGHEST_INSTANT, HIGHEST_INSTANT])
        .count(),
    })),
  );
  await activity.bulkPut(counted);
}
