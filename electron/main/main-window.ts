import { BrowserWindow } from 'electron';
import { hardenWebContents } from './security';
import type { TrustedOrigins } from './trusted-url';

export type MainWindowOptions = {
  preloadPath: string;
  entryUrl: string;
  origins: TrustedOrigins;
  openExternal: (url: string) => void;
};

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
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
  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.entryUrl);
  return window;
}
