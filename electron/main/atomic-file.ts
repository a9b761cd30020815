import { randomUUID } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';

/** The file-system calls the write makes; tests pass one that fails on purpose. */
export type AtomicWriteFileSystem = Pick<typeof nodeFs, 'open' | 'rename' | 'rm'>;

export type AtomicWriteOptions = {
  fileSystem?: AtomicWriteFileSystem;
  platform?: NodeJS.Platform;
};

/**
 * Replaces `filePath` with `contents` (text, written as UTF-8, or bytes such as a PDF) so that, whatever
 * happens (a crash, a power cut, a full disk), the file holds either its old content or the whole new one,
 * never half of it (SPEC §7). The contents go to a temporary file in the same folder (a rename is only
 * atomic within one file system), which is flushed to disk before it is renamed over the target; then the
 * folder is flushed, so the rename itself survives a power cut. On failure the temporary file is removed
 * and the error rethrown; the target is untouched unless only the last step (flushing the folder) failed,
 * in which case the new contents are in place but not yet known to be on disk, and that is reported too.
 */
export async function writeFileAtomically(
  filePath: string,
  contents: string | Uint8Array,
  { fileSystem = nodeFs, platform = process.platform }: AtomicWriteOptions = {},
): Promise<void> {
  const folder = path.dirname(filePath);
  // Unique, so two writes of the same file at once never share a temporary file.
  const tempPath = path.join(folder, `.${path.basename(filePath)}.${randomUUID()}.tmp`);
  try {
    // `wx` never opens an existing file; 0o600 because the journal is private (Windows ignores it).
    const file = await fileSystem.open(tempPath, 'wx', 0o600);
    try {
      await file.writeFile(contents, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await fileSystem.rename(tempPath, filePath);
    // Windows cannot open a folder as a file (Node gives EISDIR/EPERM), so its entry cannot be flushed
    // there; NTFS records the rename in its own journal instead.
    if (platform !== 'win32') {
      const folderHandle = await fileSystem.open(folder, 'r');
      try {
        await folderHandle.sync();
      } finally {
        await folderHandle.close();
      }
    }
  } catch (error) {
    // After the rename there is no temporary file left (`force` makes that a no-op), and a failure to
    // clean up must not hide the error that matters.
    await fileSystem.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
}
