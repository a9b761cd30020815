import type { AppInfo, ExternalLinkOutcome, Result } from '../../../shared/ipc/contract';

/**
 * What the renderer needs from the operating system. Two implementations: the desktop bridge
 * (Electron preload) and the browser fallback; tests inject their own.
 */
export type Platform = {
  kind: 'desktop' | 'browser';
  getAppInfo(): Promise<Result<AppInfo>>;
  openExternalLink(url: string): Promise<Result<ExternalLinkOutcome>>;
};
