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
