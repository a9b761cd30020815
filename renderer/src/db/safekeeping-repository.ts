import { buildJournalMarker, isDailyBackupDue, type BackupInfo, type BackupReason } from '@shared/domain/backups';
import type { Safekeeping } from '@renderer/platform/platform';
import { applyImport, exportJournal, previewImport } from './journal-file-repository';
import { readChangeCursor, writeChangeCursor } from './tables/change-feed';
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
  const { lastChangeSeq } = await readJournalState();
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

export type CheckpointOutcome = {
  markerWritten: boolean;
  backup: BackupInfo | null;
  /** The change sequence the marker now describes: pass it to the next checkpoint. */
  markedSeq: number | null;
};

/**
 * Run after changes and now and then: writes the marker when the journal changed since the last one, and
 * takes the daily backup when one is due. Nothing is written once storage has failed: the marker must
 * keep describing the journal as it was last saved whole.
 */
export async function checkpoint(
  store: Safekeeping,
  markedSeq: number | null,
  now = new Date(),
): Promise<CheckpointOutcome> {
  if (currentStorageFailure()) return { markerWritten: false, backup: null, markedSeq };
  const state = await readJournalState();
  let markerWritten = false;
  if (state.lastChangeSeq !== markedSeq) {
    valueOf(await store.writeMarker(JSON.stringify(buildJournalMarker(state, now))));
    markerWritten = true;
  }
  const backups = await listBackups(store);
  const changed = state.lastChangeSeq > (await readChangeCursor(BACKUP_CONSUMER));
  const due = isDailyBackupDue(backups[0]?.takenAt ?? null, changed, now);
  const backup = due ? await takeBackup(store, 'daily', now) : null;
  return { markerWritten, backup, markedSeq: state.lastChangeSeq };
}

/** On quit: a backup when anything changed since the last one. */
export async function backupBeforeQuit(store: Safekeeping): Promise<BackupInfo | null> {
  const { lastChangeSeq } = await readJournalState();
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
