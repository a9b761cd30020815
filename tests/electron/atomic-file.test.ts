import { promises as fs, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically, type AtomicWriteFileSystem } from '../../electron/main/atomic-file';

// Real files in a real temporary folder. Failures are injected through the `fileSystem` option: a copy
// of Node's own fs whose chosen step fails the way a full disk or a locked file would.

let folder = '';
let target = '';

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'upstream-atomic-'));
  target = path.join(folder, 'journal-marker.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

type Step = 'open temp' | 'write temp' | 'sync temp' | 'close temp' | 'rename' | 'open folder' | 'sync folder';

function diskFull(step: Step): Error {
  return Object.assign(new Error(`ENOSPC: no space left on device (${step})`), { code: 'ENOSPC' });
}

/** Node's fs, recording each step of the write in order, and failing at `failAt` if given. */
function instrumentedFs(steps: Step[], failAt?: Step): AtomicWriteFileSystem {
  const step = (name: Step) => {
    steps.push(name);
    if (name === failAt) throw diskFull(name);
  };
  return {
    rm: fs.rm,
    rename: async (from, to) => {
      step('rename');
      return fs.rename(from, to);
    },
    open: async (file, flags, mode) => {
      const kind = file === folder ? 'folder' : 'temp';
      step(kind === 'folder' ? 'open folder' : 'open temp');
      const handle = await fs.open(file, flags, mode);
      const { writeFile, sync, close } = { writeFile: handle.writeFile, sync: handle.sync, close: handle.close };
      handle.writeFile = async (data, options) => {
        steps.push('write temp');
        if (failAt === 'write temp') {
          // Half the text reaches the disk before it fills up.
          await writeFile.call(handle, String(data).slice(0, String(data).length / 2), options);
          throw diskFull('write temp');
        }
        return writeFile.call(handle, data, options);
      };
      handle.sync = async () => {
        step(kind === 'folder' ? 'sync folder' : 'sync temp');
        return sync.call(handle);
      };
      handle.close = async () => {
        await close.call(handle);
        if (kind === 'temp') step('close temp');
      };
      return handle;
    },
  };
}

const OLD = '{"old":true}';
const NEW = `{"new":"${'Dana ✓ 日本語 🌊'.repeat(1000)}"}`;

describe('writeFileAtomically', () => {
  it('writes a new file', async () => {
    await writeFileAtomically(target, NEW);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it('replaces an existing file, longer or shorter', async () => {
    writeFileSync(target, NEW);
    await writeFileAtomically(target, OLD);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    await writeFileAtomically(target, NEW);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it('leaves no temporary file behind', async () => {
    await writeFileAtomically(target, OLD);
    await writeFileAtomically(target, NEW);
    expect(readdirSync(folder)).toEqual(['journal-marker.json']);
  });

  it('writes an empty text', async () => {
    writeFileSync(target, OLD);
    await writeFileAtomically(target, '');
    expect(readFileSync(target, 'utf8')).toBe('');
  });

  it.runIf(process.platform !== 'win32')('makes the file readable by its owner only', async () => {
    await writeFileAtomically(target, OLD);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('ends with one whole text when many writes of the same file overlap', async () => {
    const texts = Array.from({ length: 20 }, (_, index) => `{"write":${index},"pad":"${'x'.repeat(index * 500)}"}`);
    await Promise.all(texts.map((text) => writeFileAtomically(target, text)));
    expect(texts).toContain(readFileSync(target, 'utf8'));
    expect(readdirSync(folder)).toEqual(['journal-marker.json']);
  });

  it('flushes the text before the rename, and the folder after it', async () => {
    const steps: Step[] = [];
    await writeFileAtomically(target, NEW, { fileSystem: instrumentedFs(steps), platform: 'linux' });
    expect(steps).toEqual([
      'open temp',
      'write temp',
      'sync temp',
      'close temp',
      'rename',
      'open folder',
      'sync folder',
    ]);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it('does not try to flush the folder on Windows, where a folder cannot be opened', async () => {
    const steps: Step[] = [];
    await writeFileAtomically(target, NEW, { fileSystem: instrumentedFs(steps), platform: 'win32' });
    expect(steps).toEqual(['open temp', 'write temp', 'sync temp', 'close temp', 'rename']);
    expect(readFileSync(target, 'utf8')).toBe(NEW);
  });

  it.each<[Step, Step[]]>([
    ['open temp', ['open temp']],
    ['write temp', ['open temp', 'write temp', 'close temp']],
    ['sync temp', ['open temp', 'write temp', 'sync temp', 'close temp']],
    ['close temp', ['open temp', 'write temp', 'sync temp', 'close temp']],
    ['rename', ['open temp', 'write temp', 'sync temp', 'close temp', 'rename']],
  ])('keeps the previous content and removes the temporary file when %s fails', async (failAt, expectedSteps) => {
    writeFileSync(target, OLD);
    const steps: Step[] = [];
    await expect(
      writeFileAtomically(target, NEW, { fileSystem: instrumentedFs(steps, failAt), platform: 'linux' }),
    ).rejects.toThrow(`ENOSPC: no space left on device (${failAt})`);
    expect(steps).toEqual(expectedSteps);
    expect(readFileSync(target, 'utf8')).toBe(OLD);
    expect(readdirSync(folder)).toEqual(['journal-marker.json']);
  });

  it('creates nothing when a failed first write had no previous file', async () => {
    await expect(
      writeFileAtomically(target, NEW, { fileSystem: instrumentedFs([], 'sync temp'), platform: 'linux' }),
    ).rejects.toThrow('ENOSPC');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('reports a failure to flush the folder, with the new text in place and nothing left over', async () => {
    writeFileSync(target, OLD);
    await expect(
      writeFileAtomically(target, NEW, { fileSystem: instrumentedFs([], 'sync folder'), platform: 'linux' }),
    ).rejects.toThrow('ENOSPC');
    expect(readFileSync(target, 'utf8')).toBe(NEW);
    expect(readdirSync(folder)).toEqual(['journal-marker.json']);
  });

  it('rejects, and creates nothing, when the folder does not exist', async () => {
    const missing = path.join(folder, 'no-such-folder', 'file.json');
    await expect(writeFileAtomically(missing, NEW)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('rejects when the target is a folder, leaving it as it was', async () => {
    await fs.mkdir(target);
    writeFileSync(path.join(target, 'inside.txt'), 'kept');
    await expect(writeFileAtomically(target, NEW)).rejects.toThrow();
    expect(readFileSync(path.join(target, 'inside.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(folder)).toEqual(['journal-marker.json']);
  });
});
