import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isAppUrl } from './trusted-url';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';

/**
 * Maps an `upstream://app/…` URL to a file inside the renderer bundle, or `null` when the URL asks
 * for anything else (another scheme or host, a malformed escape, or a path that climbs out of the
 * bundle).
 */
export function resolveBundleFile(requestUrl: string, bundleDir: string): string | null {
  // No dev-server origins here: the bundle is only ever served from the app's own scheme and host.
  if (!isAppUrl(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null; // A malformed escape such as `%E0%A4%A` throws URIError: answer 404, not a rejection.
  }
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  const root = path.resolve(bundleDir);
  const file = path.resolve(root, relative);
  // Strictly inside: the bundle folder itself (`x%2f..`) is not a file to serve either.
  if (!file.startsWith(root + path.sep)) return null;
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
