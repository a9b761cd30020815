import type { Transaction } from 'dexie';
import { summarizeAllOpenCommitments } from '@shared/domain/commitment-summary';
import type { Commitment } from '@shared/domain/types';
import { commitmentRowV5 } from '@shared/migrations/v5';

/**
 * Schema v5, so that start reads no open commitment: each person's open i-owe due dates kept as a
 * derived table (health and the overdue counts come from it), and the open commitments of each
 * direction indexed in the order Today shows them (by `dueKey`, then oldest made first), so Today
 * reads only the soonest ones.
 */
export const SCHEMA_V5 = {
  commitments: 'id, personId, conversationId, open, [personId+open], [open+direction+dueKey+createdAt]',
  openCommitmentSummaries: 'personId',
} as const;

/**
 * Adds the `dueKey` to every commitment and fills the summaries from scratch. Runs inside Dexie's upgrade
 * transaction: only Dexie work is awaited here, so the transaction stays open.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const rows = (await tx.table('commitments').toArray()) as (Commitment & { open: 0 | 1 })[];
  await tx.table('commitments').bulkPut(rows.map(commitmentRowV5));
  await tx.table('openCommitmentSummaries').bulkAdd(summarizeAllOpenCommitments(rows));
}
