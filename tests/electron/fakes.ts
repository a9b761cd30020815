import type { Session, WebContents } from 'electron';
import { expect, vi } from 'vitest';

// Stand-ins for the few Electron objects the hardening code touches. They record the handlers
// the code installs so a test can call them the way Electron would. Each fake is cast to the
// Electron type once, here: the real classes cannot be constructed without the Electron binary.

export type PreventableEvent = { preventDefault: () => void; url?: string };

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: unknown,
) => void;
type PermissionCheckHandler = (
  contents: unknown,
  permission: string,
  requestingOrigin: string,
  details: unknown,
) => boolean;
type DevicePermissionHandler = (details: unknown) => boolean;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type ContentsListener = (event: PreventableEvent, ...args: unknown[]) => void;

export type FakeSession = {
  session: Session;
  permissionRequestHandler?: PermissionRequestHandler | null;
  permissionCheckHandler?: PermissionCheckHandler | null;
  devicePermissionHandler?: DevicePermissionHandler | null;
  beforeRequestListeners: BeforeRequestListener[];
  spellCheckerEnabled?: boolean;
  dictionaryDownloadUrl?: string;
};

export function createFakeSession(): FakeSession {
  const fake: Omit<FakeSession, 'session'> = { beforeRequestListeners: [] };
  const session = {
    setPermissionRequestHandler: (handler: PermissionRequestHandler | null) => {
      fake.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler: (handler: PermissionCheckHandler | null) => {
      fake.permissionCheckHandler = handler;
    },
    setDevicePermissionHandler: (handler: DevicePermissionHandler | null) => {
      fake.devicePermissionHandler = handler;
    },
    setSpellCheckerEnabled: (enabled: boolean) => {
      fake.spellCheckerEnabled = enabled;
    },
    setSpellCheckerDictionaryDownloadURL: (url: string) => {
      fake.dictionaryDownloadUrl = url;
    },
    webRequest: {
      onBeforeRequest: (listener: BeforeRequestListener) => {
        fake.beforeRequestListeners.push(listener);
      },
    },
  };
  return Object.assign(fake, { session: session as unknown as Session });
}

/** Runs a request through every `onBeforeRequest` listener; true when any of them cancels it. */
export function isCancelled(fake: FakeSession, url: string): boolean {
  expect(fake.beforeRequestListeners.length).toBeGreaterThan(0);
  return fake.beforeRequestListeners.some((listener) => {
    let cancel: boolean | undefined;
    listener({ url }, (response) => {
      cancel = response.cancel;
    });
    if (cancel === undefined) throw new Error(`onBeforeRequest did not answer for ${url}`);
    return cancel;
  });
}

export type FakeWebContents = {
  contents: WebContents;
  listeners: Map<string, ContentsListener[]>;
  windowOpenHandler?: WindowOpenHandler;
  /** What main sent to the page with `webContents.send`, one array of channel and arguments per message. */
  sent: unknown[][];
  /** Emits `event` the way Electron does, and says whether a listener called preventDefault(). */
  emit: (event: string, url: string) => boolean;
};

export function createFakeWebContents(): FakeWebContents {
  const listeners = new Map<string, ContentsListener[]>();
  const fake: Omit<FakeWebContents, 'contents'> = {
    listeners,
    sent: [],
    emit: (event, url) => {
      const handlers = listeners.get(event) ?? [];
      if (handlers.length === 0) throw new Error(`nothing listens to ${event}`);
      const details = { url, preventDefault: vi.fn() };
      // Electron passes the URL both on the event and, for compatibility, as the next argument.
      for (const handler of handlers) handler(details, url, false, true);
      return details.preventDefault.mock.calls.length > 0;
    },
  };
  const contents = {
    on: (event: string, listener: ContentsListener) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler: (handler: WindowOpenHandler) => {
      fake.windowOpenHandler = handler;
    },
    send: (channel: string, ...args: unknown[]) => {
      fake.sent.push([channel, ...args]);
    },
  };
  return Object.assign(fake, { contents: contents as unknown as WebContents });
}
