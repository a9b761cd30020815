import type { AppInfo, ExternalLinkOutcome } from '../../shared/ipc/contract';
import type { OperationImplementations } from './ipc-handlers';

/** The OS facilities the operations use, injected so the operations can be tested without Electron. */
export type OperationDependencies = {
  appVersion: () => string;
  userDataFolder: () => string;
  platform: NodeJS.Platform;
  confirmExternalLink: (url: string) => Promise<boolean>;
  openExternal: (url: string) => Promise<void>;
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
  };
}
