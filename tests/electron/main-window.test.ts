import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../electron/main/main-window';
import type { FakeWebContents } from './fakes';

// The Electron binary cannot run here: BrowserWindow is replaced by a class that records how it is
// built and what is done to it. Everything else (the hardening in security.ts) is the real code.
const windows = vi.hoisted(() => {
  const created: FakeBrowserWindow[] = [];
  return created;
});

type FakeBrowserWindow = {
  options: BrowserWindowConstructorOptions;
  webContentsFake: FakeWebContents;
  loadURL: ReturnType<typeof vi.fn<(url: string) => Promise<void>>>;
  show: ReturnType<typeof vi.fn<() => void>>;
  onceListeners: Map<string, () => void>;
  listeners: Map<string, () => void>;
  maximize: ReturnType<typeof vi.fn<() => void>>;
  /** Whether navigation rules and the window-open handler were in place when the page started loading. */
  hardenedBeforeLoad?: boolean;
};

vi.mock('electron', async () => {
  const { createFakeWebContents: createContents } = await import('./fakes');
  class BrowserWindow {
    readonly webContents;
    readonly loadURL;
    readonly show = vi.fn<() => void>();
    readonly onceListeners = new Map<string, () => void>();
    readonly listeners = new Map<string, () => void>();
    readonly maximize = vi.fn<() => void>();
    maximized = false;
    constructor(options: BrowserWindowConstructorOptions) {
      const webContentsFake = createContents();
      const record: FakeBrowserWindow = {
        options,
        webContentsFake,
        loadURL: vi.fn(async (_url: string) => {
          record.hardenedBeforeLoad =
            webContentsFake.listeners.has('will-navigate') && webContentsFake.windowOpenHandler !== undefined;
        }),
        show: this.show,
        onceListeners: this.onceListeners,
        listeners: this.listeners,
        maximize: this.maximize,
      };
      this.webContents = webContentsFake.contents;
      this.loadURL = record.loadURL;
      windows.push(record);
    }
    once(event: string, listener: () => void): this {
      this.onceListeners.set(event, listener);
      return this;
    }
    on(event: string, listener: () => void): this {
      this.listeners.set(event, listener);
      return this;
    }
    getNormalBounds() {
      return { x: 40, y: 30, width: 1100, height: 700 };
    }
    isMaximized() {
      return this.maximized;
    }
  }
  return { BrowserWindow };
});

const PRELOAD = '/opt/Upstream/resources/app.asar/out/preload/index.cjs';

function openWindow(overrides: Partial<Parameters<typeof createMainWindow>[0]> = {}) {
  const openExternal = vi.fn<(url: string) => void>();
  createMainWindow({
    preloadPath: PRELOAD,
    entryUrl: 'upstream://app/index.html',
    origins: {},
    openExternal,
    savedState: null,
    saveState: () => undefined,
    ...overrides,
  });
  expect(windows).toHaveLength(1);
  const [window] = windows;
  if (!window) throw new Error('no window was created');
  return { window, openExternal };
}

beforeEach(() => {
  windows.length = 0;
});

describe('createMainWindow', () => {
  it('builds the window with the hardened web preferences, literally', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).toEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    });
  });

  it('waits until the page is ready before showing the window', () => {
    const { window } = openWindow();
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.onceListeners.get('ready-to-show')?.();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the entry URL', () => {
    const { window } = openWindow({ entryUrl: 'upstream://app/index.html' });
    expect(window.loadURL.mock.calls).toEqual([['upstream://app/index.html']]);
  });

  it('hardens its web contents before loading the page', () => {
    const { window, openExternal } = openWindow();
    expect(window.hardenedBeforeLoad).toBe(true);
    const contents = window.webContentsFake;
    expect([...contents.listeners.keys()].sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.emit('will-navigate', 'upstream://app/index.html')).toBe(false);
    expect(contents.emit('will-attach-webview', 'upstream://app/index.html')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('passes the trusted origins on to the hardening', () => {
    const { window } = openWindow({
      entryUrl: 'http://localhost:5173/',
      origins: { devServerUrl: 'http://localhost:5173' },
    });
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
    expect(window.webContentsFake.emit('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(window.webContentsFake.emit('will-navigate', 'http://localhost:5174/')).toBe(true);
  });
});

describe('window state', () => {
  it('opens where it was last time, maximized if it was', () => {
    const { window } = openWindow({ savedState: { x: 200, y: 100, width: 1000, height: 700, maximized: true } });
    expect(window.options).toMatchObject({ x: 200, y: 100, width: 1000, height: 700 });
    expect(window.maximize).toHaveBeenCalledTimes(1);
  });

  it('opens at the default size without a saved state', () => {
    const { window } = openWindow();
    expect(window.options).toMatchObject({ width: 1200, height: 800 });
    expect(window.options.x).toBeUndefined();
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('saves its normal bounds as it closes', () => {
    const saveState = vi.fn<(text: string) => void>();
    const { window } = openWindow({ saveState });
    window.listeners.get('close')?.();
    expect(saveState.mock.calls).toEqual([['{"x":40,"y":30,"width":1100,"height":700,"maximized":false}']]);
  });
});
