import { backupFileName, backupsToDelete, parseBackupFileName, type BackupInfo } from '@shared/domain/backups';
import type { Result } from '@shared/ipc/contract';
import type { Safekeeping } from './platform';

// Browser mode's safekeeping in the Origin Private File System (SPEC §7): `upstream/journal-marker.json`
// and `upstream/backups/<backup name>`. OPFS is stored apart from IndexedDB's files, so when Chromium
// resets a database these stay. Each file is written through a writable stream, which replaces the file
// only when it is closed: a write cut short leaves the previous file.

const MARKER_FILE = 'journal-marker.json';

async function folder(...path: string[]): Promise<FileSystemDirectoryHandle> {
  if (!navigator.storage?.getDirectory) throw new Error('This browser has no private file storage.');
  let handle = await navigator.storage.getDirectory();
  for (const name of ['upstream', ...path]) handle = await handle.getDirectoryHandle(name, { create: true });
  return handle;
}

/** Writes the file whole and answers its size in bytes. */
async function writeFile(directory: FileSystemDirectoryHandle, name: string, text: string | Blob): Promise<number> {
  const file = await directory.getFileHandle(name, { create: true });
  const writable = await file.createWritable();
  try {
    await writable.write(text);
    await writable.close();
    return (await file.getFile()).size;
  } catch (error) {
    await writable.abort().catch(() => undefined);
    throw error;
  }
}

async function readFile(directory: FileSystemDirectoryHandle, name: string): Promise<string | null> {
  try {
    return await (await (await directory.getFileHandle(name)).getFile()).text();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'NotFoundError') return null;
    throw error;
  }
}

async function listBackups(directory: FileSystemDirectoryHandle): Promise<BackupInfo[]> {
  const backups: BackupInfo[] = [];
  for await (const [name, handle] of directory.entries()) {
    const parsed = parseBackupFileName(name);
    if (!parsed || handle.kind !== 'file') continue;
    backups.push({ name, ...parsed, bytes: (await (handle as FileSystemFileHandle).getFile()).size });
  }
  return backups.sort((a, b) => Date.parse(b.takenAt) - Date.parse(a.takenAt));
}

async function attempt<T>(action: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    return { ok: false, error: `The browser's private file storage failed: ${(error as Error).message}` };
  }
}

export function createOpfsSafekeeping(location: string): Safekeeping {
  return {
    location,
    readMarker: () => attempt(async () => readFile(await folder(), MARKER_FILE)),
    writeMarker: (text) =>
      attempt(async () => {
        await writeFile(await folder(), MARKER_FILE, text);
        return 'written' as const;
      }),
    listBackups: () => attempt(async () => listBackups(await folder('backups'))),
    writeBackup: (reason, file) =>
      attempt(async () => {
        const directory = await folder('backups');
        const takenAt = new Date();
        const name = backupFileName(takenAt, reason);
        const bytes = await writeFile(directory, name, file);
        for (const doomed of backupsToDelete(await listBackups(directory))) await directory.removeEntry(doomed.name);
        return { name, takenAt: takenAt.toISOString(), reason, bytes };
      }),
    readBackup: (name) =>
      attempt(async () => {
        if (!parseBackupFileName(name)) throw new Error(`${name} is not a backup.`);
        const text = await readFile(await folder('backups'), name);
        if (text === null) throw new Error(`The backup ${name} is no longer there.`);
        return text;
      }),
  };
}
