import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createBundleHandler, resolveBundleFile } from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';

// app-protocol.ts needs nothing from Electron: the app passes `net.fetch` in as `fetchFile`. Here
// a real bundle folder on disk and Node's own file reading stand in for it.

const bundleDir = mkdtempSync(path.join(tmpdir(), 'upstream-bundle-'));
mkdirSync(path.join(bundleDir, 'assets'));
writeFileSync(path.join(bundleDir, 'index.html'), '<!doctype html><title>Upstream</title>');
writeFileSync(path.join(bundleDir, 'assets', 'a.js'), 'console.log("a");');
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

const inBundle = (...parts: string[]) => path.join(bundleDir, ...parts);

/** Escapes through `..`, encoded separators, other hosts, and URLs that do not parse. */
const REFUSED = [
  'upstream://app/..%2f..%2fetc/passwd',
  'upstream://app/..%2F..%2F..%2Fetc%2Fpasswd',
  'upstream://app/assets/..%2f..%2f..%2fetc/passwd',
  'upstream://app/%2e%2e%2f%2e%2e%2fetc/passwd',
  'upstream://app/x%2f..',
  'upstream://app/%E0%A4%A',
  'upstream://app/%',
  'upstream://app.evil/index.html',
  'upstream://evil/index.html',
  'upstream://app:8080/index.html',
  'https://app/index.html',
  'file:///etc/passwd',
  'not a url',
  '',
];

describe('resolveBundleFile', () => {
  it.each([
    ['upstream://app/', 'index.html'],
    ['upstream://app', 'index.html'],
    ['upstream://app/index.html', 'index.html'],
    ['upstream://app/index.html?from=tray#/people', 'index.html'],
    ['upstream://app/assets/a.js', 'assets/a.js'],
    ['upstream://app/assets/my%20file.js', 'assets/my file.js'],
  ])('maps %s into the bundle', (url, file) => {
    expect(resolveBundleFile(url, bundleDir)).toBe(inBundle(...file.split('/')));
  });

  it.each(REFUSED)('refuses %j', (url) => {
    expect(resolveBundleFile(url, bundleDir)).toBeNull();
  });

  // The URL parser already folds `..` and `%2e%2e` segments before the path is looked at, so these
  // land on a harmless path inside the bundle (which does not exist and so 404s), never on /etc.
  it.each([
    'upstream://app/../../etc/passwd',
    'upstream://app/%2e%2e/%2e%2e/etc/passwd',
    'upstream://app/assets/../../../../etc/passwd',
  ])('keeps %s inside the bundle', (url) => {
    expect(resolveBundleFile(url, bundleDir)).toBe(inBundle('etc', 'passwd'));
  });

  // A backslash is a separator on Windows only. On POSIX `..\..\etc` is one odd file name inside the
  // bundle; on Windows the containment check must refuse it. Either way nothing outside is reached.
  it.each(['upstream://app/..%5c..%5cetc%5cpasswd', 'upstream://app/..%5C..%5C..%5Cwindows%5Cwin.ini'])(
    'never leaves the bundle for encoded backslashes in %s',
    (url) => {
      const file = resolveBundleFile(url, bundleDir);
      if (file !== null) expect(file.startsWith(bundleDir + path.sep)).toBe(true);
      if (path.sep === '\\') expect(file).toBeNull();
    },
  );
});

function readFromDisk(fileUrl: string): Promise<Response> {
  // Stands in for Electron's net.fetch of a file: URL.
  const body = new Uint8Array(readFileSync(fileURLToPath(fileUrl)));
  return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'text/html' } }));
}

describe('createBundleHandler', () => {
  it('serves a bundle file with the app’s CSP and nosniff', async () => {
    const fetchFile = vi.fn(readFromDisk);
    const handle = createBundleHandler(bundleDir, fetchFile);
    const response = await handle(new Request('upstream://app/index.html'));
    expect(fetchFile.mock.calls).toEqual([[pathToFileURL(inBundle('index.html')).toString()]]);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('Content-Type')).toBe('text/html');
    expect(await response.text()).toBe('<!doctype html><title>Upstream</title>');
  });

  it('serves assets from their own path', async () => {
    const fetchFile = vi.fn(readFromDisk);
    const response = await createBundleHandler(bundleDir, fetchFile)(new Request('upstream://app/assets/a.js'));
    expect(fetchFile).toHaveBeenCalledWith(pathToFileURL(inBundle('assets', 'a.js')).toString());
    expect(await response.text()).toBe('console.log("a");');
  });

  it('replaces any CSP the file response carried', async () => {
    const fetchFile = vi.fn(async () => new Response('x', { headers: { 'Content-Security-Policy': 'default-src *' } }));
    const response = await createBundleHandler(bundleDir, fetchFile)(new Request('upstream://app/index.html'));
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('passes a missing file’s status through, still with the CSP', async () => {
    const fetchFile = vi.fn(async () => new Response('gone', { status: 404 }));
    const response = await createBundleHandler(bundleDir, fetchFile)(new Request('upstream://app/nope.js'));
    expect(response.status).toBe(404);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each(REFUSED.filter((url) => URL.canParse(url)))('answers 404 for %s without touching the disk', async (url) => {
    const fetchFile = vi.fn(readFromDisk);
    const response = await createBundleHandler(bundleDir, fetchFile)(new Request(url));
    expect(response.status).toBe(404);
    expect(fetchFile).not.toHaveBeenCalled();
  });
});
