import { format } from 'date-fns';
import * as z from 'zod/mini';
import { JOURNAL_TABLES, type JournalTable } from './journal-tables';

// Automatic backups and the journal marker (SPEC §7), the parts both stores share: the desktop keeps
// them as files under the user-data folder (electron/main), browser mode in the Origin Private File
// System (renderer/src/platform). A backup is an export file (journal-file.ts) under a name that says
// when and why it was taken; the marker is a small record of how much the journal held, kept outside
// IndexedDB so that a database that comes back empty can be told from a journal that never had data.

export const BACKUP_REASONS = ['daily', 'quit', 'before-restore', 'before-import', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export type BackupInfo = {
  /** The file name, which is also the backup's id: `upstream-backup-20261202T031500123Z-daily.json`. */
  name: string;
  /** An ISO instant. */
  takenAt: string;
  reason: BackupReason;
  bytes: number;
};

const NAME_PATTERN = new RegExp(
  `^upstream-backup-(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(\\d{3})Z-(${BACKUP_REASONS.join('|')})\\.json$`,
);

/** The longest backup name; anything longer is refused before it is matched. */
export const BACKUP_NAME_MAX = 64;

/** The file name of a backup taken at `takenAt`: sortable, and safe on every file system. */
export function backupFileName(takenAt: Date, reason: BackupReason): string {
  const stamp = takenAt.toISOString().replace(/[-:.]/g, '');
  return `upstream-backup-${stamp}-${reason}.json`;
}

/** When and why a backup was taken, from its name; `null` for a name this app did not write. */
export function parseBackupFileName(name: string): { takenAt: string; reason: BackupReason } | null {
  if (name.length > BACKUP_NAME_MAX) return null;
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, ms, reason] = match;
  const takenAt = `${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`;
  if (Number.isNaN(Date.parse(takenAt)) || new Date(takenAt).toISOString() !== takenAt) return null;
  return { takenAt, reason: reason as BackupReason };
}

/** How many backups of each period rotation keeps (SPEC §7). */
export const BACKUP_ROTATION = { daily: 7, weekly: 4, monthly: 12 } as const;

/**
 * The newest backups are kept whatever their period: a backup taken just before a restore or an import
 * must outlive the snapshot taken of the result the same day.
 */
export const BACKUPS_ALWAYS_KEPT = 3;

type Dated = { name: string; takenAt: string };

/**
 * Which backups rotation keeps: the newest of each of the last 7 days that have one, of the last 4 ISO
 * weeks and of the last 12 months (days, weeks and months of the local calendar), and the 3 newest.
 * Everything else may be deleted. Pure: the same backups give the same answer.
 */
export function backupsToKeep(backups: readonly Dated[]): Set<string> {
  const newestFirst = [...backups].sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt));
  const keep = new Set(newestFirst.slice(0, BACKUPS_ALWAYS_KEPT).map((backup) => backup.name));
  const keepNewestOfEach = (periodOf: (date: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const period = periodOf(new Date(backup.takenAt));
      if (seen.has(period)) continue;
      if (seen.size === count) break;
      seen.add(period);
      keep.add(backup.name);
    }
  };
  keepNewestOfEach((date) => format(date, 'yyyy-MM-dd'), BACKUP_ROTATION.daily);
  keepNewestOfEach((date) => format(date, "RRRR-'W'II"), BACKUP_ROTATION.weekly);
  keepNewestOfEach((date) => format(date, 'yyyy-MM'), BACKUP_ROTATION.monthly);
  return keep;
}

/** The backups rotation deletes, oldest first. */
export function backupsToDelete<T extends Dated>(backups: readonly T[]): T[] {
  const keep = backupsToKeep(backups);
  return backups
    .filter((backup) => !keep.has(backup.name))
    .sort((a, b) => Date.parse(a.takenAt) - Date.parse(b.takenAt));
}

/** A scheduled backup is due when something changed since the last one and that one is from another day. */
export function isDailyBackupDue(lastBackupAt: string | null, changedSinceLastBackup: boolean, now: Date): boolean {
  if (!changedSinceLastBackup) return false;
  if (lastBackupAt === null) return true;
  return format(new Date(lastBackupAt), 'yyyy-MM-dd') !== format(now, 'yyyy-MM-dd');
}

export const MARKER_FORMAT = 'upstream-journal-marker';

export type JournalMarker = {
  format: typeof MARKER_FORMAT;
  version: 1;
  writtenAt: string;
  /** The change feed's last sequence when the marker was written. */
  lastChangeSeq: number;
  counts: Record<JournalTable, number>;
};

const count = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));

