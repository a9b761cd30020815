import type { AppInfo, ExternalLinkOutcome, ReminderOutcome, Result } from '@shared/ipc/contract';

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
  /** Saves a text file the user takes away (an export): a download. */
  saveTextFile(fileName: string, text: string, type: string): Promise<Result<'saved'>>;
};
