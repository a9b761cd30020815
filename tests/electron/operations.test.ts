import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJournalFiles } from '../../electron/main/journal-files';
import { createOperations, type OperationDependencies } from '../../electron/main/operations';
import { buildJournalMarker } from '@shared/domain/backups';
import { perTable } from '@shared/domain/journal-file';
import type { PrintablePage } from '@shared/ipc/contract';

// operations.ts takes its OS access as injected functions (Electron's app, dialog and shell in the
// app), so it runs here with recorded stand-ins and no `electron` import at all. Files are real: the
// backups store and saved files live in a temporary folder.

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'upstream-operations-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const NOW = new Date('2026-11-20T10:00:00.000Z');
/** The start of a PDF and a byte that is not valid UTF-8, so a write as text would change it. */
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xff, 0x00]);
const PAGE: PrintablePage = { title: 'Offsite brief', styles: '', body: '<h1>Offsite brief</h1>' };

function dependencies(overrides: Partial<OperationDependencies> = {}) {
  const calls: string[] = [];
  const deps: OperationDependencies = {
    appVersion: () => '0.1.0',
    userDataFolder: () => '/home/dana/.config/Upstream',
    platform: 'linux',
    confirmExternalLink: vi.fn(async (url: string) => {
      calls.push(`confirm ${url}`);
      return true;
    }),
    openExternal: vi.fn(async (url: string) => {
      calls.push(`open ${url}`);
    }),
    checkInReminder: {
      schedule: vi.fn((at: Date | null) => {
        calls.push(`remind ${at === null ? 'never' : at.toISOString()}`);
      }),
    },
    documentsFolder: () => '/home/dana/Documents',
    showSaveDialog: vi.fn(async (_options: SaveDialogOptions): Promise<SaveDialogReturnValue> => {
      calls.push('save dialog');
      return { canceled: true, filePath: '' };
    }),
    printToPdf: vi.fn(async (page: PrintablePage) => {
      calls.push(`print ${page.title}`);
      return PDF_BYTES;
    }),
    relaunch: vi.fn(() => {
      calls.push('relaunch');
    }),
    journalFiles: createJournalFiles(path.join(folder, 'userData')),
    now: () => NOW,
    pageReadyToQuit: vi.fn(() => true),
    ...overrides,
  };
  return { deps, calls };
}

describe('getAppInfo', () => {
  it('reports the version and the data folder', async () => {
    const { deps } = dependencies();
    await expect(createOperations(deps).getAppInfo()).resolves.toEqual({
      version: '0.1.0',
      dataFolder: '/home/dana/.config/Upstream',
      platform: 'linux',
    });
  });

  it.each<[NodeJS.Platform, string]>([
    ['darwin', 'darwin'],
    ['linux', 'linux'],
    ['win32', 'win32'],
    ['aix', 'other'],
    ['freebsd', 'other'],
    ['openbsd', 'other'],
    ['sunos', 'other'],
    ['android', 'other'],
    ['cygwin', 'other'],
  ])('maps platform %s to %s', async (platform, expected) => {
    const { deps } = dependencies({ platform });
    const info = await createOperations(deps).getAppInfo();
    expect(info.platform).toBe(expected);
  });

  it('reads the version and folder when asked, not when created', async () => {
    let version = '0.1.0';
    const { deps } = dependencies({ appVersion: () => version });
    const operations = createOperations(deps);
    version = '0.2.0';
    expect((await operations.getAppInfo()).version).toBe('0.2.0');
  });
});

