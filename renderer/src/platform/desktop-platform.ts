import type { ExposedBridge } from '@shared/ipc/contract';
import type { Platform } from './platform';

/** The desktop shell's bridge, exposed by the preload. */
export function createDesktopPlatform(bridge: ExposedBridge): Platform {
  return {
    kind: 'desktop',
    getAppInfo: () => bridge.getAppInfo(),
    openExternalLink: (url) => bridge.openExternalLink(url),
    // The bridge takes text: the shell validates it as such before writing it.
    saveTextFile: async (fileName, file) => bridge.saveTextFile(fileName, await file.text()),
    printToPdf: (fileName, page) => bridge.printBriefToPdf(fileName, page),
    // The shell shows a system notification, which reaches the user even when the window is hidden.
    scheduleCheckInReminder: (at) => bridge.scheduleCheckInReminder(at === null ? null : at.toISOString()),
    restart: () => void bridge.relaunch(),
    safekeeping: {
      location: 'the backups folder inside the data folder',
      readMarker: () => bridge.readJournalMarker(),
      writeMarker: (text) => bridge.writeJournalMarker(text),
      listBackups: () => bridge.listBackups(),
      writeBackup: async (reason, file) => bridge.writeBackup(reason, await file.text()),
      readBackup: (name) => bridge.readBackup(name),
    },
    onBeforeQuit: (listener) =>
      bridge.onBeforeQuit(() => {
        // Quitting goes ahead whatever the listener's outcome: it already said what failed.
        void listener().finally(() => void bridge.readyToQuit());
      }),
  };
}
