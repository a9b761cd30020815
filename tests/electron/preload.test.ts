import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BEFORE_QUIT_CHANNEL, BRIDGE_GLOBAL, IPC_CHANNELS, type BridgeOperation } from '@shared/ipc/contract';

// The preload runs in Electron's sandboxed renderer, where only contextBridge and ipcRenderer
// matter. Both are replaced; the preload module itself is the real one. `on` and `removeListener`
// keep real listener lists, so a test can send a message from main the way Electron delivers it.
type IpcListener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => {
  const listeners = new Map<string, IpcListener[]>();
  return {
    exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
    listeners,
    on: vi.fn((channel: string, listener: IpcListener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    }),
    removeListener: vi.fn((channel: string, listener: IpcListener) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((known) => known !== listener),
      );
    }),
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    on: electron.on,
    removeListener: electron.removeListener,
    send: () => {
      throw new Error('the preload must not use ipcRenderer.send');
    },
  },
}));

/** What main's `webContents.send(channel, ...args)` does in the page: each listener gets an event first. */
function sendFromMain(channel: string, ...args: unknown[]) {
  const event = { sender: { send: () => 'the real ipcRenderer' }, senderId: 0 };
  for (const listener of electron.listeners.get(channel) ?? []) listener(event, ...args);
}

/** Arguments for a call of each operation, as the renderer would make it. */
const SAMPLE_ARGS: Record<BridgeOperation, unknown[]> = {
  getAppInfo: [],
  openExternalLink: ['https://example.com/'],
  scheduleCheckInReminder: ['2026-11-27T15:00:00.000Z'],
  saveTextFile: ['upstream-export-2026-11-20.json', '{"format":"upstream-journal"}'],
  printBriefToPdf: ['upstream-brief-2026-12-02.pdf', { title: 'Offsite brief', styles: '', body: '<h1>Brief</h1>' }],
  relaunch: [],
  readJournalMarker: [],
  writeJournalMarker: ['{"format":"upstream-journal-marker"}'],
  listBackups: [],
  writeBackup: ['quit', '{"format":"upstream-journal"}'],
  readBackup: ['upstream-backup-20261202T031500123Z-daily.json'],
  readyToQuit: [],
};

let exposed: object = {};
let bridge: Record<string, unknown> = {};

beforeAll(async () => {
  await import('../../electron/preload/index');
  expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
  const [key, api] = electron.exposeInMainWorld.mock.calls[0] ?? [];
  expect(key).toBe(BRIDGE_GLOBAL);
  if (typeof api !== 'object' || api === null) throw new Error('the preload exposed no object');
  exposed = api;
  bridge = Object.fromEntries(Object.entries(api));
});

beforeEach(() => {
  electron.invoke.mockReset();
  electron.on.mockClear();
  electron.removeListener.mockClear();
  electron.listeners.clear();
});

describe('preload bridge', () => {
  it('exposes one object under the bridge global, with one function per operation and per event', () => {
    expect(electron.exposeInMainWorld.mock.calls.map(([key]) => key)).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(IPC_CHANNELS), 'onBeforeQuit'].sort());
    for (const value of Object.values(bridge)) expect(value).toBeTypeOf('function');
  });

  it('hands the renderer no way to reach ipcRenderer itself', () => {
    expect(Object.getPrototypeOf(exposed)).toBe(Object.prototype);
    for (const forbidden of [
      'ipcRenderer',
      'invoke',
      'send',
      'sendSync',
      'on',
      'once',
      'removeListener',
      'postMessage',
    ]) {
      expect(exposed).not.toHaveProperty(forbidden);
    }
    for (const value of Object.values(bridge)) expect(value).not.toBe(electron.invoke);
  });

  it.each(Object.keys(IPC_CHANNELS) as BridgeOperation[])(
    '%s invokes its own channel with the arguments given and returns main’s answer',
    async (operation) => {
      const answer = { ok: true, value: `answer for ${operation}` };
      electron.invoke.mockResolvedValueOnce(answer);
      const call = bridge[operation];
      if (typeof call !== 'function') throw new Error(`${operation} is not exposed`);
      await expect(call(...SAMPLE_ARGS[operation])).resolves.toBe(answer);
      expect(electron.invoke.mock.calls).toEqual([[IPC_CHANNELS[operation], ...SAMPLE_ARGS[operation]]]);
    },
  );

  it('forwards only the declared arguments, so the renderer cannot smuggle extra ones to main', async () => {
    electron.invoke.mockResolvedValue({ ok: true, value: null });
    const getAppInfo = bridge['getAppInfo'];
    const openExternalLink = bridge['openExternalLink'];
    if (typeof getAppInfo !== 'function' || typeof openExternalLink !== 'function') throw new Error('missing');
    await getAppInfo('extra');
    await openExternalLink('https://example.com/', 'extra');
    for (const operation of Object.keys(IPC_CHANNELS) as BridgeOperation[]) {
      const call = bridge[operation];
      if (typeof call !== 'function') throw new Error(`${operation} is not exposed`);
      await call(...SAMPLE_ARGS[operation], '/etc/passwd');
    }
    expect(electron.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.getAppInfo],
      [IPC_CHANNELS.openExternalLink, 'https://example.com/'],
      ...(Object.keys(IPC_CHANNELS) as BridgeOperation[]).map((operation) => [
        IPC_CHANNELS[operation],
        ...SAMPLE_ARGS[operation],
      ]),
    ]);
  });
});

describe('onBeforeQuit', () => {
  function subscribe(listener: (...args: unknown[]) => void): () => void {
    const onBeforeQuit = bridge['onBeforeQuit'];
    if (typeof onBeforeQuit !== 'function') throw new Error('onBeforeQuit is not exposed');
    const unsubscribe: unknown = onBeforeQuit(listener);
    if (typeof unsubscribe !== 'function') throw new Error('onBeforeQuit returned no unsubscribe function');
    return () => unsubscribe();
  }

  it('listens on the before-quit channel only, and invokes nothing', () => {
    subscribe(() => undefined);
    expect(electron.on.mock.calls.map(([channel]) => channel)).toEqual([BEFORE_QUIT_CHANNEL]);
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('calls the listener with no arguments: the IPC event never reaches the page', () => {
    const listener = vi.fn();
    subscribe(listener);
    sendFromMain(BEFORE_QUIT_CHANNEL, 'anything main might add');
    expect(listener.mock.calls).toEqual([[]]);
  });

  it('hands the page neither ipcRenderer nor the preload’s own IPC listener', () => {
    subscribe(() => undefined);
    const [[, registered] = []] = electron.on.mock.calls;
    expect(Object.values(bridge)).not.toContain(registered);
    expect(Object.values(bridge)).not.toContain(electron.on);
  });

  it('stops calling the listener once unsubscribed, and removes exactly what it added', () => {
    const listener = vi.fn();
    const unsubscribe = subscribe(listener);
    const [[, registered] = []] = electron.on.mock.calls;
    unsubscribe();
    expect(electron.removeListener.mock.calls).toEqual([[BEFORE_QUIT_CHANNEL, registered]]);
    sendFromMain(BEFORE_QUIT_CHANNEL);
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps each subscription apart', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = subscribe(first);
    subscribe(second);
    unsubscribeFirst();
    sendFromMain(BEFORE_QUIT_CHANNEL);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
  });
});
