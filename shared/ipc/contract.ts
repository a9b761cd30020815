// The one contract between the renderer and the desktop shell. The preload implements
// `UpstreamBridge` (`satisfies` it), main registers one handler per channel, and both import the
// channel names from here, so an operation that one side lacks is a compile error.

import type { BackupInfo, BackupReason } from '@shared/domain/backups';

/** Every bridge call answers with a result instead of throwing across the process boundary. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type AppInfo = {
  /** The app's version, from package.json. */
  version: string;
  /** The folder that holds the app's data (IndexedDB) and backups. */
  dataFolder: string;
  platform: 'darwin' | 'linux' | 'win32' | 'other';
};

export type ExternalLinkOutcome = 'opened' | 'cancelled';

export type ReminderOutcome = 'scheduled' | 'cleared';

export type SaveFileOutcome = 'saved' | 'cancelled';

/**
 * A page to print (the offsite brief): its title, its stylesheet and the markup of its body. Main puts
 * them into a document of its own, under a Content-Security-Policy that allows no script and no request,
 * so whatever the markup holds, printing it can run nothing and fetch nothing.
 */
export type PrintablePage = { title: string; styles: string; body: string };

export type UpstreamBridge = {
  getAppInfo(): Promise<Result<AppInfo>>;
  /** Opens an http(s) link in the user's browser after they confirm it. */
  openExternalLink(url: string): Promise<Result<ExternalLinkOutcome>>;
  /**
   * Shows a system notification at `at` (an ISO instant) that the weekly check-in is due; `null`
   * cancels it. The renderer computes the moment (shared/domain/check-in-schedule.ts); the shell
   * only keeps the timer, so it fires even when the window is in the background.
   */
  scheduleCheckInReminder(at: string | null): Promise<Result<ReminderOutcome>>;
  /** Asks where to save a file the user takes away (an export) in a system save dialog, then writes it. */
  saveTextFile(suggestedName: string, text: string): Promise<Result<SaveFileOutcome>>;
  /**
   * Prints `page` to a PDF in a hidden window that loads nothing else, then asks where to save it in a
   * system save dialog and writes it there.
   */
  printBriefToPdf(suggestedName: string, page: PrintablePage): Promise<Result<SaveFileOutcome>>;
  /** Quits and starts the app again: the way out of the read-only state after a storage failure. */
  relaunch(): Promise<Result<'relaunching'>>;
  /** The journal marker's text (SPEC §7), kept in a file beside the database; `null` when there is none. */
  readJournalMarker(): Promise<Result<string | null>>;
  /** Replaces the marker, atomically; main checks it is a marker first. */
  writeJournalMarker(text: string): Promise<Result<'written'>>;
  /** The backups in the backups folder, newest first. */
  listBackups(): Promise<Result<BackupInfo[]>>;
  /**
   * Writes a backup (an export file's text) atomically under a name main makes from the time and
   * reason, then deletes what rotation no longer keeps. The page never names a path.
   */
  writeBackup(reason: BackupReason, text: string): Promise<Result<BackupInfo>>;
  /** The text of one backup, named as `listBackups` gave it. */
  readBackup(name: string): Promise<Result<string>>;
  /** Says the page has finished its work before quitting (see `UpstreamEvents.onBeforeQuit`). */
  readyToQuit(): Promise<Result<'quitting'>>;
};

/**
 * What main tells the page, outside the request-and-answer operations. On quit, main asks the page to
 * take its backup, and waits (a few seconds at most) for `readyToQuit`.
 */
export type UpstreamEvents = {
  onBeforeQuit(listener: () => void): () => void;
};

/** Everything the preload exposes on `window`. */
export type ExposedBridge = UpstreamBridge & UpstreamEvents;

export type BridgeOperation = keyof UpstreamBridge;

/** Channel names follow `domain-verb`. */
export const IPC_CHANNELS = {
  getAppInfo: 'app-get-info',
  openExternalLink: 'external-link-open',
  scheduleCheckInReminder: 'check-in-reminder-schedule',
  saveTextFile: 'file-save',
  printBriefToPdf: 'brief-print-to-pdf',
  relaunch: 'app-relaunch',
  readJournalMarker: 'journal-marker-read',
  writeJournalMarker: 'journal-marker-write',
  listBackups: 'backup-list',
  writeBackup: 'backup-write',
  readBackup: 'backup-read',
  readyToQuit: 'app-ready-to-quit',
} as const satisfies Record<BridgeOperation, string>;

/** The channel on which main sends `onBeforeQuit` to the page. */
export const BEFORE_QUIT_CHANNEL = 'app-before-quit';

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'upstream';
