import { JOURNAL_TABLES, type JournalContents, type JournalData } from '@shared/domain/journal-file';
import type { JournalWritePlan } from '@shared/domain/journal-write-plan';
import { readTombstones } from './change-feed';
import { decodeAll, type RowOf } from './codecs';
import { db, type JournalTableName } from './schema';
import { timeSlices } from './time-slices';
import { commit, put, remove, type WriteOp } from './write';

// The whole journal at once: read for an export, written for an import. Both go through the codecs
// and, for writes, through `commit`, so an import is one transaction (all of it or none), lands in
// the change feed with its deletes as tombstones, and keeps the derived tables up to date.

/** Rows per read: each read's results arrive in a task of their own, short enough to leave the page responsive. */
const ROWS_PER_READ = 2_500;

/**
 * Every record of every journal table, decoded, with the tombstones: export and import only. One read
 * transaction, so the journal is read as it stood at one moment, in reads of `ROWS_PER_READ` rows by
 * primary key. The rows are decoded after it closes (codecs never run inside one), in time slices.
 */
export async function readWholeJournal(): Promise<JournalContents & { data: JournalData }> {
  const { rows, tombstones } = await db.transaction('r', [...JOURNAL_TABLES, 'changes'], async () => ({
    rows: await Promise.all(JOURNAL_TABLES.map(async (table) => [table, await readAllRows(table)] as const)),
    tombstones: await readTombstones(),
  }));
  const slices = timeSlices();
  const data: Partial<Record<JournalTableName, unknown[]>> = {};
  for (const [table, tableRows] of rows) {
    const records: unknown[] = [];
    for (let start = 0; start < tableRows.length; start += ROWS_PER_READ) {
      records.push(...(await decodeAll(table, tableRows.slice(start, start + ROWS_PER_READ))));
      await slices.pause();
    }
    data[table] = records;
  }
  return { data: data as JournalData, tombstones };
}

/** Every row of `table` in key order, read `ROWS_PER_READ` at a time inside the caller's transaction. */
async function readAllRows<T extends JournalTableName>(table: T): Promise<RowOf[T][]> {
  const store = db.table<RowOf[T], string>(table);
  const rows: RowOf[T][] = [];
  let read = await store.limit(ROWS_PER_READ).toArray();
  while (read.length > 0) {
    rows.push(...read);
    const last = read.at(-1);
    if (read.length < ROWS_PER_READ || !last) break;
    read = await store.where(':id').above(last.id).limit(ROWS_PER_READ).toArray();
  }
  return rows;
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
