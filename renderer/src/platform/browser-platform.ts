import { version } from '../../../package.json';
import { downloadFile } from './download';
import type { Safekeeping } from './platform';
import type { Platform } from './platform';

/** Browser mode: the same operations with what a web page can do. */
export function createBrowserPlatform(): Platform {
  let reminderTimer: number | undefined;
  return {
    kind: 'browser',
    async getAppInfo() {
      return {
        ok: true,
        value: {
          version,
          dataFolder: `This browser's storage for ${window.location.origin}`,
          platform: 'other',
        },
      };
    },
    async openExternalLink(url) {
      // The link rule (zod) is not start-up code: links are shown by the notes' Markdown view, which loaded
      // this rule to draw them, so by the time one is clicked this import is already done.
      const { externalUrlSchema } = await import('@shared/ipc/external-url');
      const parsed = externalUrlSchema.safeParse(url);
      if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'Invalid link.' };
      if (!window.confirm(`Open this link in a new tab?\n\n${parsed.data}`)) return { ok: true, value: 'cancelled' };
      window.open(parsed.data, '_blank', 'noopener,noreferrer');
      return { ok: true, value: 'opened' };
    },
    async saveTextFile(fileName, file) {
      downloadFile(fileName, file);
      return { ok: true, value: 'saved' };
    },
    async printToPdf() {
      // The browser prints the page on screen; window.print() returns once its dialog is closed, and a
      // page cannot tell whether the user printed, saved a PDF or cancelled.
      window.print();
      return { ok: true, value: 'printed' };
    },
    restart: () => window.location.reload(),
    safekeeping: lazyOpfsSafekeeping(),
    // A tab closes without warning; the daily backup and the marker written after changes cover it.
    onBeforeQuit: () => () => undefined,
    async scheduleCheckInReminder(at, onDue) {
      window.clearTimeout(reminderTimer);
      if (at === null) return { ok: true, value: 'cleared' };
      // A page has no system notifications without asking for a permission Upstream never asks
      // for, so the reminder is an in-app banner while the tab is open.
      reminderTimer = window.setTimeout(onDue, Math.max(0, at.getTime() - Date.now()));
      return { ok: true, value: 'scheduled' };
    },
  };
}

/** The OPFS store, loaded with its first use rather than with the start-up JavaScript. */
function lazyOpfsSafekeeping(): Safekeeping {
  const location = "this browser's private file storage for Upstream";
  const store = () => import('./opfs-safekeeping').then((module) => module.createOpfsSafekeeping(location));
  return {
    location,
    readMarker: async () => (await store()).readMarker(),
    writeMarker: async (text) => (await store()).writeMarker(text),
    listBackups: async () => (await store()).listBackups(),
    writeBackup: async (reason, file) => (await store()).writeBackup(reason, file),
    readBackup: async (name) => (await store()).readBackup(name),
  };
}
