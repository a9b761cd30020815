// The app is served from a custom protocol. Its scheme and host, together with the app name, make
// the IndexedDB origin where every journal lives: changing any of them later would orphan users'
// data. They are chosen once, here.
export const APP_SCHEME = 'upstream';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Where the renderer may load from: the app's own protocol, plus the Vite dev server during
 * `electron-vite dev`. URLs are compared by parsing, never by substring: `upstream://app.evil`
 * or `http://localhost:5173@evil.com` must not pass.
 */
export type TrustedOrigins = {
  devServerUrl?: string;
};

function parse(url: string): URL | null {
  return URL.canParse(url) ? new URL(url) : null;
}

export function isAppUrl(url: string, origins: TrustedOrigins = {}): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  // Custom schemes have an opaque origin ("null") in the URL standard, so compare the parts.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (origins.devServerUrl) {
    const dev = parse(origins.devServerUrl);
    return dev !== null && parsed.origin === dev.origin;
  }
  return false;
}

/**
 * The renderer session may only fetch the app's own bundle (and, in development, talk to the dev
 * server and its hot-reload socket). Everything else is cancelled: Upstream makes no network
 * requests.
 */
export function isAllowedRequest(url: string, origins: TrustedOrigins = {}): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:') {
    return true;
  }
  if (isAppUrl(url, origins)) return true;
  if (origins.devServerUrl && parsed.protocol === 'ws:') {
    const dev = parse(origins.devServerUrl);
    return dev !== null && parsed.host === dev.host;
  }
  return false;
}

/** Links the user may open outside the app, after confirming. */
export function isExternalWebLink(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && (parsed.protocol === 'https:' || parsed.protocol === 'http:');
}
