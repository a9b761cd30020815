import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  blockForeignRequests,
  denyAllPermissions,
  disableSpellchecker,
  hardenSession,
  hardenWebContents,
} from '../../electron/main/security';
import { APP_HOST, APP_SCHEME } from '../../electron/main/trusted-url';
import { createFakeSession, createFakeWebContents, isCancelled } from './fakes';

// security.ts imports only Electron's types, so no `vi.mock('electron')` is needed: the Session and
// WebContents it hardens are handed in, and the fakes record what it installs on them.

type Permission = Parameters<NonNullable<Parameters<Session['setPermissionRequestHandler']>[0]>>[1];

/** Every permission Electron 45 can ask about (the union in electron.d.ts). */
const ALL_PERMISSIONS = [
  'ar',
  'automatic-fullscreen',
  'background-fetch',
  'background-sync',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'geolocation-approximate',
  'hand-tracking',
  'hid',
  'idle-detection',
  'keyboardLock',
  'local-fonts',
  'local-network',
  'local-network-access',
  'loopback-network',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'nfc',
  'notifications',
  'openExternal',
  'payment-handler',
  'periodic-background-sync',
  'persistent-storage',
  'pointerLock',
  'screen-wake-lock',
  'sensors',
  'serial',
  'smart-card',
  'speaker-selection',
  'storage-access',
  'system-wake-lock',
  'top-level-storage-access',
  'usb',
  'vr',
  'web-app-installation',
  'web-printing',
  'window-management',
  'unknown',
] as const satisfies readonly Permission[];

const DEV_SERVER = { devServerUrl: 'http://localhost:5173' };

describe('denyAllPermissions', () => {
  it.each(ALL_PERMISSIONS)('refuses a request for %s', (permission) => {
    const fake = createFakeSession();
    denyAllPermissions(fake.session);
    const callback = vi.fn();
    fake.permissionRequestHandler?.({}, permission, callback, { requestingUrl: 'upstream://app/index.html' });
    expect(callback.mock.calls).toEqual([[false]]);
  });

  it.each(ALL_PERMISSIONS)('answers false when %s is checked', (permission) => {
    const fake = createFakeSession();
    denyAllPermissions(fake.session);
    expect(fake.permissionCheckHandler).toBeTypeOf('function');
    expect(fake.permissionCheckHandler?.(null, permission, 'upstream://app', {})).toBe(false);
  });

  it.each(['hid', 'serial', 'usb'])('refuses the %s device permission', (deviceType) => {
    const fake = createFakeSession();
    denyAllPermissions(fake.session);
    expect(fake.devicePermissionHandler).toBeTypeOf('function');
    expect(fake.devicePermissionHandler?.({ deviceType, origin: 'upstream://app', device: {} })).toBe(false);
  });
});

describe('blockForeignRequests', () => {
  it.each([
    'https://example.com/x',
    'http://127.0.0.1:9/',
    'file:///etc/passwd',
    'ws://evil:5173/',
    'upstream://evil/',
  ])('cancels %s', (url) => {
    const fake = createFakeSession();
    blockForeignRequests(fake.session, {});
    expect(isCancelled(fake, url)).toBe(true);
  });

  it.each(['upstream://app/index.html', 'upstream://app/assets/index.js', 'data:,', 'blob:upstream://app/1-2-3'])(
    'lets %s through',
    (url) => {
      const fake = createFakeSession();
      blockForeignRequests(fake.session, {});
      expect(isCancelled(fake, url)).toBe(false);
    },
  );

  it('lets the dev server through only when one is configured', () => {
    const production = createFakeSession();
    blockForeignRequests(production.session, {});
    const development = createFakeSession();
    blockForeignRequests(development.session, DEV_SERVER);
    for (const url of ['http://localhost:5173/src/main.tsx', 'ws://localhost:5173/']) {
      expect(isCancelled(production, url)).toBe(true);
      expect(isCancelled(development, url)).toBe(false);
    }
    expect(isCancelled(development, 'https://example.com/x')).toBe(true);
  });
});

describe('disableSpellchecker', () => {
  it('turns the spellchecker off and points dictionary downloads at the app itself', () => {
    const fake = createFakeSession();
    disableSpellchecker(fake.session);
    expect(fake.spellCheckerEnabled).toBe(false);
    const url = new URL(fake.dictionaryDownloadUrl ?? 'missing:');
    expect(url.protocol).toBe(`${APP_SCHEME}:`);
    expect(url.host).toBe(APP_HOST);
  });
});

describe('hardenSession', () => {
  it('applies every session rule at once', () => {
    const fake = createFakeSession();
    hardenSession(fake.session, {});
    const callback = vi.fn();
    fake.permissionRequestHandler?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.permissionCheckHandler?.(null, 'notifications', 'upstream://app', {})).toBe(false);
    expect(fake.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
    expect(isCancelled(fake, 'https://example.com/x')).toBe(true);
    expect(isCancelled(fake, 'upstream://app/index.html')).toBe(false);
    expect(fake.spellCheckerEnabled).toBe(false);
    expect(fake.dictionaryDownloadUrl).toMatch(/^upstream:\/\/app\//);
  });
});

describe('hardenWebContents', () => {
  function harden(origins = {}) {
    const fake = createFakeWebContents();
    const openExternal = vi.fn<(url: string) => void>();
    hardenWebContents(fake.contents, origins, openExternal);
    return { fake, openExternal };
  }

  it.each(['will-navigate', 'will-redirect'])('%s: stops every foreign URL', (event) => {
    const { fake } = harden();
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'upstream://app.evil/index.html',
      'upstream://evil/',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(fake.emit(event, url), url).toBe(true);
    }
  });

  it.each(['will-navigate', 'will-redirect'])('%s: lets the app move between its own pages', (event) => {
    const { fake } = harden();
    expect(fake.emit(event, 'upstream://app/index.html')).toBe(false);
    expect(fake.emit(event, 'upstream://app/index.html#/people')).toBe(false);
  });

  it('lets the dev server reload itself only when it is the configured origin', () => {
    expect(harden().fake.emit('will-navigate', 'http://localhost:5173/')).toBe(true);
    expect(harden(DEV_SERVER).fake.emit('will-navigate', 'http://localhost:5173/')).toBe(false);
    expect(harden(DEV_SERVER).fake.emit('will-navigate', 'http://localhost:5173@evil.com/')).toBe(true);
  });

  it('prevents every webview from attaching', () => {
    const { fake } = harden();
    expect(fake.emit('will-attach-webview', 'upstream://app/index.html')).toBe(true);
    expect(fake.emit('will-attach-webview', 'https://example.com/')).toBe(true);
  });

  it.each(['https://example.com/', 'http://example.com/a?b=c'])(
    'denies a new window for %s and hands the web link to openExternal',
    (url) => {
      const { fake, openExternal } = harden();
      expect(fake.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
      expect(openExternal.mock.calls).toEqual([[url]]);
    },
  );

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'upstream://app/index.html',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.com',
    'smb://evil/share',
    'not a url',
    '',
  ])('denies a new window for %j without opening anything', (url) => {
    const { fake, openExternal } = harden();
    expect(fake.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });
});