describe('openExternalLink', () => {
  it('opens the link only after the user confirms it', async () => {
    const { deps, calls } = dependencies();
    await expect(createOperations(deps).openExternalLink('https://example.com/')).resolves.toBe('opened');
    expect(calls).toEqual(['confirm https://example.com/', 'open https://example.com/']);
  });

  it('returns cancelled and opens nothing when the user declines', async () => {
    const { deps, calls } = dependencies({ confirmExternalLink: async () => false });
    await expect(createOperations(deps).openExternalLink('https://example.com/')).resolves.toBe('cancelled');
    expect(deps.openExternal).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  it('does not open the link before the confirmation has answered', async () => {
    let answer: (confirmed: boolean) => void = () => undefined;
    const { deps } = dependencies({
      confirmExternalLink: () => new Promise<boolean>((resolve) => (answer = resolve)),
    });
    const pending = createOperations(deps).openExternalLink('https://example.com/');
    await Promise.resolve();
    expect(deps.openExternal).not.toHaveBeenCalled();
    answer(true);
    await expect(pending).resolves.toBe('opened');
    expect(deps.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('lets a failure to open reach the IPC layer, which reports it', async () => {
    const { deps } = dependencies({
      openExternal: async () => {
        throw new Error('No application knows how to open https://example.com/');
      },
    });
    await expect(createOperations(deps).openExternalLink('https://example.com/')).rejects.toThrow(
      'No application knows how to open',
    );
  });
});

describe('scheduleCheckInReminder', () => {
  it('hands the moment to the scheduler as a Date, and null to cancel', async () => {
    const { deps, calls } = dependencies();
    const operations = createOperations(deps);
    await expect(operations.scheduleCheckInReminder('2026-11-27T15:00:00.000Z')).resolves.toBe('scheduled');
    await expect(operations.scheduleCheckInReminder(null)).resolves.toBe('cleared');
    expect(calls).toEqual(['remind 2026-11-27T15:00:00.000Z', 'remind never']);
  });
});

describe('saveTextFile', () => {
  const chooses = (filePath: string) => async (): Promise<SaveDialogReturnValue> => ({ canceled: false, filePath });

  it('opens the save dialog in the documents folder with the suggested name and its type', async () => {
    const { deps } = dependencies();
    const operations = createOperations(deps);
    await operations.saveTextFile('upstream-export-2026-11-20.json', '{}');
    await operations.saveTextFile('Brief – Dana.md', '# Brief');
    expect(vi.mocked(deps.showSaveDialog).mock.calls).toEqual([
      [
        {
          defaultPath: path.join('/home/dana/Documents', 'upstream-export-2026-11-20.json'),
          filters: [{ name: 'JSON', extensions: ['json'] }],
          properties: ['showOverwriteConfirmation', 'createDirectory'],
        },
      ],
      [
        {
          defaultPath: path.join('/home/dana/Documents', 'Brief – Dana.md'),
          filters: [{ name: 'Markdown', extensions: ['md'] }],
          properties: ['showOverwriteConfirmation', 'createDirectory'],
        },
      ],
    ]);
  });

  it('writes nothing and says cancelled when the user cancels', async () => {
    const { deps } = dependencies();
    await expect(createOperations(deps).saveTextFile('export.json', '{}')).resolves.toBe('cancelled');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('treats an empty path as cancelled', async () => {
    const { deps } = dependencies({ showSaveDialog: chooses('') });
    await expect(createOperations(deps).saveTextFile('export.json', '{}')).resolves.toBe('cancelled');
  });

  it('writes the text where the user chose, replacing a file already there', async () => {
    const chosen = path.join(folder, 'my journal.json');
    writeFileSync(chosen, 'an older export');
    const { deps } = dependencies({ showSaveDialog: chooses(chosen) });
    const text = '{"people":[{"name":"Dana Ørsted"}]}';
    await expect(createOperations(deps).saveTextFile('export.json', text)).resolves.toBe('saved');
    expect(readFileSync(chosen, 'utf8')).toBe(text);
    expect(readdirSync(folder)).toEqual(['my journal.json']);
  });

  it('lets a failed write reach the IPC layer, which reports it', async () => {
    const { deps } = dependencies({ showSaveDialog: chooses(path.join(folder, 'gone', 'export.json')) });
    await expect(createOperations(deps).saveTextFile('export.json', '{}')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('printBriefToPdf', () => {
  const chooses = (filePath: string) =>
    vi.fn(async (_options: SaveDialogOptions): Promise<SaveDialogReturnValue> => ({ canceled: false, filePath }));

  it('prints the page first, then asks where to save it as a PDF, starting in the documents folder', async () => {
    const chosen = path.join(folder, 'brief.pdf');
    const { deps, calls } = dependencies({
      showSaveDialog: vi.fn(async (options: SaveDialogOptions): Promise<SaveDialogReturnValue> => {
        calls.push(`save dialog ${String(options.defaultPath)}`);
        return { canceled: false, filePath: chosen };
      }),
    });
    await expect(createOperations(deps).printBriefToPdf('upstream-brief-2026-11-20.pdf', PAGE)).resolves.toBe('saved');
    expect(calls).toEqual([
      'print Offsite brief',
      `save dialog ${path.join('/home/dana/Documents', 'upstream-brief-2026-11-20.pdf')}`,
    ]);
    expect(vi.mocked(deps.printToPdf).mock.calls).toEqual([[PAGE]]);
    expect(vi.mocked(deps.showSaveDialog).mock.calls[0]?.[0]).toEqual({
      defaultPath: path.join('/home/dana/Documents', 'upstream-brief-2026-11-20.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
  });

  it('writes the PDF’s bytes exactly, atomically, where the user chose', async () => {
    const chosen = path.join(folder, 'offsite.pdf');
    writeFileSync(chosen, 'an older brief');
    const { deps } = dependencies({ showSaveDialog: chooses(chosen) });
    await expect(createOperations(deps).printBriefToPdf('brief.pdf', PAGE)).resolves.toBe('saved');
    expect(new Uint8Array(readFileSync(chosen))).toEqual(PDF_BYTES);
    expect(readdirSync(folder)).toEqual(['offsite.pdf']);
  });

  it('writes nothing and says cancelled when the user cancels the dialog', async () => {
    const { deps } = dependencies();
    await expect(createOperations(deps).printBriefToPdf('brief.pdf', PAGE)).resolves.toBe('cancelled');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('asks for no place when the page cannot be printed, and lets the failure reach the IPC layer', async () => {
    const { deps } = dependencies({
      printToPdf: vi.fn(async () => {
        throw new Error('This brief is too long to print as one PDF.');
      }),
    });
    await expect(createOperations(deps).printBriefToPdf('brief.pdf', PAGE)).rejects.toThrow('too long');
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('relaunch', () => {
  it('asks the shell to relaunch and says so', async () => {
    const { deps, calls } = dependencies();
    await expect(createOperations(deps).relaunch()).resolves.toBe('relaunching');
    expect(calls).toEqual(['relaunch']);
  });
});

describe('backups and the journal marker', () => {
  const marker = JSON.stringify(buildJournalMarker({ lastChangeSeq: 3, counts: perTable(() => 1) }, NOW));

  it('writes a backup taken now, lists it and reads it back', async () => {
    const { deps } = dependencies();
    const operations = createOperations(deps);
    const written = await operations.writeBackup('before-import', '{"format":"upstream-journal"}');
    expect(written).toMatchObject({
      name: 'upstream-backup-20261120T100000000Z-before-import.json',
      takenAt: NOW.toISOString(),
    });
    await expect(operations.listBackups()).resolves.toEqual([written]);
    await expect(operations.readBackup(written.name)).resolves.toBe('{"format":"upstream-journal"}');
  });

  it('reads no marker before one is written, then the one written', async () => {
    const operations = createOperations(dependencies().deps);
    await expect(operations.readJournalMarker()).resolves.toBeNull();
    await expect(operations.writeJournalMarker(marker)).resolves.toBe('written');
    await expect(operations.readJournalMarker()).resolves.toBe(marker);
  });

  it('refuses a marker that is not one', async () => {
    const operations = createOperations(dependencies().deps);
    await expect(operations.writeJournalMarker('{"format":"upstream-journal"}')).rejects.toThrow(
      'That is not a journal marker.',
    );
    await expect(operations.readJournalMarker()).resolves.toBeNull();
  });
});

describe('readyToQuit', () => {
  it('tells the handshake the page is ready', async () => {
    const { deps } = dependencies();
    await expect(createOperations(deps).readyToQuit()).resolves.toBe('quitting');
    expect(deps.pageReadyToQuit).toHaveBeenCalledOnce();
  });

  it('says so when no quit was waiting for the page', async () => {
    const { deps } = dependencies({ pageReadyToQuit: () => false });
    await expect(createOperations(deps).readyToQuit()).rejects.toThrow('Upstream is not quitting.');
  });
});
