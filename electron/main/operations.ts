import type { AppInfo, ExternalLinkOutcome, ReminderOutcome } from '@shared/ipc/contract';
import type { ReminderScheduler } from './check-in-reminder';
import type { OperationImplementations } from './ipc-handlers';

/** The OS facilities the operations use, injected so the operations can be tested without Electron. */
export type OperationDependencies = {
  appVersion: () => string;
  userDataFolder: () => string;
  platform: NodeJS.Platform;
  confirmExternalLink: (url: string) => Promise<boolean>;
  openExternal: (url: string) => Promise<void>;
  checkInReminder: ReminderScheduler;
};

function toAppPlatform(platform: NodeJS.Platform): AppInfo['platform'] {
  return platform === 'darwin' || platform === 'linux' || platform === 'win32' ? platform : 'other';
}

export function createOperations(deps: OperationDependencies): OperationImplementations {
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
  };
}
