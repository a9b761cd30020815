// The one contract between the renderer and the desktop shell. The preload implements
// `UpstreamBridge` (`satisfies` it), main registers one handler per channel, and both import the
// channel names from here, so an operation that one side lacks is a compile error.

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
};

export type BridgeOperation = keyof UpstreamBridge;

/** Channel names follow `domain-verb`. */
export const IPC_CHANNELS = {
  getAppInfo: 'app-get-info',
  openExternalLink: 'external-link-open',
  scheduleCheckInReminder: 'check-in-reminder-schedule',
} as const satisfies Record<BridgeOperation, string>;

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'upstream';
