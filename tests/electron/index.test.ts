import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent, SaveDialogOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildJournalMarker } from '@shared/domain/backups';
import { perTable } from '@shared/domain/journal-file';
import { BEFORE_QUIT_CHANNEL, IPC_CHANNELS } from '@shared/ipc/contract';
import type { FakeSession, FakeWebContents, PreventableEvent } from './fakes';

// index.ts wires the app together at import time. The whole `electron` module is replaced by
// recording fakes; every module it wires (security, protocol, IPC, operations) is the real one.

type Listener = (...args: unknown[]) => void;
type IpcListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

type FakeWindow = {
  options: BrowserWindowConstructorOptions;
  contents: FakeWebContents;
  /** What `webContents.printToPDF` was asked, one entry per call. */
  printed: unknown[];
  loadURL: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
  focus: ReturnType<typeof vi.fn<() => void>>;
  restore: ReturnType<typeof vi.fn<() => void>>;
  listeners: Map<string, Listener[]>;
  minimized: boolean;
  destroyed: boolean;
};

type AppState = {
  isPackaged: boolean;
  gotLock: boolean;
  appListeners: Map<string, Listener>;
  windows: FakeWindow[];
  ipcHandlers: Map<string, IpcListener>;
  /** The default session of the latest start. */
  session?: FakeSession;
  dialogAnswer: number;
  /** A real folder standing in for the user-data folder, for the tests that write files. */
  userData?: string;
  /** The order of the calls whose order matters. */
  calls: string[];
};

/** What the fake printToPDF returns: the start of a PDF, and bytes that are not text. */
const FAKE_PDF = vi.hoisted(() => new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff, 0x00]));

const fake = vi.hoisted((): AppState => ({
  isPackaged: true,
  gotLock: true,
  appListeners: new Map(),
  windows: [],
  ipcHandlers: new Map(),
  dialogAnswer: 0,
  calls: [],
}));

const electron = vi.hoisted(() => ({
  setName: vi.fn<(name: string) => void>(),
  quit: vi.fn<() => void>(),
  relaunch: vi.fn<() => void>(),
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath: string }>>(),
  registerSchemesAsPrivileged: vi.fn<(schemes: unknown[]) => void>(),
  protocolHandle: vi.fn<(scheme: string, handler: (request: Request) => Promise<Response>) => void>(),
  netFetch: vi.fn<(url: string) => Promise<Response>>(),
  showMessageBox: vi.fn<(...args: unknown[]) => Promise<{ response: number }>>(),
  openExternal: vi.fn<(url: string) => Promise<void>>(),
  setApplicationMenu: vi.fn<(menu: unknown) => void>(),
}));

vi.mock('electron', async () => {
  const { createFakeSession, createFakeWebContents } = await import('./fakes');

  class BrowserWindow {
    readonly webContents;
    readonly loadURL = vi.fn(async (_url: string) => undefined);
    readonly focus = vi.fn<() => void>();
    readonly restore = vi.fn<() => void>();
    private readonly record: FakeWindow;
    constructor(options: BrowserWindowConstructorOptions) {
      const contents = createFakeWebContents();
      const printed: unknown[] = [];
      this.webContents = Object.assign(contents.contents, {
        printToPDF: async (printOptions: unknown) => {
          printed.push(printOptions);
          return FAKE_PDF;
        },
      });
      this.record = {
        options,
        contents,
        printed,
        loadURL: this.loadURL,
        focus: this.focus,
        restore: this.restore,
        listeners: new Map(),
        minimized: false,
        destroyed: false,
      };
      fake.windows.push(this.record);
    }
    on(event: string, listener: Listener): this {
      this.record.listeners.set(event, [...(this.record.listeners.get(event) ?? []), listener]);
      return this;
    }
    once(event: string, listener: Listener): this {
      return this.on(event, listener);
    }
    isDestroyed(): boolean {
      return this.record.destroyed;
    }
    destroy(): void {
      this.record.destroyed = true;
    }
    isMinimized(): boolean {
      return this.record.minimized;
    }
    maximize(): void {}
    isMaximized(): boolean {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1200, height: 800 };
    }
  }

  return {
    BrowserWindow,
    app: {
      get isPackaged() {
        return fake.isPackaged;
      },
      setName: electron.setName,
      getVersion: () => '0.1.0',
      getLocaleCountryCode: () => 'GB',
      getPath: (name: string) =>
        name === 'userData' && fake.userData ? fake.userData : `/home/dana/.config/Upstream/${name}`,
      requestSingleInstanceLock: () => fake.gotLock,
      quit: () => {
        fake.calls.push('quit');
        electron.quit();
      },
      relaunch: () => {
        fake.calls.push('relaunch');
        electron.relaunch();
      },
      on: (event: string, listener: Listener) => {
        fake.appListeners.set(event, listener);
      },
      whenReady: () => {
        fake.calls.push('whenReady');
        return Promise.resolve();
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        fake.calls.push('registerSchemesAsPrivileged');
        electron.registerSchemesAsPrivileged(schemes);
      },
      handle: electron.protocolHandle,
    },
    session: {
      // A fresh session per start, so each test sees only what that start installed.
      get defaultSession() {
        fake.session = createFakeSession();
        return fake.session.session;
      },
    },
    ipcMain: {
      handle: (channel: string, listener: IpcListener) => {
        fake.ipcHandlers.set(channel, listener);
      },
    },
    net: { fetch: electron.netFetch },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: electron.setApplicationMenu,
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    dialog: { showMessageBox: electron.showMessageBox, showSaveDialog: electron.showSaveDialog },
    shell: { openExternal: electron.openExternal },
  };
});

