import type { BackupInfo, BackupReason } from '@shared/domain/backups';
import type {
  AppInfo,
  ExternalLinkOutcome,
  PrintablePage,
  ReminderOutcome,
  Result,
  SaveFileOutcome,
} from '@shared/ipc/contract';

/** A PDF saved (or its dialog cancelled) on the desktop; the print dialog shown in the browser. */
export type PrintOutcome = SaveFileOutcome | 'printed';

/**
 * Files kept outside IndexedDB (SPEC §7): the journal marker and the automatic backups. The desktop
 * keeps them under the user-data folder; browser mode in the Origin Private File System, which is
 * stored apart from IndexedDB's files, so a database that is reset leaves them.
 */
export type Safekeeping = {
  /** Where the backups are, in words for the user. */
  location: string;
  /** The marker's text; `null` when there is none. */
  readMarker(): Promise<Result<string | null>>;
  writeMarker(text: string): Promise<Result<'written'>>;
  /** Newest first. */
  listBackups(): Promise<Result<BackupInfo[]>>;
  /**
   * Writes a backup (the export file) named from the time and reason, then deletes what rotation no longer
   * keeps.
   */
  writeBackup(reason: BackupReason, file: Blob): Promise<Result<BackupInfo>>;
  readBackup(name: string): Promise<Result<string>>;
};

/**
 * What the renderer needs from the operating system. Two implementations: the desktop bridge
 * (Electron preload) and the browser fallback; tests inject their own.
 */
export type Platform = {
  kind: 'desktop' | 'browser';
  getAppInfo(): Promise<Result<AppInfo>>;
  openExternalLink(url: string): Promise<Result<ExternalLinkOutcome>>;
  /**
   * Reminds the user at `at` that the weekly check-in is due (`null` cancels): a system
   * notification on the desktop, `onDue` (an in-app banner) in the browser.
   */
  scheduleCheckInReminder(at: Date | null, onDue: () => void): Promise<Result<ReminderOutcome>>;
  /**
   * Saves a text file the user takes away (an export, the brief): a save dialog on the desktop, a download in
   * the browser. A Blob, with its media type, because an export of the whole journal is made piece by piece
   * and is never one string on the page.
   */
  saveTextFile(fileName: string, file: Blob): Promise<Result<SaveFileOutcome>>;
  /**
   * Prints a page (the offsite brief) to PDF: on the desktop the shell renders `page` and asks where to
   * save it; a browser opens its print dialog on the page as it is on screen (its print styles hide the
   * rest of the app), where the user can print or save a PDF.
   */
  printToPdf(fileName: string, page: PrintablePage): Promise<Result<PrintOutcome>>;
  /** Starts the app again: a relaunch on the desktop, a reload in the browser. */
  restart(): void;
  safekeeping: Safekeeping;
  /**
   * Runs `listener` when the app is about to quit (the desktop asks, and waits a few seconds for
   * `readyToQuit`); a browser tab gives no such warning, so there it never runs.
   */
  onBeforeQuit(listener: () => Promise<void>): () => void;
};
