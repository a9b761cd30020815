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

/** Entries per read of the whole feed: a long feed (after an import of 100,000 notes) arrives in short tasks. */
const CHANGES_PER_READ = 5_000;

/** The whole feed, oldest first, a few thousand entries per read; inside a transaction it joins it. */
async function readWholeFeed(): Promise<ChangeEntry[]> {
  const entries: ChangeEntry[] = [];
  let read = await readChangesAfter(0, CHANGES_PER_READ);
  while (read.length > 0) {
    entries.push(...read);
    const last = read.at(-1);
    if (read.length < CHANGES_PER_READ || !last) break;
    read = await readChangesAfter(last.seq, CHANGES_PER_READ);
  }
  return entries;
}

/** Tells, for entries of one read of the feed, which are tombstones: a delete that is its record's last change. */
function tombstoneTest(entries: readonly ChangeEntry[]): (entry: ChangeEntry) => boolean {
  const recordOf = (entry: ChangeEntry) => `${entry.table}\u0000${entry.recordId}`;
  // Only a record with a delete can have a tombstone, and deletes are few beside the puts (an import of
  // 100,000 notes puts each one): only those records' entries are followed.
  const deletedIds = new Set<string>();
  for (const entry of entries) if (entry.op === 'delete') deletedIds.add(entry.recordId);
  // Oldest first, so each record's last entry is the one kept.
  const lastSeq = new Map<string, number>();
  for (const entry of entries) if (deletedIds.has(entry.recordId)) lastSeq.set(recordOf(entry), entry.seq);
  return (entry) => entry.op === 'delete' && lastSeq.get(recordOf(entry)) === entry.seq;
}

/**
 * The records deleted and not put back since: what a merge must never bring back. Inside a transaction
 * it joins it, as the export's read of the whole journal does.
 */
export async function readTombstones(): Promise<{ table: JournalTableName; recordId: string; deletedAt: string }[]> {
  const entries = await readWholeFeed();
  const isTombstone = tombstoneTest(entries);
  return entries
    .filter(isTombstone)
    .map((entry) => ({ table: entry.table, recordId: entry.recordId, deletedAt: entry.at }));
}

/**
 * Drops the entries every consumer has read (SPEC §3), except each record's last delete (its tombstone) and
 * the newest entry, which keeps the feed's last sequence readable. With no consumer registered, every
 * other entry is dropped: a consumer that starts later begins from the source tables anyway. Answers how
 * many entries were dropped.
 *
 * The feed is read first, outside the deleting transaction, so saves are not held up while it is read.
 * What it read stays droppable: cursors only move on, new entries come after it, and a later change to a
 * record only makes its older entries droppable too.
 */
export async function compactChanges(): Promise<number> {
  const cursors = await db.changeCursors.toArray();
  const entries = await readWholeFeed();
  const upTo = Math.min((entries.at(-1)?.seq ?? 0) - 1, ...cursors.map((cursor) => cursor.seq));
  const isTombstone = tombstoneTest(entries);
  // Runs of droppable entries between the tombstones, each deleted as one key range.
  const runs: { first: number; last: number }[] = [];
  let run: { first: number; last: number } | null = null;
  for (const entry of entries) {
    if (entry.seq > upTo) break;
    if (isTombstone(entry)) run = null;
    else if (run) run.last = entry.seq;
    else runs.push((run = { first: entry.seq, last: entry.seq }));
  }
  if (runs.length === 0) return 0;
  return guardedWrite(() =>
    db.transaction('rw', db.changes, async () => {
      let dropped = 0;
      for (const { first, last } of runs)
        dropped += await db.changes.where('seq').between(first, last, true, true).delete();
      return dropped;
    }),
  );
}
