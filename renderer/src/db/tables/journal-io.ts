import { JOURNAL_TABLES, type JournalContents, type JournalData } from '@shared/domain/journal-file';
import type { JournalWritePlan } from '@shared/domain/journal-write-plan';
import { readTombstones } from './change-feed';
import { decodeAll } from './codecs';
import { db } from './schema';
import { commit, put, remove, type WriteOp } from './write';

// The whole journal at once: read for an export, written for an import. Both go through the codecs
// and, for writes, through `commit`, so an import is one transaction (all of it or none), lands in
// the change feed with its deletes as tombstones, and keeps the derived tables up to date.

/** Every record of every journal table, decoded, with the tombstones. Reads everything: export only. */
export async function readWholeJournal(): Promise<JournalContents & { data: JournalData }> {
  const tables = await Promise.all(
    JOURNAL_TABLES.map(async (table) => [table, await decodeAll(table, await db.table(table).toArray())] as const),
  );
  return { data: Object.fromEntries(tables) as JournalData, tombstones: await readTombstones() };
}

/**
 * Applies an import plan in one transaction: its deletes and puts, and the file's tombstones for records it
 * does not touch (so a later merge does not bring them back either).
 */
export async function writeImportPlan(plan: JournalWritePlan): Promise<void> {
  const ops: WriteOp[] = [];
  const touched = new Set<string>();
  for (const table of JOURNAL_TABLES) {
    const writes = plan.tables[table];
    for (const id of writes.deletes) ops.push(remove(table, id));
    for (const record of writes.puts) ops.push(put(table, record as never));
    for (const id of [...writes.deletes, ...writes.puts.map((record) => record.id)]) touched.add(`${table}|${id}`);
  }
  const tombstones = plan.tombstones.filter(({ table, recordId }) => !touched.has(`${table}|${recordId}`));
  await commit(ops, [], tombstones);
}
