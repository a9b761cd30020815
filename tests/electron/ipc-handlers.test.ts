import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  createHandler,
  registerIpcHandlers,
  type IpcRegistrar,
  type OperationImplementations,
} from '../../electron/main/ipc-handlers';
import { isAppUrl } from '../../electron/main/trusted-url';
import { IPC_CHANNELS, type AppInfo, type BridgeOperation } from '@shared/ipc/contract';
import { EXTERNAL_URL_MAX } from '@shared/ipc/schemas';

// ipc-handlers.ts imports only Electron's types: the registrar (ipcMain in the app) and the events
// are fakes, the trust check is the app's real one.

type Listener = Parameters<IpcRegistrar['handle']>[1];

/** An invoke event as Electron delivers it; only `senderFrame.url` is read. */
function eventFrom(url: string | null): IpcMainInvokeEvent {
  const event = { senderFrame: url === null ? null : { url } };
  return event as unknown as IpcMainInvokeEvent;
}

const APP_EVENT = eventFrom('upstream://app/index.html');
const isTrustedSender = (url: string) => isAppUrl(url);

const APP_INFO: AppInfo = { version: '1.2.3', dataFolder: '/home/dana/.config/Upstream', platform: 'linux' };

function implementations() {
  return {
    getAppInfo: vi.fn<OperationImplementations['getAppInfo']>(async () => APP_INFO),
    openExternalLink: vi.fn<OperationImplementations['openExternalLink']>(async () => 'opened' as const),
    scheduleCheckInReminder: vi.fn<OperationImplementations['scheduleCheckInReminder']>(
      async () => 'scheduled' as const,
    ),
  } satisfies OperationImplementations;
}

function register() {
  const handlers = new Map<string, Listener[]>();
  const ipc: IpcRegistrar = {
    handle: (channel, listener) => handlers.set(channel, [...(handlers.get(channel) ?? []), listener]),
  };
  const impl = implementations();
  registerIpcHandlers(ipc, impl, isTrustedSender);
  const invoke = (operation: BridgeOperation, event: IpcMainInvokeEvent, ...args: unknown[]) => {
    const [listener] = handlers.get(IPC_CHANNELS[operation]) ?? [];
    if (!listener) throw new Error(`no handler for ${operation}`);
    return listener(event, ...args);
  };
  return { handlers, impl, invoke };
}

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract exactly once, and nothing else', () => {
    const { handlers } = register();
    expect([...handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    for (const listeners of handlers.values()) expect(listeners).toHaveLength(1);
  });

  it('routes each channel to its own operation', async () => {
    const { impl, invoke } = register();
    await expect(invoke('getAppInfo', APP_EVENT)).resolves.toEqual({ ok: true, value: APP_INFO });
    expect(impl.getAppInfo).toHaveBeenCalledOnce();
    expect(impl.openExternalLink).not.toHaveBeenCalled();
    await expect(invoke('openExternalLink', APP_EVENT, 'https://example.com/')).resolves.toEqual({
      ok: true,
      value: 'opened',
    });
    expect(impl.openExternalLink.mock.calls).toEqual([['https://example.com/']]);
    expect(impl.getAppInfo).toHaveBeenCalledOnce();
  });

  it.each([
    'https://evil.com/',
    'upstream://app.evil/index.html',
    'http://localhost:5173/',
    'file:///home/dana/attack.html',
    'about:blank',
    '',
  ])('refuses every operation when the sender is %j', async (url) => {
    const { impl, invoke } = register();
    for (const [operation, args] of [
      ['getAppInfo', []],
      ['openExternalLink', ['https://example.com/']],
    ] as const) {
      await expect(invoke(operation, eventFrom(url), ...args)).resolves.toEqual({
        ok: false,
        error: 'This request did not come from Upstream.',
      });
    }
    expect(impl.getAppInfo).not.toHaveBeenCalled();
    expect(impl.openExternalLink).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame is gone', async () => {
    const { impl, invoke } = register();
    await expect(invoke('getAppInfo', eventFrom(null))).resolves.toMatchObject({ ok: false });
    expect(impl.getAppInfo).not.toHaveBeenCalled();
  });
});

