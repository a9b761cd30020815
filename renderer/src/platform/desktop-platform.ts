import type { UpstreamBridge } from '@shared/ipc/contract';
import { downloadTextFile } from './download';
import type { Platform } from './platform';

/** The desktop shell's bridge, exposed by the preload. */
export function createDesktopPlatform(bridge: UpstreamBridge): Platform {
  return {
    kind: 'desktop',
    getAppInfo: () => bridge.getAppInfo(),
    openExternalLink: (url) => bridge.openExternalLink(url),
    async saveTextFile(fileName, text, type) {
      downloadTextFile(fileName, text, type);
      return { ok: true, value: 'saved' };
    },
    // The shell shows a system notification, which reaches the user even when the window is hidden.
    scheduleCheckInReminder: (at) => bridge.scheduleCheckInReminder(at === null ? null : at.toISOString()),
  };
}
