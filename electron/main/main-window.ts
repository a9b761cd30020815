import { BrowserWindow } from 'electron';
import { hardenWebContents } from './security';
import type { TrustedOrigins } from './trusted-url';
import { serializeWindowState, type WindowState } from './window-state';

export type MainWindowOptions = {
  preloadPath: string;
  entryUrl: string;
  origins: TrustedOrigins;
  openExternal: (url: string) => void;
  /** Where the window was last time, or `null` for the default size. */
  savedState: WindowState | null;
  /** Called as the window closes, with the state to save. */
  saveState: (text: string) => void;
};

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: options.savedState?.width ?? 1200,
    height: options.savedState?.height ?? 800,
    ...(options.savedState ? { x: options.savedState.x, y: options.savedState.y } : {}),
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Upstream',
    // Written out literally (no spread) so security scanners can read every setting.
    webPreferences: {
      preload: options.preloadPath,
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
    },
  });
  hardenWebContents(window.webContents, options.origins, options.openExternal);
  if (options.savedState?.maximized) window.maximize();
  window.on('close', () => options.saveState(serializeWindowState(window.getNormalBounds(), window.isMaximized())));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.entryUrl);
  return window;
}