async function startApp(options: { isPackaged?: boolean; gotLock?: boolean; devServerUrl?: string } = {}) {
  fake.isPackaged = options.isPackaged ?? true;
  fake.gotLock = options.gotLock ?? true;
  if (options.devServerUrl) vi.stubEnv('ELECTRON_RENDERER_URL', options.devServerUrl);
  else vi.stubEnv('ELECTRON_RENDERER_URL', undefined);
  await import('../../electron/main/index');
  // Let `app.whenReady().then(…)` run.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function onlyWindow(): FakeWindow {
  expect(fake.windows).toHaveLength(1);
  const [window] = fake.windows;
  if (!window) throw new Error('no window');
  return window;
}

/** Emits a window event the way Electron does; says whether a listener called preventDefault(). */
function emitWindow(window: FakeWindow, event: string): boolean {
  const details: PreventableEvent = { preventDefault: vi.fn() };
  for (const listener of window.listeners.get(event) ?? []) listener(details);
  return vi.mocked(details.preventDefault).mock.calls.length > 0;
}

/** Emits the app's `before-quit`; says whether the quit was held back. */
function emitBeforeQuit(): boolean {
  const listener = fake.appListeners.get('before-quit');
  if (!listener) throw new Error('nothing listens to before-quit');
  const details: PreventableEvent = { preventDefault: vi.fn() };
  listener(details);
  return vi.mocked(details.preventDefault).mock.calls.length > 0;
}

function invoke(channel: string, senderUrl: string, ...args: unknown[]) {
  const handler = fake.ipcHandlers.get(channel);
  if (!handler) throw new Error(`nothing handles ${channel}`);
  const event = { senderFrame: { url: senderUrl } };
  return handler(event as unknown as IpcMainInvokeEvent, ...args);
}

beforeEach(() => {
  vi.resetModules();
  fake.appListeners.clear();
  fake.windows.length = 0;
  fake.ipcHandlers.clear();
  fake.calls.length = 0;
  vi.clearAllMocks();
  electron.showMessageBox.mockImplementation(async () => ({ response: fake.dialogAnswer }));
  electron.openExternal.mockResolvedValue(undefined);
  electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
  fake.dialogAnswer = 0;
});

afterEach(() => {
  vi.unstubAllEnvs();
  if (fake.userData) rmSync(fake.userData, { recursive: true, force: true });
  delete fake.userData;
});

function useRealUserDataFolder(): string {
  fake.userData = mkdtempSync(path.join(tmpdir(), 'upstream-index-'));
  return fake.userData;
}

