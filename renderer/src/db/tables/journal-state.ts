import type { JournalState } from '@shared/domain/backups';
import { JOURNAL_TABLES } from '@shared/domain/journal-tables';
import { readLastChangeSeq } from './change-feed';
import { db } from './schema';

/** How many records each journal table holds, and the change feed's last sequence: what the marker keeps. */
export async function readJournalState(): Promise<JournalState> {
  const counts = await Promise.all(JOURNAL_TABLES.map(async (table) => [table, await db.table(table).count()]));
  return {
    counts: Object.fromEntries(counts) as JournalState['counts'],
    lastChangeSeq: await readLastChangeSeq(),
  };
}

/**
 * The change feed's last sequence, and whether any journal table holds a record: what start-up reads
 * of the journal before deciding whether to count it (a key of each table, never a walk).
 */
export async function readQuickJournalState(): Promise<{ lastChangeSeq: number; holdsRecords: boolean }> {
  const firstKeys = await Promise.all(JOURNAL_TABLES.map((table) => db.table(table).limit(1).primaryKeys()));
  return { lastChangeSeq: await readLastChangeSeq(), holdsRecords: firstKeys.some((keys) => keys.length > 0) };
}
