import { promises as fs } from 'node:fs';
import path from 'node:path';
import {
  backupFileName,
  backupsToDelete,
  parseBackupFileName,
  parseJournalMarker,
  type BackupInfo,
  type BackupReason,
} from '@shared/domain/backups';
import { writeFileAtomically } from './atomic-file';

// The files the desktop keeps outside IndexedDB (SPEC §7): automatic backups in `<userData>/backups/`
// and the journal marker in `<userData>/journal-marker.json`. Every path is made here from the
// user-data folder and a name this module checks; the page only ever names a backup, never a path.

export const BACKUPS_FOLDER = 'backups';
export const MARKER_FILE = 'journal-marker.json';

export type JournalFiles = {
  /** The backups in the folder, newest first; files this app did not name are left out. */
  listBackups(): Promise<BackupInfo[]>;
  /** Writes a backup taken at `now`, then deletes what rotation no longer keeps. */
  writeBackup(reason: BackupReason, text: string, now: Date): Promise<BackupInfo>;
  readBackup(name: string): Promise<string>;
  /** The marker's text; `null` when there is no marker file. */
  readMarker(): Promise<string | null>;
  /** Replaces the marker; refuses text that is not a marker. */
  writeMarker(text: string): Promise<void>;
};

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function newestFirst(a: BackupInfo, b: BackupInfo): number {
  return Date.parse(b.takenAt) - Date.parse(a.takenAt) || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
}

export function createJournalFiles(userDataFolder: string): JournalFiles {
  const backupsFolder = path.join(userDataFolder, BACKUPS_FOLDER);
  const markerPath = path.join(userDataFolder, MARKER_FILE);

  /** The path of a backup, only for a name this app could have written: never a way out of the folder. */
  const backupPath = (name: string): string => {
    if (parseBackupFileName(name) === null) throw new Error('That is not the name of an Upstream backup.');
    return path.join(backupsFolder, name);
  };

  const listBackups = async (): Promise<BackupInfo[]> => {
    let entries;
    try {
      entries = await fs.readdir(backupsFolder, { withFileTypes: true });
    } catch (error) {
      if (isMissingFile(error)) return [];
      throw error;
    }
    const backups: BackupInfo[] = [];
    for (const entry of entries) {
      const parsed = parseBackupFileName(entry.name);
      // Folders and links are not backups, whatever their names.
      if (parsed === null || !entry.isFile()) continue;
      try {
        const { size } = await fs.stat(path.join(backupsFolder, entry.name));
        backups.push({ name: entry.name, ...parsed, bytes: size });
      } catch (error) {
        // Rotation running at the same time may have just deleted it.
        if (!isMissingFile(error)) throw error;
      }
    }
    return backups.sort(newestFirst);
  };

  /**
   * Deletes what `backupsToDelete` names, and nothing else. The backup just written is spared even if
   * rotation names it, which only happens when the clock went back: it may be the one the user needs.
   */
  const rotate = async (justWritten: string): Promise<void> => {
    for (const backup of backupsToDelete(await listBackups())) {
      if (backup.name !== justWritten) await fs.rm(backupPath(backup.name), { force: true });
    }
  };

  return {
    listBackups,

    async writeBackup(reason, text, now) {
      const name = backupFileName(now, reason);
      await fs.mkdir(backupsFolder, { recursive: true, mode: 0o700 });
      await writeFileAtomically(backupPath(name), text);
      try {
        await rotate(name);
      } catch (error) {
        // The backup is safely written; old ones that could not be deleted will be retried next time.
        console.error('Upstream could not delete old backups:', error);
      }
      return { name, takenAt: now.toISOString(), reason, bytes: Buffer.byteLength(text, 'utf8') };
    },

    async readBackup(name) {
      try {
        return await fs.readFile(backupPath(name), 'utf8');
      } catch (error) {
        if (isMissingFile(error)) throw new Error(`There is no backup named ${name}.`, { cause: error });
        throw error;
      }
    },

    async readMarker() {
      try {
        return await fs.readFile(markerPath, 'utf8');
      } catch (error) {
        if (isMissingFile(error)) return null;
        throw error;
      }
    },

    async writeMarker(text) {
      if (parseJournalMarker(text) === null) throw new Error('That is not a journal marker.');
      await fs.mkdir(userDataFolder, { recursive: true });
      await writeFileAtomically(markerPath, text);
    },
  };
}