describe('createHandler: openExternalLink arguments', () => {
  const pollutedPayload: unknown = JSON.parse('{"__proto__": {"polluted": true}, "url": "https://example.com"}');

  it.each<[string, unknown[], string | RegExp]>([
    ['no arguments', [], 'Give exactly one link to open.'],
    ['two arguments', ['https://example.com/', 'https://evil.com/'], 'Give exactly one link to open.'],
    ['a number', [42], 'A link must be text.'],
    ['null', [null], 'A link must be text.'],
    ['undefined', [undefined], 'A link must be text.'],
    ['an object with toString', [{ toString: () => 'https://example.com/' }], 'A link must be text.'],
    ['a __proto__ payload', [pollutedPayload], 'A link must be text.'],
    ['an array of a URL', [['https://example.com/']], 'A link must be text.'],
    ['a String object', [Object('https://example.com/')], 'A link must be text.'],
    ['javascript:alert(1)', ['javascript:alert(1)'], 'Only http and https links can be opened.'],
    ['file:///etc/passwd', ['file:///etc/passwd'], 'Only http and https links can be opened.'],
    ['upstream://app/index.html', ['upstream://app/index.html'], 'Only http and https links can be opened.'],
    ['smb://evil/share', ['smb://evil/share'], 'Only http and https links can be opened.'],
    ['data:text/html', ['data:text/html,<script>alert(1)</script>'], 'Only http and https links can be opened.'],
    ['an empty string', [''], 'Only http and https links can be opened.'],
    ['not a URL', ['example dot com'], 'Only http and https links can be opened.'],
    ['https:// with no host', ['https://'], 'Only http and https links can be opened.'],
    ['a 3 KB URL', [`https://example.com/${'a'.repeat(3000)}`], 'That link is too long.'],
    [
      'a URL one character too long',
      [`https://example.com/${'a'.repeat(EXTERNAL_URL_MAX - 19)}`],
      'That link is too long.',
    ],
  ])('refuses %s with a clear error, without calling the implementation', async (_name, args, error) => {
    const openExternalLink = vi.fn<OperationImplementations['openExternalLink']>(async () => 'opened');
    const handle = createHandler('openExternalLink', openExternalLink, isTrustedSender);
    const result = await handle(APP_EVENT, ...args);
    expect(result).toEqual({ ok: false, error: expect.any(String) });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error).toMatch(error);
    expect(openExternalLink).not.toHaveBeenCalled();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('accepts a URL of exactly the maximum length', async () => {
    const url = `https://example.com/${'a'.repeat(EXTERNAL_URL_MAX - 20)}`;
    expect(url).toHaveLength(EXTERNAL_URL_MAX);
    const openExternalLink = vi.fn<OperationImplementations['openExternalLink']>(async () => 'opened');
    const result = await createHandler('openExternalLink', openExternalLink, isTrustedSender)(APP_EVENT, url);
    expect(result).toEqual({ ok: true, value: 'opened' });
    expect(openExternalLink).toHaveBeenCalledWith(url);
  });

  // The schema accepts credentials in a link. That is the current contract: the confirmation dialog
  // shows the whole URL, user-info included, before anything opens.
  it('passes a link with user-info to the implementation, which asks the user first', async () => {
    const openExternalLink = vi.fn<OperationImplementations['openExternalLink']>(async () => 'cancelled');
    const handle = createHandler('openExternalLink', openExternalLink, isTrustedSender);
    await expect(handle(APP_EVENT, 'https://user:pw@x.com')).resolves.toEqual({ ok: true, value: 'cancelled' });
    expect(openExternalLink.mock.calls).toEqual([['https://user:pw@x.com']]);
  });

  it('answers { ok: true, value } for a valid link', async () => {
    const openExternalLink = vi.fn<OperationImplementations['openExternalLink']>(async () => 'opened');
    const handle = createHandler('openExternalLink', openExternalLink, isTrustedSender);
    await expect(handle(APP_EVENT, 'https://example.com/a?b=c')).resolves.toEqual({ ok: true, value: 'opened' });
    expect(openExternalLink.mock.calls).toEqual([['https://example.com/a?b=c']]);
  });
});

describe('createHandler: getAppInfo arguments', () => {
  it.each([[['extra']], [[undefined]], [[{}]]])('refuses unexpected arguments %j', async (args) => {
    const getAppInfo = vi.fn<OperationImplementations['getAppInfo']>(async () => APP_INFO);
    const result = await createHandler('getAppInfo', getAppInfo, isTrustedSender)(APP_EVENT, ...args);
    expect(result).toEqual({ ok: false, error: 'This takes no arguments.' });
    expect(getAppInfo).not.toHaveBeenCalled();
  });
});

describe('createHandler: failures', () => {
  it('turns a thrown Error into { ok: false } with its message', async () => {
    const getAppInfo = vi.fn<OperationImplementations['getAppInfo']>(async () => {
      throw new Error('EACCES: permission denied, open /home/dana/.config/Upstream');
    });
    const result = await createHandler('getAppInfo', getAppInfo, isTrustedSender)(APP_EVENT);
    expect(result).toEqual({
      ok: false,
      error: 'Upstream could not do that: EACCES: permission denied, open /home/dana/.config/Upstream',
    });
  });

  it('turns a synchronous throw of a non-Error into { ok: false }, never a rejection', async () => {
    const openExternalLink: OperationImplementations['openExternalLink'] = () => {
      throw 'no browser found';
    };
    const pending = createHandler(
      'openExternalLink',
      openExternalLink,
      isTrustedSender,
    )(APP_EVENT, 'https://example.com/');
    await expect(pending).resolves.toEqual({ ok: false, error: 'Upstream could not do that: no browser found' });
  });

  it('asks the trust check about the sender frame’s URL and obeys its answer', async () => {
    const trust = vi.fn((_url: string) => false);
    const getAppInfo = vi.fn<OperationImplementations['getAppInfo']>(async () => APP_INFO);
    await createHandler('getAppInfo', getAppInfo, trust)(eventFrom('upstream://app/index.html'));
    expect(trust.mock.calls).toEqual([['upstream://app/index.html']]);
    expect(getAppInfo).not.toHaveBeenCalled();
  });
});

describe('scheduleCheckInReminder arguments', () => {
  it('passes an ISO instant or null through', async () => {
    const { impl, invoke } = register();
    await expect(invoke('scheduleCheckInReminder', APP_EVENT, '2026-11-27T15:00:00.000Z')).resolves.toEqual({
      ok: true,
      value: 'scheduled',
    });
    await invoke('scheduleCheckInReminder', APP_EVENT, null);
    expect(impl.scheduleCheckInReminder.mock.calls).toEqual([['2026-11-27T15:00:00.000Z'], [null]]);
  });

  it.each([
    ['no argument', []],
    ['a date without time', ['2026-11-27']],
    ['a number', [1795000000000]],
    ['words', ['next friday']],
    ['an object', [{ toISOString: () => '2026-11-27T15:00:00.000Z' }]],
    ['two arguments', ['2026-11-27T15:00:00.000Z', 'extra']],
  ])('refuses %s without scheduling anything', async (_case, args) => {
    const { impl, invoke } = register();
    const answer = (await invoke('scheduleCheckInReminder', APP_EVENT, ...args)) as { ok: boolean };
    expect(answer.ok).toBe(false);
    expect(impl.scheduleCheckInReminder).not.toHaveBeenCalled();
  });
});
