import {
  buildJournalMarker,
  countsStillDescribe,
  isDailyBackupDue,
  parseJournalMarker,
  type BackupInfo,
  type BackupReason,
  type JournalMarker,
  type JournalState,
} from '@shared/domain/backups';
import type { Safekeeping } from '@renderer/platform/platform';
import { applyImport, exportJournal, previewImport } from './journal-file-repository';
import { compactChanges, readChangeCursor, readLastChangeSeq, writeChangeCursor } from './tables/change-feed';
import { readJournalState } from './tables/journal-state';
import { valueOf } from './journal-marker-repository';
import { currentStorageFailure } from './tables/storage-health';

// Backups and the journal marker (SPEC §7), over the platform's safekeeping (files on the desktop, the
// Origin Private File System in browser mode). Backups are a consumer of the change feed: their cursor
// says up to which change the newest backup holds, so a journal that did not change is not backed up again.

const BACKUP_CONSUMER = 'backups';

const backupListeners = new Set<() => void>();

/** Calls `listener` after each backup taken, automatic or not, so a list of them can read them again. */
export function subscribeBackups(listener: () => void): () => void {
  backupListeners.add(listener);
  return () => backupListeners.delete(listener);
}

/** Snapshots the whole journal as an export file. */
export async function takeBackup(store: Safekeeping, reason: BackupReason, now = new Date()): Promise<BackupInfo> {
  const lastChangeSeq = await readLastChangeSeq();
  const backup = valueOf(await store.writeBackup(reason, await exportJournal(now)));
  // A journal in the read-only state still gets its backup; only the cursor is not moved on.
  if (!currentStorageFailure()) await writeChangeCursor(BACKUP_CONSUMER, lastChangeSeq);
  for (const listener of backupListeners) listener();
  return backup;
}

export async function listBackups(store: Safekeeping): Promise<BackupInfo[]> {
  return valueOf(await store.listBackups());
}

export async function readBackup(store: Safekeeping, name: string): Promise<string> {
  return valueOf(await store.readBackup(name));
}

/** What the marker last written says: the change sequence it describes and the record counts it holds. */
export type MarkedJournal = { lastChangeSeq: number; counted: JournalState };

function markedBy(marker: JournalMarker | null): MarkedJournal | null {
  if (!marker) return null;
  return {
    lastChangeSeq: marker.lastChangeSeq,
    counted: { lastChangeSeq: marker.lastChangeSeq, counts: marker.counts },
  };
}

export type CheckpointOutcome = {
  markerWritten: boolean;
  backup: BackupInfo | null;
  /** What the marker now describes: pass it to the next checkpoint. */
  marked: MarkedJournal | null;
};

/**
 * Run after changes and now and then: writes the marker when the journal changed since the last one, and
 * takes the daily backup when one is due. The records are counted again only when the counts the marker
 * holds no longer describe the journal closely enough (countsStillDescribe). Nothing is written once
 * storage has failed: the marker must keep describing the journal as it was last saved whole.
 */
export async function checkpoint(
  store: Safekeeping,
  marked: MarkedJournal | null,
  now = new Date(),
): Promise<CheckpointOutcome> {
  if (currentStorageFailure()) return { markerWritten: false, backup: null, marked };
  const lastChangeSeq = await readLastChangeSeq();
  let markerWritten = false;
  // The first checkpoint after start builds on the marker file: a journal unchanged since is not counted again.
  let nowMarked = marked ?? markedBy(parseJournalMarker(valueOf(await store.readMarker())));
  if (lastChangeSeq !== nowMarked?.lastChangeSeq) {
    const counted =
      nowMarked && countsStillDescribe(nowMarked.counted, lastChangeSeq) ? nowMarked.counted : await readJournalState();
    valueOf(
      await store.writeMarker(JSON.stringify(buildJournalMarker({ lastChangeSeq, counts: counted.counts }, now))),
    );
    nowMarked = { lastChangeSeq, counted };
    markerWritten = true;
  }
  const backups = await listBackups(store);
  const changed = lastChangeSeq > (await readChangeCursor(BACKUP_CONSUMER));
  const due = isDailyBackupDue(backups[0]?.takenAt ?? null, changed, now);
  const backup = due ? await takeBackup(store, 'daily', now) : null;
  // Once a day, with the backup: the feed's entries every consumer has read go (SPEC §3), so it holds about a
  // day of changes and the tombstones, not every change ever made.
  if (backup && !currentStorageFailure()) await compactChanges();
  return { markerWritten, backup, marked: nowMarked };
}

/** On quit: a backup when anything changed since the last one. */
export async function backupBeforeQuit(store: Safekeeping): Promise<BackupInfo | null> {
  const lastChangeSeq = await readLastChangeSeq();
  if (lastChangeSeq <= (await readChangeCursor(BACKUP_CONSUMER))) return null;
  return takeBackup(store, 'quit');
}

export type RestoreOutcome =
  { ok: true; summary: string; safetyBackup: BackupInfo } | { ok: false; problems: string[] };

/**
 * Replaces the journal with a backup: the backup is read and checked whole first, then the journal as it
 * is now is backed up, then the backup is written in one transaction. A backup that cannot be read or
 * checked changes nothing.
 */
export async function restoreBackup(store: Safekeeping, name: string, now = new Date()): Promise<RestoreOutcome> {
  const preview = await previewImport(await readBackup(store, name), 'replace', now);
  if (!preview.ok) return preview;
  const safetyBackup = await takeBackup(store, 'before-restore', now);
  await applyImport(preview.plan);
  return { ok: true, summary: preview.summary, safetyBackup };
}
