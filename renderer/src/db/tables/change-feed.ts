import { db, type ChangeEntry, type JournalTableName } from './schema';
import { guardedWrite } from './storage-health';

// The change feed (SPEC §3 Change). `commit` appends one entry per record written, in the same
// transaction. A consumer (the search index, backups, later sync) keeps its own cursor: it reads
// the changes after it, handles them, then moves its cursor on. A consumer starting from nothing
// first reads the source tables, then follows the feed from the sequence it read at.

/** The last sequence written, 0 for a journal that has never changed since schema v2. */
export async function readLastChangeSeq(): Promise<number> {
  return (await db.changes.orderBy('seq').last())?.seq ?? 0;
}

/** Up to `limit` changes after `seq`, oldest first. */
export function readChangesAfter(seq: number, limit: number): Promise<ChangeEntry[]> {
  return db.changes.where('seq').above(seq).limit(limit).toArray();
}

/** Where a consumer has read up to: 0 before its first read. */
export async function readChangeCursor(consumer: string): Promise<number> {
  return (await db.changeCursors.get(consumer))?.seq ?? 0;
}

export async function writeChangeCursor(consumer: string, seq: number): Promise<void> {
  await guardedWrite(() => db.changeCursors.put({ consumer, seq }));
}

/**
 * The records deleted and not put back since: what a merge must never bring back. One read of the feed
 * and one pass over it (a delete counts when it is its record's last change); inside a transaction it
 * joins it, as the export's read of the whole journal does.
 */
export async function readTombstones(): Promise<{ table: JournalTableName; recordId: string; deletedAt: string }[]> {
  const entries = await db.changes.toArray();
  const recordOf = (entry: ChangeEntry) => `${entry.table}\u0000${entry.recordId}`;
  // Oldest first, so each record's last entry is the one kept.
  const lastSeq = new Map(entries.map((entry) => [recordOf(entry), entry.seq]));
  return entries
    .filter((entry) => entry.op === 'delete' && lastSeq.get(recordOf(entry)) === entry.seq)
    .map((entry) => ({ table: entry.table, recordId: entry.recordId, deletedAt: entry.at }));
}

/**
 * Drops the entries every consumer has read, except each record's last delete (its tombstone).
 * With no consumer registered, every entry but the tombstones is dropped: a consumer that starts
 * later begins from the source tables anyway.
 */
export async function compactChanges(): Promise<number> {
  return guardedWrite(() =>
    db.transaction('rw', [db.changes, db.changeCursors], async () => {
      const cursors = await db.changeCursors.toArray();
      const upTo = cursors.length === 0 ? Number.POSITIVE_INFINITY : Math.min(...cursors.map((c) => c.seq));
      const passed = await db.changes.where('seq').belowOrEqual(upTo).toArray();
      const doomed: number[] = [];
      for (const entry of passed) {
        const latest = await db.changes.where('[table+recordId]').equals([entry.table, entry.recordId]).last();
        const isTombstone = entry.op === 'delete' && latest?.seq === entry.seq;
        if (!isTombstone) doomed.push(entry.seq);
      }
      await db.changes.bulkDelete(doomed);
      return doomed.length;
    }),
  );
}
