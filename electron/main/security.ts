import type { Session, WebContents } from 'electron';
import { isAllowedRequest, isAppUrl, isExternalWebLink, type TrustedOrigins } from './trusted-url';

// Every hardening rule of the shell lives in this module, so a reviewer reads one file.

/** Denies every permission (camera, notifications through the web API, geolocation…). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Cancels every request that is not the app's own bundle. */
export function blockForeignRequests(session: Session, origins: TrustedOrigins): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, origins) });
  });
}

/** Electron's spellchecker downloads dictionaries from the network; Upstream keeps it off. */
export function disableSpellchecker(session: Session): void {
  session.setSpellCheckerEnabled(false);
  session.setSpellCheckerDictionaryDownloadURL('upstream://app/no-dictionaries/');
}

export function hardenSession(session: Session, origins: TrustedOrigins): void {
  denyAllPermissions(session);
  blockForeignRequests(session, origins);
  disableSpellchecker(session);
}

/**
 * Keeps a window on the app: navigation away is cancelled, new windows are denied, and web links
 * go to `openExternal`, which asks the user first.
 */
export function hardenWebContents(
  contents: WebContents,
  origins: TrustedOrigins,
  openExternal: (url: string) => void,
): void {
  const stayInApp = (event: { preventDefault(): void }, url: string): void => {
    if (!isAppUrl(url, origins)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}
