import type { Transaction } from 'dexie';
import { deriveAll } from '@shared/domain/derived-data';
import type { Conversation } from '@shared/domain/types';
import { conversationRowV2 } from '@shared/migrations/v2';

/**
 * Schema v2, the storage seam: no index on free text (people are sorted by name in memory, tags are
 * indexed by `tagKey` in their own table), bounded per-person and per-tag reads through compound
 * indexes, tag counts kept as an aggregate, and the change feed with its consumers' cursors.
 * The per-person activity table keeps its v1 layout; its rows are recomputed.
 */
export const SCHEMA_V2 = {
  people: 'id',
  conversations: 'id, occurredAt, calendarUid',
  // A person's conversations newest first (the primary key breaks ties), and their rated ones.
  personTimeline: 'id, conversationId, [personId+occurredAt+createdAt], [personId+rated+occurredAt+createdAt]',
  tagTimeline: 'id, conversationId, [tagKey+occurredAt+createdAt]',
  tagCounts: 'key',
  changes: '++seq, [table+recordId]',
  changeCursors: 'consumer',
} as const;

/**
 * Adds the tag keys to every conversation and fills the derived tables from scratch. Runs inside
 * Dexie's upgrade transaction: only Dexie work is awaited here, so the transaction stays open.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const conversations = (await tx.table('conversations').toArray()) as Conversation[];
  const rows = conversations.map(conversationRowV2);
  await tx.table('conversations').bulkPut(rows);
  const derived = deriveAll(rows);
  await tx.table('personActivity').clear();
  await tx.table('personActivity').bulkAdd(derived.personActivity);
  await tx.table('personTimeline').bulkAdd(derived.personTimeline);
  await tx.table('tagTimeline').bulkAdd(derived.tagTimeline);
  await tx.table('tagCounts').bulkAdd(derived.tagCounts);
}
