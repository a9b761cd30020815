import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import {
  Menu,
  Notification,
  type BrowserWindow,
  app,
  dialog,
  ipcMain,
  net,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import { BEFORE_QUIT_CHANNEL } from '@shared/ipc/contract';
import { buildMenuTemplate } from './app-menu';
import { createReminderScheduler } from './check-in-reminder';
import { createBundleHandler } from './app-protocol';
import { registerIpcHandlers } from './ipc-handlers';
import { createJournalFiles } from './journal-files';
import { createMainWindow } from './main-window';
import { createOperations } from './operations';
import { paperSizeFor, printPageToPdf } from './pdf-window';
import { createQuitHandshake } from './quit-handshake';
import { hardenSession } from './security';
import { WINDOW_STATE_FILE, parseWindowState } from './window-state';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl, isExternalWebLink, type TrustedOrigins } from './trusted-url';

// The app name is part of the user-data path and so of the IndexedDB origin: never change it.
app.setName('Upstream');

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];
const origins: TrustedOrigins = app.isPackaged || !devServerUrl ? {} : { devServerUrl };

// Must run before the app is ready: a standard, secure scheme gets IndexedDB and a stable origin.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;

// Before the app quits, the page is asked to take its quit backup (see quit-handshake.ts).
const quitHandshake = createQuitHandshake({
  askPage: () => {
    if (!mainWindow || mainWindow.isDestroyed()) return false;
    mainWindow.webContents.send(BEFORE_QUIT_CHANNEL);
    return true;
  },
  quit: () => app.quit(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
});

async function confirmExternalLink(url: string): Promise<boolean> {
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url,
  };
  const answer = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options);
  return answer.response === 0;
}

function openLinkAfterConfirming(url: string): void {
  if (!isExternalWebLink(url)) return;
  void confirmExternalLink(url)
    .then((confirmed) => (confirmed ? shell.openExternal(url) : undefined))
    // Nothing awaits a window.open(): without this, a system with no browser (openExternal rejects)
    // or a failed dialog would surface as an unhandled rejection in the main process.
    .catch((error: unknown) => console.error('Upstream could not open a link:', error));
}

function showCheckInNotification(): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({
    title: 'Your weekly check-in is due',
    body: 'Two minutes on burnout, loneliness and who you leaned on this week.',
    silent: false,
  });
  notification.on('click', () => {
    showMainWindow();
    void mainWindow?.webContents.executeJavaScript("window.location.hash = '#/check-in'");
  });
  notification.show();
}

function windowStatePath(): string {
  return path.join(app.getPath('userData'), WINDOW_STATE_FILE);
}

function readWindowState(): string | null {
  try {
    return readFileSync(windowStatePath(), 'utf8');
  } catch {
    return null;
  }
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves half a file. */
function writeWindowState(text: string): void {
  const target = windowStatePath();
  try {
    writeFileSync(`${target}.tmp`, text, 'utf8');
    renameSync(`${target}.tmp`, target);
  } catch (error) {
    console.error('Upstream could not remember the window position:', error);
  }
}

function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow({
    preloadPath,
    entryUrl: origins.devServerUrl ?? APP_ENTRY_URL,
    origins,
    openExternal: openLinkAfterConfirming,
    savedState: parseWindowState(
      readWindowState(),
      screen.getAllDisplays().map((display) => display.workArea),
    ),
    saveState: writeWindowState,
  });
  // On Windows and Linux closing the window quits the app (see window-all-closed), but by then the page
  // is gone: the close becomes a quit from the start, so the page is asked for its quit backup first.
  if (process.platform !== 'darwin') mainWindow.on('close', (event) => quitHandshake.handleWindowClose(event));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showMainWindow);
  app.on('before-quit', (event) => quitHandshake.handleBeforeQuit(event));

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, origins);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ isMac: process.platform === 'darwin', isDev: !app.isPackaged })),
    );
    protocol.handle(
      APP_SCHEME,
      createBundleHandler(rendererDir, (fileUrl) => net.fetch(fileUrl)),
    );
    registerIpcHandlers(
      ipcMain,
      createOperations({
        appVersion: () => app.getVersion(),
        userDataFolder: () => app.getPath('userData'),
        platform: process.platform,
        confirmExternalLink,
        openExternal: (url) => shell.openExternal(url),
        checkInReminder: createReminderScheduler({
          now: () => new Date(),
          notify: showCheckInNotification,
          setTimer: (callback, ms) => setTimeout(callback, ms),
          clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
        }),
        documentsFolder: () => app.getPath('documents'),
        showSaveDialog: (options) =>
          mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
        printToPdf: (page) => printPageToPdf(page, paperSizeFor(app.getLocaleCountryCode())),
        // A quit, not app.exit(): it goes through the before-quit handshake, so the page still takes its
        // quit backup, the window saves its position and storage shuts down the way it does on every quit.
        // The handshake's time limit means a page that does not answer cannot stop the restart.
        relaunch: () => {
          app.relaunch();
          app.quit();
        },
        journalFiles: createJournalFiles(app.getPath('userData')),
        now: () => new Date(),
        pageReadyToQuit: () => quitHandshake.pageIsReady(),
      }),
      (senderUrl) => isAppUrl(senderUrl, origins),
    );
    showMainWindow();
  });
}
