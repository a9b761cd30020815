import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IPC_CHANNELS, type BridgeOperation } from '@shared/ipc/contract';

// The preload runs in Electron's sandboxed renderer, where only contextBridge and ipcRenderer
// matter. Both are replaced; the preload module itself is the real one.
const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    send: () => {
      throw new Error('the preload must not use ipcRenderer.send');
    },
    on: () => {
      throw new Error('the preload must not use ipcRenderer.on');
    },
  },
}));

/** Arguments for a call of each operation, as the renderer would make it. */
const SAMPLE_ARGS: Record<BridgeOperation, unknown[]> = {
  getAppInfo: [],
  openExternalLink: ['https://example.com/'],
  scheduleCheckInReminder: ['2026-11-27T15:00:00.000Z'],
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
});

describe('preload bridge', () => {
  it('exposes one object under the bridge global, with exactly one function per operation', () => {
    expect(electron.exposeInMainWorld.mock.calls.map(([key]) => key)).toEqual([BRIDGE_GLOBAL]);
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
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
    expect(electron.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.getAppInfo],
      [IPC_CHANNELS.openExternalLink, 'https://example.com/'],
    ]);
  });
});