describe('main process start-up', () => {
  it('quits at once when another instance holds the lock', async () => {
    await startApp({ gotLock: false });
    expect(electron.quit).toHaveBeenCalledOnce();
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcHandlers.size).toBe(0);
  });

  it('names the app and registers its scheme as standard and secure before the app is ready', async () => {
    await startApp();
    expect(electron.setName).toHaveBeenCalledWith('Upstream');
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'upstream', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('whenReady'));
  });

  it('hardens the default session, serves the bundle, registers every channel and opens one window', async () => {
    await startApp();
    const session = fake.session;
    if (!session) throw new Error('no session');
    expect(session.spellCheckerEnabled).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'media', 'upstream://app', {})).toBe(false);
    expect(session.beforeRequestListeners).toHaveLength(1);
    expect(electron.protocolHandle).toHaveBeenCalledWith('upstream', expect.any(Function));
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    const window = onlyWindow();
    expect(window.loadURL).toHaveBeenCalledWith('upstream://app/index.html');
    expect(window.options.webPreferences?.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
  });

  it('serves the bundle through net.fetch with the CSP and refuses paths outside it', async () => {
    await startApp();
    electron.netFetch.mockResolvedValue(new Response('<!doctype html>'));
    const handler = electron.protocolHandle.mock.calls[0]?.[1];
    if (!handler) throw new Error('no protocol handler');
    const served = await handler(new Request('upstream://app/index.html'));
    expect(electron.netFetch.mock.calls[0]?.[0]).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(served.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    const refused = await handler(new Request('upstream://app/..%2f..%2fpackage.json'));
    expect(refused.status).toBe(404);
    expect(electron.netFetch).toHaveBeenCalledOnce();
  });

  it('answers IPC from the app page and refuses every other sender', async () => {
    await startApp();
    await expect(invoke(IPC_CHANNELS.getAppInfo, 'upstream://app/index.html')).resolves.toEqual({
      ok: true,
      value: expect.objectContaining({ version: '0.1.0', dataFolder: '/home/dana/.config/Upstream/userData' }),
    });
    await expect(invoke(IPC_CHANNELS.getAppInfo, 'http://localhost:5173/')).resolves.toMatchObject({ ok: false });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    await startApp({ isPackaged: true, devServerUrl: 'http://localhost:5173' });
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('upstream://app/index.html');
    await expect(invoke(IPC_CHANNELS.getAppInfo, 'http://localhost:5173/')).resolves.toMatchObject({ ok: false });
    expect(onlyWindow().contents.emit('will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it('loads and trusts the dev server during development', async () => {
    await startApp({ isPackaged: false, devServerUrl: 'http://localhost:5173' });
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('http://localhost:5173');
    await expect(invoke(IPC_CHANNELS.getAppInfo, 'http://localhost:5173/')).resolves.toMatchObject({ ok: true });
    await expect(invoke(IPC_CHANNELS.getAppInfo, 'http://localhost:5174/')).resolves.toMatchObject({ ok: false });
  });

  it('focuses the existing window when a second instance starts', async () => {
    await startApp();
    const window = onlyWindow();
    window.minimized = true;
    fake.appListeners.get('second-instance')?.();
    expect(fake.windows).toHaveLength(1);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('opens a new window on activate once the old one is closed', async () => {
    await startApp();
    const first = onlyWindow();
    first.destroyed = true;
    emitWindow(first, 'closed');
    fake.appListeners.get('activate')?.();
    expect(fake.windows).toHaveLength(2);
  });
});

describe('external links', () => {
  async function clickLink(url: string) {
    await startApp();
    const window = onlyWindow();
    expect(window.contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it('asks before opening a web link from window.open, with Cancel as the default', async () => {
    await clickLink('https://example.com/');
    expect(electron.showMessageBox).toHaveBeenCalledOnce();
    // The options come last, after the parent window.
    expect(electron.showMessageBox.mock.calls[0]?.at(-1)).toMatchObject({
      detail: 'https://example.com/',
      buttons: ['Open in browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    expect(electron.openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('opens nothing when the user cancels', async () => {
    fake.dialogAnswer = 1;
    await clickLink('https://example.com/');
    expect(electron.showMessageBox).toHaveBeenCalledOnce();
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'upstream://app/index.html'])(
    'neither asks nor opens for %s',
    async (url) => {
      await clickLink(url);
      expect(electron.showMessageBox).not.toHaveBeenCalled();
      expect(electron.openExternal).not.toHaveBeenCalled();
    },
  );

  it('survives a system that cannot open the link', async () => {
    electron.openExternal.mockRejectedValue(new Error('No application knows how to open the link'));
    const unhandled = vi.fn();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    process.on('unhandledRejection', unhandled);
    try {
      await clickLink('https://example.com/');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(electron.openExternal).toHaveBeenCalledOnce();
      expect(unhandled).not.toHaveBeenCalled();
      expect(logged).toHaveBeenCalledWith('Upstream could not open a link:', expect.any(Error));
    } finally {
      process.off('unhandledRejection', unhandled);
      logged.mockRestore();
    }
  });

  it('goes through the same confirmation over IPC', async () => {
    await startApp();
    fake.dialogAnswer = 1;
    await expect(
      invoke(IPC_CHANNELS.openExternalLink, 'upstream://app/index.html', 'https://example.com/'),
    ).resolves.toEqual({
      ok: true,
      value: 'cancelled',
    });
    fake.dialogAnswer = 0;
    await expect(
      invoke(IPC_CHANNELS.openExternalLink, 'upstream://app/index.html', 'https://example.com/'),
    ).resolves.toEqual({
      ok: true,
      value: 'opened',
    });
    expect(electron.openExternal.mock.calls).toEqual([['https://example.com/']]);
  });
});

describe('quitting', () => {
  const APP_PAGE = 'upstream://app/index.html';

  it('holds the first quit back, asks the page, and quits when the page is ready', async () => {
    await startApp();
    const window = onlyWindow();
    expect(emitBeforeQuit()).toBe(true);
    expect(window.contents.sent).toEqual([[BEFORE_QUIT_CHANNEL]]);
    expect(electron.quit).not.toHaveBeenCalled();
    await expect(invoke(IPC_CHANNELS.readyToQuit, APP_PAGE)).resolves.toEqual({ ok: true, value: 'quitting' });
    expect(electron.quit).toHaveBeenCalledOnce();
    // The quit that follows goes through.
    expect(emitBeforeQuit()).toBe(false);
    expect(window.contents.sent).toHaveLength(1);
  });

  it('quits after 5 seconds when the page does not answer', async () => {
    await startApp();
    vi.useFakeTimers();
    try {
      expect(emitBeforeQuit()).toBe(true);
      vi.advanceTimersByTime(4_999);
      expect(electron.quit).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(electron.quit).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets the quit go at once when there is no window to ask', async () => {
    await startApp();
    const window = onlyWindow();
    window.destroyed = true;
    emitWindow(window, 'closed');
    expect(emitBeforeQuit()).toBe(false);
    expect(window.contents.sent).toEqual([]);
  });

  it('refuses readyToQuit when no quit is waiting, and quits nothing', async () => {
    await startApp();
    await expect(invoke(IPC_CHANNELS.readyToQuit, APP_PAGE)).resolves.toEqual({
      ok: false,
      error: 'Upstream could not do that: Upstream is not quitting.',
    });
    expect(electron.quit).not.toHaveBeenCalled();
  });

  it.runIf(process.platform !== 'darwin')(
    'turns closing the window into a quit where that quits the app, saving the window position',
    async () => {
      const userData = useRealUserDataFolder();
      await startApp();
      const window = onlyWindow();
      expect(emitWindow(window, 'close')).toBe(true);
      expect(electron.quit).toHaveBeenCalledOnce();
      expect(JSON.parse(readFileSync(path.join(userData, 'window-state.json'), 'utf8'))).toMatchObject({ width: 1200 });
    },
  );

  it('relaunches by quitting, so the page is still asked for its quit backup', async () => {
    await startApp();
    await expect(invoke(IPC_CHANNELS.relaunch, APP_PAGE)).resolves.toEqual({ ok: true, value: 'relaunching' });
    expect(fake.calls.filter((call) => call === 'relaunch' || call === 'quit')).toEqual(['relaunch', 'quit']);
  });
});

describe('files', () => {
  const APP_PAGE = 'upstream://app/index.html';

  it('shows the save dialog on the app window, starting in the documents folder', async () => {
    await startApp();
    await expect(invoke(IPC_CHANNELS.saveTextFile, APP_PAGE, 'export.json', '{}')).resolves.toEqual({
      ok: true,
      value: 'cancelled',
    });
    const [parent, options] = electron.showSaveDialog.mock.calls[0] ?? [];
    expect((parent as { webContents?: unknown }).webContents).toBe(onlyWindow().contents.contents);
    expect((options as SaveDialogOptions).defaultPath).toBe(
      path.join('/home/dana/.config/Upstream/documents', 'export.json'),
    );
  });

  it('saves the text where the user chose', async () => {
    const folder = useRealUserDataFolder();
    const chosen = path.join(folder, 'my export.json');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await startApp();
    await expect(invoke(IPC_CHANNELS.saveTextFile, APP_PAGE, 'export.json', '{"people":[]}')).resolves.toEqual({
      ok: true,
      value: 'saved',
    });
    expect(readFileSync(chosen, 'utf8')).toBe('{"people":[]}');
  });

  it('keeps backups and the marker under the user-data folder', async () => {
    const userData = useRealUserDataFolder();
    await startApp();
    const written = (await invoke(IPC_CHANNELS.writeBackup, APP_PAGE, 'manual', '{"format":"upstream-journal"}')) as {
      ok: true;
      value: { name: string };
    };
    expect(written.ok).toBe(true);
    expect(readFileSync(path.join(userData, 'backups', written.value.name), 'utf8')).toBe(
      '{"format":"upstream-journal"}',
    );
    await expect(invoke(IPC_CHANNELS.listBackups, APP_PAGE)).resolves.toEqual({ ok: true, value: [written.value] });
    await expect(invoke(IPC_CHANNELS.readBackup, APP_PAGE, written.value.name)).resolves.toEqual({
      ok: true,
      value: '{"format":"upstream-journal"}',
    });

    const marker = JSON.stringify(buildJournalMarker({ lastChangeSeq: 1, counts: perTable(() => 0) }, new Date()));
    await expect(invoke(IPC_CHANNELS.readJournalMarker, APP_PAGE)).resolves.toEqual({ ok: true, value: null });
    await expect(invoke(IPC_CHANNELS.writeJournalMarker, APP_PAGE, marker)).resolves.toEqual({
      ok: true,
      value: 'written',
    });
    expect(readFileSync(path.join(userData, 'journal-marker.json'), 'utf8')).toBe(marker);
    await expect(invoke(IPC_CHANNELS.readJournalMarker, APP_PAGE)).resolves.toEqual({ ok: true, value: marker });
  });

  it('never reads outside the backups folder, whatever name the page sends', async () => {
    useRealUserDataFolder();
    await startApp();
    await expect(invoke(IPC_CHANNELS.readBackup, APP_PAGE, '../journal-marker.json')).resolves.toEqual({
      ok: false,
      error: 'That is not the name of an Upstream backup.',
    });
  });
});

describe('printing the brief', () => {
  const APP_PAGE = 'upstream://app/index.html#/brief';
  const PAGE = { title: 'Offsite brief', styles: '', body: '<h1>Offsite brief</h1>' };

  it('prints in a second, hidden window, then saves the PDF where the user chose, from a dialog on the app window', async () => {
    const folder = useRealUserDataFolder();
    const chosen = path.join(folder, 'offsite brief.pdf');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    await startApp();
    await expect(invoke(IPC_CHANNELS.printBriefToPdf, APP_PAGE, 'upstream-brief.pdf', PAGE)).resolves.toEqual({
      ok: true,
      value: 'saved',
    });
    expect(fake.windows).toHaveLength(2);
    const [appWindow, printWindow] = fake.windows;
    if (!appWindow || !printWindow) throw new Error('missing window');
    expect(appWindow.printed).toEqual([]);
    expect(appWindow.destroyed).toBe(false);
    expect(printWindow.options.show).toBe(false);
    expect(printWindow.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      javascript: false,
    });
    expect(printWindow.options.webPreferences?.preload).toBeUndefined();
    expect(printWindow.loadURL.mock.calls[0]?.[0]).toMatch(/^data:text\/html;charset=utf-8;base64,/);
    expect(printWindow.printed).toEqual([expect.objectContaining({ pageSize: 'A4' })]);
    expect(printWindow.destroyed).toBe(true);
    const [parent, options] = electron.showSaveDialog.mock.calls[0] ?? [];
    expect((parent as { webContents?: unknown }).webContents).toBe(appWindow.contents.contents);
    expect((options as SaveDialogOptions).filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(new Uint8Array(readFileSync(chosen))).toEqual(FAKE_PDF);
  });

  it('prints nothing for another sender, or for a page that is not one', async () => {
    await startApp();
    await expect(invoke(IPC_CHANNELS.printBriefToPdf, 'https://evil.example/', 'brief.pdf', PAGE)).resolves.toEqual({
      ok: false,
      error: 'This request did not come from Upstream.',
    });
    await expect(
      invoke(IPC_CHANNELS.printBriefToPdf, APP_PAGE, 'brief.pdf', 'https://evil.example/brief.html'),
    ).resolves.toMatchObject({ ok: false });
    expect(fake.windows).toHaveLength(1);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });
});
