import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_HOST } from './trusted-url';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

/**
 * Maps an `upstream://app/…` URL to a file inside the renderer bundle, or `null` when the URL asks
 * for anything else (another host, or a path that climbs out of the bundle).
 */
export function resolveBundleFile(requestUrl: string, bundleDir: string): string | null {
  if (!URL.canParse(requestUrl)) return null;
  const url = new URL(requestUrl);
  if (url.host !== APP_HOST) return null;
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(bundleDir);
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return file;
}

/**
 * The handler behind `protocol.handle(APP_SCHEME, …)`: serves the bundle with the app's CSP and
 * answers 404 for everything else. `fetchFile` is Electron's `net.fetch` in the app and a stub in
 * tests.
 */
export function createBundleHandler(
  bundleDir: string,
  fetchFile: (fileUrl: string) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const file = resolveBundleFile(request.url, bundleDir);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await fetchFile(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  };
}
