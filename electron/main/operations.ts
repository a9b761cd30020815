import path from 'node:path';
import type { FileFilter, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import type {
  AppInfo,
  ExternalLinkOutcome,
  PrintablePage,
  ReminderOutcome,
  SaveFileOutcome,
} from '@shared/ipc/contract';
import { writeFileAtomically } from './atomic-file';
import type { ReminderScheduler } from './check-in-reminder';
import type { OperationImplementations } from './ipc-handlers';
import type { JournalFiles } from './journal-files';

/** The OS facilities the operations use, injected so the operations can be tested without Electron. */
export type OperationDependencies = {
  appVersion: () => string;
  userDataFolder: () => string;
  platform: NodeJS.Platform;
  confirmExternalLink: (url: string) => Promise<boolean>;
  openExternal: (url: string) => Promise<void>;
  checkInReminder: ReminderScheduler;
  /** The user's documents folder, where the save dialog starts. */
  documentsFolder: () => string;
  /** Electron's save dialog, shown on the app window. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<SaveDialogReturnValue>;
  /** Renders a page to PDF bytes in a hidden, locked-down window (pdf-window.ts). */
  printToPdf: (page: PrintablePage) => Promise<Uint8Array>;
  /** Quits, and starts the app again once it has quit. */
  relaunch: () => void;
  journalFiles: JournalFiles;
  now: () => Date;
  /** Tells the quit handshake the page is ready; false when no quit is waiting for it. */
  pageReadyToQuit: () => boolean;
};

function toAppPlatform(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'linux' || platform === 'win32' ? platform : 'other';
}

// The schemas only let names ending in .json, .md or (for the brief in print) .pdf through.
const JSON_FILES: FileFilter = { name: 'JSON', extensions: ['json'] };
const MARKDOWN_FILES: FileFilter = { name: 'Markdown', extensions: ['md'] };
const PDF_FILES: FileFilter = { name: 'PDF', extensions: ['pdf'] };

export function createOperations(deps: OperationDependencies): OperationImplementations {
  async function saveWithDialog(
    suggestedName: string,
    filter: FileFilter,
    contents: string | Uint8Array,
  ): Promise<SaveFileOutcome> {
    const choice = await deps.showSaveDialog({
      defaultPath: path.join(deps.documentsFolder(), suggestedName),
      filters: [filter],
      // Linux asks before replacing a file only when told to; macOS and Windows always ask.
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    // The path is the one the user picked in the system dialog, not one the page sent.
    if (choice.canceled || choice.filePath === '') return 'cancelled';
    await writeFileAtomically(choice.filePath, contents);
    return 'saved';
  }

  return {
    async getAppInfo() {
      return {
        version: deps.appVersion(),
        dataFolder: deps.userDataFolder(),
        platform: toAppPlatform(deps.platform),
      };
    },
    async openExternalLink(url): Promise<ExternalLinkOutcome> {
      if (!(await deps.confirmExternalLink(url))) return 'cancelled';
      await deps.openExternal(url);
      return 'opened';
    },
    async scheduleCheckInReminder(at): Promise<ReminderOutcome> {
      deps.checkInReminder.schedule(at === null ? null : new Date(at));
      return at === null ? 'cleared' : 'scheduled';
    },
    async saveTextFile(suggestedName, text): Promise<SaveFileOutcome> {
      return saveWithDialog(suggestedName, path.extname(suggestedName) === '.md' ? MARKDOWN_FILES : JSON_FILES, text);
    },
    async printBriefToPdf(suggestedName, page): Promise<SaveFileOutcome> {
      // Printed before asking where to save, so a page that cannot be printed never asks for a place.
      const pdf = await deps.printToPdf(page);
      return saveWithDialog(suggestedName, PDF_FILES, pdf);
    },
    async relaunch() {
      deps.relaunch();
      return 'relaunching';
    },
    async readJournalMarker() {
      return deps.journalFiles.readMarker();
    },
    async writeJournalMarker(text) {
      await deps.journalFiles.writeMarker(text);
      return 'written';
    },
    async listBackups() {
      return deps.journalFiles.listBackups();
    },
    async writeBackup(reason, text) {
      return deps.journalFiles.writeBackup(reason, text, deps.now());
    },
    async readBackup(name) {
      return deps.journalFiles.readBackup(name);
    },
    async readyToQuit() {
      if (!deps.pageReadyToQuit()) throw new Error('Upstream is not quitting.');
      return 'quitting';
    },
  };
}
