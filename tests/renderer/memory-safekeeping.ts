import { backupFileName, backupsToDelete, parseBackupFileName, type BackupInfo } from '@shared/domain/backups';
import type { Safekeeping } from '@renderer/platform/platform';

export type MemorySafekeeping = Safekeeping & {
  /** What the store holds, to look at and to arrange in tests. */
  files: { marker: string | null; backups: Map<string, { info: BackupInfo; text: string }> };
  /** Makes every later call fail with this message (`null` heals it). */
  failWith(message: string | null): void;
};

/** Safekeeping in memory, with the same naming and rotation as the real stores. */
export function createMemorySafekeeping(now: () => Date = () => new Date()): MemorySafekeeping {
  const files: MemorySafekeeping['files'] = { marker: null, backups: new Map() };
  let failure: string | null = null;
  const answer = async <T>(value: () => T): Promise<{ ok: true; value: T } | { ok: false; error: string }> => {
    if (failure !== null) return { ok: false, error: failure };
    try {
      return { ok: true, value: value() };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  };
  return {
    files,
    location: 'the test folder',
    failWith: (message) => {
      failure = message;
    },
    readMarker: () => answer(() => files.marker),
    writeMarker: (text) =>
      answer(() => {
        files.marker = text;
        return 'written' as const;
      }),
    listBackups: () =>
      answer(() =>
        [...files.backups.values()]
          .map((backup) => backup.info)
          .sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt)),
      ),
    writeBackup: async (reason, file) => {
      const text = await file.text();
      return answer(() => {
        let takenAt = now();
        // Two backups in one millisecond would share a name; the real stores are never that fast.
        while (files.backups.has(backupFileName(takenAt, reason))) takenAt = new Date(takenAt.getTime() + 1);
        const info = {
          name: backupFileName(takenAt, reason),
          takenAt: takenAt.toISOString(),
          reason,
          bytes: file.size,
        };
        files.backups.set(info.name, { info, text });
        for (const doomed of backupsToDelete([...files.backups.values()].map((backup) => backup.info))) {
          files.backups.delete(doomed.name);
        }
        return info;
      });
    },
    readBackup: (name) =>
      answer(() => {
        const backup = parseBackupFileName(name) ? files.backups.get(name) : undefined;
        if (!backup) throw new Error(`No backup ${name}`);
        return backup.text;
      }),
  };
}