/** The marker as read back from outside IndexedDB: checked, because a file can be anything. */
export const journalMarkerSchema = z.strictObject({
  format: z.literal(MARKER_FORMAT),
  version: z.literal(1),
  writtenAt: z.iso.datetime(),
  lastChangeSeq: count,
  counts: z.strictObject(
    Object.fromEntries(JOURNAL_TABLES.map((table) => [table, count])) as Record<JournalTable, typeof count>,
  ),
});

/** The marker's text, or `null` when it is missing or not a marker (then there is nothing to compare with). */
export function parseJournalMarker(text: string | null): JournalMarker | null {
  if (text === null || text.length > 10_000) return null;
  try {
    const parsed = journalMarkerSchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as JournalMarker) : null;
  } catch {
    return null;
  }
}

export type JournalState = { lastChangeSeq: number; counts: Record<JournalTable, number> };

export type MarkerVerdict =
  | { kind: 'consistent' }
  /** The database holds nothing, or far less than the marker says it held. */
  | {
      kind: 'missing' | 'behind';
      marker: JournalMarker;
      /** What the journal holds now, table by table. */
      held: Record<JournalTable, number>;
      recordsHeld: number;
      recordsExpected: number;
    };

/** The share of the marker's records a journal may lack before it counts as far behind (deletions happen). */
const BEHIND_SHARE = 0.5;

export function totalRecords(counts: Record<JournalTable, number>): number {
  return JOURNAL_TABLES.reduce((sum, table) => sum + counts[table], 0);
}

/**
 * Compares the opened database with its marker. A journal that is empty while the marker counted records,
 * or whose change feed is behind the marker's while it holds less than half of them, did not come back
 * whole: the app must not start writing over it.
 */
export function judgeAgainstMarker(marker: JournalMarker | null, state: JournalState): MarkerVerdict {
  if (!marker) return { kind: 'consistent' };
  const recordsExpected = totalRecords(marker.counts);
  const recordsHeld = totalRecords(state.counts);
  if (recordsExpected === 0) return { kind: 'consistent' };
  const held = { ...state.counts };
  if (recordsHeld === 0) return { kind: 'missing', marker, held, recordsHeld, recordsExpected };
  if (state.lastChangeSeq < marker.lastChangeSeq && recordsHeld < recordsExpected * BEHIND_SHARE) {
    return { kind: 'behind', marker, held, recordsHeld, recordsExpected };
  }
  return { kind: 'consistent' };
}

/**
 * Whether judging the journal against its marker needs the record counts, which walk every store (too
 * slow for every start at 100,000 notes). A journal that holds records and whose change feed has
 * reached the marker's is judged consistent without them, as judgeAgainstMarker would judge it.
 */
export function needsRecordCounts(
  marker: JournalMarker | null,
  quick: { lastChangeSeq: number; holdsRecords: boolean },
): boolean {
  if (!marker || totalRecords(marker.counts) === 0) return false;
  return !quick.holdsRecords || quick.lastChangeSeq < marker.lastChangeSeq;
}

/** "3 people, 120 conversations, 14 commitments and 9 check-ins": what a journal holds, in words. */
export function describeRecordCounts(counts: Record<JournalTable, number>): string {
  const parts = [
    [counts.people, 'person', 'people'],
    [counts.conversations, 'conversation', 'conversations'],
    [counts.commitments, 'commitment', 'commitments'],
    [counts.checkIns, 'check-in', 'check-ins'],
    [counts.strategyMoments, 'strategy moment', 'strategy moments'],
  ] as const;
  const words = parts.map(([n, one, many]) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`);
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** How many changes, as a share of the records counted, the marker may be behind its counts. */
const RECOUNT_SHARE = 0.05;

/**
 * Whether record counts taken when the change feed was at `counted.lastChangeSeq` still describe the
 * journal at `lastChangeSeq` for the marker. Counting walks every store (at 100,000 notes a second of
 * the database's time, holding up every read and save meanwhile), so it is not done after every change:
 * the counts are taken again once the changes since reach 5% of the records counted (so at once for a
 * small journal, and at once after an import), and they are never off by more than that share, far
 * inside what judgeAgainstMarker tolerates. `counted` may come from the marker file itself.
 */
export function countsStillDescribe(counted: JournalState, lastChangeSeq: number): boolean {
  // A feed that went back is not the journal that was counted (a reset, a restore).
  const changes = lastChangeSeq - counted.lastChangeSeq;
  return changes >= 0 && changes <= Math.floor(totalRecords(counted.counts) * RECOUNT_SHARE);
}

export function buildJournalMarker(state: JournalState, writtenAt: Date): JournalMarker {
  return {
    format: MARKER_FORMAT,
    version: 1,
    writtenAt: writtenAt.toISOString(),
    lastChangeSeq: state.lastChangeSeq,
    counts: { ...state.counts },
  };
}
