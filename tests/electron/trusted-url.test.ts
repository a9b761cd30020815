import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAllowedRequest, isAppUrl, isExternalWebLink } from '../../electron/main/trusted-url';

// trusted-url.ts imports nothing from Electron, so it runs here as it runs in the app.

const DEV_SERVER = 'http://localhost:5173';
const withDevServer = { devServerUrl: DEV_SERVER };

/** URLs that must never count as the app, nor be fetched by the renderer session. */
const HOSTILE = [
  'upstream://app.evil/',
  'upstream://app.evil/index.html',
  'upstream://evil/',
  'upstream://evil/app/index.html',
  'upstream://app:8080/index.html',
  'upstream://APP/index.html',
  'upstream:app/index.html',
  'https://app/',
  'https://app/index.html',
  'http://app/index.html',
  'http://localhost:5173@evil.com/',
  'http://localhost:5173.evil.com/',
  'http://evil.com/?next=upstream://app/',
  'https://evil.com/#upstream://app/index.html',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/',
  'https://example.com',
  'https://example.com/upstream://app/',
  'ws://evil:5173',
  'wss://localhost:5173',
  '',
  ' ',
  'upstream',
  'app/index.html',
  '/index.html',
  'not a url',
  '//app/index.html',
];

describe('isAppUrl', () => {
  it.each([APP_ENTRY_URL, 'upstream://app/index.html', 'upstream://app/', 'upstream://app/assets/x.js'])(
    'accepts the app page %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
      expect(isAppUrl(url, withDevServer)).toBe(true);
    },
  );

  it.each(HOSTILE)('rejects %j without a dev server', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each(HOSTILE)('rejects %j with a dev server', (url) => {
    expect(isAppUrl(url, withDevServer)).toBe(false);
  });

  it('accepts the dev server origin only when one is given', () => {
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', withDevServer)).toBe(true);
    expect(isAppUrl('http://localhost:5173/src/main.tsx?t=1', withDevServer)).toBe(true);
  });

  it.each(['http://localhost:5174/', 'https://localhost:5173/', 'http://127.0.0.1:5173/', 'http://localhost/'])(
    'rejects %s, which is not the dev server origin',
    (url) => {
      expect(isAppUrl(url, withDevServer)).toBe(false);
    },
  );

  it('trusts nothing extra when the dev server URL is itself garbage', () => {
    expect(isAppUrl('http://localhost:5173/', { devServerUrl: 'not a url' })).toBe(false);
    expect(isAppUrl(APP_ENTRY_URL, { devServerUrl: 'not a url' })).toBe(true);
  });
});

describe('isAllowedRequest', () => {
  it.each([
    'upstream://app/index.html',
    'upstream://app/assets/x.js',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:,',
    'blob:upstream://app/3b1f8a2e-1111-4c1e-9a57-6a3d5e0c7f10',
  ])('lets the renderer load %s', (url) => {
    expect(isAllowedRequest(url)).toBe(true);
  });

  it.each(HOSTILE)('cancels %j without a dev server', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
  });

  it.each(HOSTILE)('cancels %j with a dev server', (url) => {
    expect(isAllowedRequest(url, withDevServer)).toBe(false);
  });

  it.each([
    'http://127.0.0.1:9/',
    'https://fonts.googleapis.com/css2?family=Inter',
    'https://telemetry.example.com/collect',
    'ftp://example.com/file',
  ])('cancels network request %s', (url) => {
    expect(isAllowedRequest(url)).toBe(false);
    expect(isAllowedRequest(url, withDevServer)).toBe(false);
  });

  it('allows the dev server and its hot-reload socket only when a dev server is given', () => {
    for (const url of ['http://localhost:5173/src/main.tsx', 'ws://localhost:5173/', 'ws://localhost:5173/?token=x']) {
      expect(isAllowedRequest(url)).toBe(false);
      expect(isAllowedRequest(url, withDevServer)).toBe(true);
    }
  });

  it.each(['ws://localhost:5174/', 'ws://evil.com:5173/', 'ws://localhost:5173@evil.com/'])(
    'cancels socket %s, which is not the dev server',
    (url) => {
      expect(isAllowedRequest(url, withDevServer)).toBe(false);
    },
  );
});

describe('isExternalWebLink', () => {
  it.each(['https://example.com', 'http://example.com/path?q=1', 'HTTPS://EXAMPLE.COM/'])('is true for %s', (url) => {
    expect(isExternalWebLink(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'upstream://app/index.html',
    'mailto:someone@example.com',
    'ftp://example.com/',
    'data:text/html,<script>alert(1)</script>',
    'not a url',
    '',
  ])('is false for %j', (url) => {
    expect(isExternalWebLink(url)).toBe(false);
  });
});
