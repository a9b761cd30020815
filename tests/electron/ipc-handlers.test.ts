import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  createHandler,
  registerIpcHandlers,
  type IpcRegistrar,
  type OperationImplementations,
} from '../../electron/main/ipc-handlers';
import { isAppUrl } from '../../electron/main/trusted-url';
import { BACKUP_REASONS, type BackupInfo } from '@shared/domain/backups';
import { DEFAULT_JOURNAL_LIMITS } from '@shared/domain/journal-file';
import { IPC_CHANNELS, type AppInfo, type BridgeOperation } from '@shared/ipc/contract';
import {
  EXTERNAL_URL_MAX,
  JOURNAL_MARKER_MAX,
  PRINTABLE_BODY_MAX,
  PRINTABLE_STYLES_MAX,
  PRINTABLE_TITLE_MAX,
  SUGGESTED_FILE_NAME_MAX,
} from '@shared/ipc/schemas';

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
const BACKUP_NAME = 'upstream-backup-20261202T031500123Z-daily.json';
const BACKUP: BackupInfo = { name: BACKUP_NAME, takenAt: '2026-12-02T03:15:00.123Z', reason: 'daily', bytes: 2 };
const BRIEF_PDF = 'upstream-brief-2026-12-02.pdf';
const PAGE = { title: 'Offsite brief', styles: '.brief { color: black; }', body: '<h1>Offsite brief</h1>' };

/** Good arguments for each operation, as the page sends them. */
const VALID_ARGS: Record<BridgeOperation, unknown[]> = {
  getAppInfo: [],
  openExternalLink: ['https://example.com/'],
  scheduleCheckInReminder: ['2026-11-27T15:00:00.000Z'],
  saveTextFile: ['upstream-export-2026-11-20.json', '{}'],
  printBriefToPdf: [BRIEF_PDF, PAGE],
  relaunch: [],
  readJournalMarker: [],
  writeJournalMarker: ['{"format":"upstream-journal-marker"}'],
  listBackups: [],
  writeBackup: ['daily', '{}'],
  readBackup: [BACKUP_NAME],
  readyToQuit: [],
};

function implementations() {
  return {
    getAppInfo: vi.fn<OperationImplementations['getAppInfo']>(async () => APP_INFO),
    openExternalLink: vi.fn<OperationImplementations['openExternalLink']>(async () => 'opened' as const),
    scheduleCheckInReminder: vi.fn<OperationImplementations['scheduleCheckInReminder']>(
      async () => 'scheduled' as const,
    ),
    saveTextFile: vi.fn<OperationImplementations['saveTextFile']>(async () => 'saved' as const),
    printBriefToPdf: vi.fn<OperationImplementations['printBriefToPdf']>(async () => 'saved' as const),
    relaunch: vi.fn<OperationImplementations['relaunch']>(async () => 'relaunching' as const),
    readJournalMarker: vi.fn<OperationImplementations['readJournalMarker']>(async () => null),
    writeJournalMarker: vi.fn<OperationImplementations['writeJournalMarker']>(async () => 'written' as const),
    listBackups: vi.fn<OperationImplementations['listBackups']>(async () => [BACKUP]),
    writeBackup: vi.fn<OperationImplementations['writeBackup']>(async () => BACKUP),
    readBackup: vi.fn<OperationImplementations['readBackup']>(async () => '{}'),
    readyToQuit: vi.fn<OperationImplementations['readyToQuit']>(async () => 'quitting' as const),
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
    for (const operation of Object.keys(IPC_CHANNELS) as BridgeOperation[]) {
      await expect(invoke(operation, eventFrom(url), ...VALID_ARGS[operation])).resolves.toEqual({
        ok: false,
        error: 'This request did not come from Upstream.',
      });
    }
    for (const implementation of Object.values(impl)) expect(implementation).not.toHaveBeenCalled();
  });

  it.each(Object.keys(IPC_CHANNELS) as BridgeOperation[])(
    '%s passes good arguments to its implementation and answers with its value',
    async (operation) => {
      const { impl, invoke } = register();
      const answer = await invoke(operation, APP_EVENT, ...VALID_ARGS[operation]);
      expect(answer).toEqual({ ok: true, value: await impl[operation].mock.results[0]?.value });
      expect(impl[operation].mock.calls).toEqual([VALID_ARGS[operation]]);
      for (const [other, implementation] of Object.entries(impl)) {
        if (other !== operation) expect(implementation).not.toHaveBeenCalled();
      }
    },
  );

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

describe('operations without arguments', () => {
  const NO_ARGUMENTS = ['getAppInfo', 'relaunch', 'readJournalMarker', 'listBackups', 'readyToQuit'] as const;

  it.each(
    NO_ARGUMENTS.flatMap((operation) => [
      [operation, ['extra']],
      [operation, [undefined]],
      [operation, [{}]],
    ]),
  )('%s refuses unexpected arguments %j', async (operation, args) => {
    const { impl, invoke } = register();
    await expect(invoke(operation, APP_EVENT, ...args)).resolves.toEqual({
      ok: false,
      error: 'This takes no arguments.',
    });
    expect(impl[operation]).not.toHaveBeenCalled();
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

/** Calls `operation` with `args` and expects a refusal whose message matches `error`, with nothing done. */
async function expectRefusal(operation: BridgeOperation, args: unknown[], error: string | RegExp) {
  const { impl, invoke } = register();
  const result = await invoke(operation, APP_EVENT, ...args);
  expect(result).toEqual({ ok: false, error: expect.any(String) });
  expect((result as { error: string }).error).toMatch(error);
  expect(impl[operation]).not.toHaveBeenCalled();
}

describe('saveTextFile arguments', () => {
  const longest = `${'n'.repeat(SUGGESTED_FILE_NAME_MAX - 5)}.json`;

  it.each(['upstream-export-2026-11-20.json', 'Upstream brief – Dana Ørsted.md', 'journal.backup.json', longest])(
    'passes the name %j and the text to the implementation',
    async (name) => {
      const { impl, invoke } = register();
      await expect(invoke('saveTextFile', APP_EVENT, name, '# Brief\n')).resolves.toEqual({ ok: true, value: 'saved' });
      expect(impl.saveTextFile.mock.calls).toEqual([[name, '# Brief\n']]);
    },
  );

  it.each<[string, unknown[], string]>([
    ['no arguments', [], 'Give a file name and the text to save.'],
    ['a name without text', ['export.json'], 'Give a file name and the text to save.'],
    ['three arguments', ['export.json', '{}', 'extra'], 'Give a file name and the text to save.'],
    ['a number as the name', [42, '{}'], 'A file name must be text.'],
    ['null as the name', [null, '{}'], 'A file name must be text.'],
    ['a climb out of the folder', ['../../.bashrc.json', '{}'], 'A file name cannot name a folder or contain “..”.'],
    ['an absolute path', ['/etc/cron.d/evil.json', '{}'], 'A file name cannot name a folder or contain “..”.'],
    ['a sub-folder', ['exports/journal.json', '{}'], 'A file name cannot name a folder or contain “..”.'],
    ['a Windows path', ['C:\\Users\\dana\\evil.json', '{}'], 'A file name cannot name a folder or contain “..”.'],
    ['a UNC path', ['\\\\evil\\share\\x.json', '{}'], 'A file name cannot name a folder or contain “..”.'],
    ['two dots inside', ['journal..json', '{}'], 'A file name cannot name a folder or contain “..”.'],
    ['a NUL byte', ['export\u0000.json', '{}'], 'A file name cannot contain control characters.'],
    ['a new line', ['export\n.json', '{}'], 'A file name cannot contain control characters.'],
    ['DEL', ['export\u007f.json', '{}'], 'A file name cannot contain control characters.'],
    ['a drive colon', ['C:evil.json', '{}'], 'A file name cannot contain < > : " | ? or *.'],
    ['an alternate data stream', ['export.json:hidden.json', '{}'], 'A file name cannot contain < > : " | ? or *.'],
    ['a wildcard', ['*.json', '{}'], 'A file name cannot contain < > : " | ? or *.'],
    ['another extension', ['export.exe', '{}'], 'A file name must end in .json or .md.'],
    ['a hidden extension', ['export.json.exe', '{}'], 'A file name must end in .json or .md.'],
    ['upper-case extension', ['export.JSON', '{}'], 'A file name must end in .json or .md.'],
    ['no extension', ['export', '{}'], 'A file name must end in .json or .md.'],
    ['only an extension', ['.json', '{}'], 'A file name must end in .json or .md.'],
    ['an empty name', ['', '{}'], 'A file name must end in .json or .md.'],
    ['a name one character too long', [`n${longest}`, '{}'], 'That file name is too long.'],
    ['a number as the text', ['export.json', 42], 'The file’s contents must be text.'],
    ['an object as the text', ['export.json', { toString: () => '{}' }], 'The file’s contents must be text.'],
  ])('refuses %s with a clear message', async (_case, args, error) => {
    await expectRefusal('saveTextFile', args, error);
  });
});

describe('printBriefToPdf arguments', () => {
  it('passes a .pdf name and the page to the implementation', async () => {
    const { impl, invoke } = register();
    await expect(invoke('printBriefToPdf', APP_EVENT, BRIEF_PDF, PAGE)).resolves.toEqual({ ok: true, value: 'saved' });
    expect(impl.printBriefToPdf.mock.calls).toEqual([[BRIEF_PDF, PAGE]]);
  });

  it('accepts each part of the page at its longest', async () => {
    const { impl, invoke } = register();
    const longest = {
      title: 't'.repeat(PRINTABLE_TITLE_MAX),
      styles: 's'.repeat(PRINTABLE_STYLES_MAX),
      body: 'b'.repeat(PRINTABLE_BODY_MAX),
    };
    await expect(invoke('printBriefToPdf', APP_EVENT, BRIEF_PDF, longest)).resolves.toMatchObject({ ok: true });
    expect(impl.printBriefToPdf).toHaveBeenCalledOnce();
  });

  const pollutedPage: unknown = JSON.parse('{"title": "t", "styles": "", "body": "", "__proto__": {"polluted": true}}');
  it.each<[string, unknown[], string]>([
    ['no arguments', [], 'Give a file name and the page to print.'],
    ['a name without a page', [BRIEF_PDF], 'Give a file name and the page to print.'],
    ['three arguments', [BRIEF_PDF, PAGE, 'extra'], 'Give a file name and the page to print.'],
    ['a Markdown name', ['upstream-brief.md', PAGE], 'A file name must end in .pdf.'],
    ['a hidden extension', ['brief.pdf.exe', PAGE], 'A file name must end in .pdf.'],
    ['an upper-case extension', ['brief.PDF', PAGE], 'A file name must end in .pdf.'],
    ['a climb out of the folder', ['../../brief.pdf', PAGE], 'A file name cannot name a folder or contain “..”.'],
    ['an absolute path', ['/tmp/brief.pdf', PAGE], 'A file name cannot name a folder or contain “..”.'],
    ['an alternate data stream', ['brief.pdf:evil.pdf', PAGE], 'A file name cannot contain < > : " | ? or *.'],
    ['a NUL byte', ['brief\u0000.pdf', PAGE], 'A file name cannot contain control characters.'],
    ['a number as the name', [42, PAGE], 'A file name must be text.'],
    [
      'HTML as the page',
      [BRIEF_PDF, '<h1>Brief</h1>'],
      'A page to print has a title, styles and content, and nothing else.',
    ],
    ['null as the page', [BRIEF_PDF, null], 'A page to print has a title, styles and content, and nothing else.'],
    ['an array as the page', [BRIEF_PDF, [PAGE]], 'A page to print has a title, styles and content, and nothing else.'],
    ['a page without its body', [BRIEF_PDF, { title: 't', styles: '' }], 'The page’s content must be text.'],
    ['a number as the body', [BRIEF_PDF, { ...PAGE, body: 42 }], 'The page’s content must be text.'],
    [
      'an object as the styles',
      [BRIEF_PDF, { ...PAGE, styles: { toString: () => '' } }],
      'The page’s styles must be text.',
    ],
    [
      'a page with a URL to load',
      [BRIEF_PDF, { ...PAGE, url: 'https://evil.example/' }],
      'A page to print has a title, styles and content, and nothing else.',
    ],
    [
      'a __proto__ key',
      [BRIEF_PDF, pollutedPage],
      'A page to print has a title, styles and content, and nothing else.',
    ],
    [
      'a title one character too long',
      [BRIEF_PDF, { ...PAGE, title: 't'.repeat(PRINTABLE_TITLE_MAX + 1) }],
      'That page title is too long.',
    ],
    [
      'styles one character too long',
      [BRIEF_PDF, { ...PAGE, styles: 's'.repeat(PRINTABLE_STYLES_MAX + 1) }],
      'That page’s styles are too long.',
    ],
    [
      'a body one character too long',
      [BRIEF_PDF, { ...PAGE, body: 'b'.repeat(PRINTABLE_BODY_MAX + 1) }],
      'That page is too long to print.',
    ],
  ])('refuses %s with a clear message', async (_case, args, error) => {
    await expectRefusal('printBriefToPdf', args, error);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('journal text size limits', () => {
  // One string just over the limit (about 200 MB), made once for both operations that take a journal.
  it('refuses a file or a backup longer than an import accepts, and accepts one at the limit', async () => {
    const atLimit = 'x'.repeat(DEFAULT_JOURNAL_LIMITS.maxTextLength);
    const tooLong = `${atLimit}x`;
    await expectRefusal('saveTextFile', ['export.json', tooLong], 'That file is too large for Upstream.');
    await expectRefusal('writeBackup', ['daily', tooLong], 'That file is too large for Upstream.');
    const { impl, invoke } = register();
    await expect(invoke('writeBackup', APP_EVENT, 'daily', atLimit)).resolves.toMatchObject({ ok: true });
    expect(impl.writeBackup).toHaveBeenCalledOnce();
  });
});

describe('writeJournalMarker arguments', () => {
  it('passes text up to the limit to the implementation, which checks it is a marker', async () => {
    const { impl, invoke } = register();
    const longest = 'm'.repeat(JOURNAL_MARKER_MAX);
    await expect(invoke('writeJournalMarker', APP_EVENT, longest)).resolves.toEqual({ ok: true, value: 'written' });
    expect(impl.writeJournalMarker.mock.calls).toEqual([[longest]]);
  });

  it.each<[string, unknown[], string]>([
    ['no arguments', [], 'Give exactly one journal marker.'],
    ['two arguments', ['{}', '{}'], 'Give exactly one journal marker.'],
    ['an object', [{ format: 'upstream-journal-marker' }], 'The journal marker must be text.'],
    ['null', [null], 'The journal marker must be text.'],
    ['text one character too long', ['m'.repeat(JOURNAL_MARKER_MAX + 1)], 'That journal marker is too long.'],
  ])('refuses %s with a clear message', async (_case, args, error) => {
    await expectRefusal('writeJournalMarker', args, error);
  });
});

describe('writeBackup arguments', () => {
  it.each(BACKUP_REASONS)('passes the reason %s and the text to the implementation', async (reason) => {
    const { impl, invoke } = register();
    await expect(invoke('writeBackup', APP_EVENT, reason, '{}')).resolves.toEqual({ ok: true, value: BACKUP });
    expect(impl.writeBackup.mock.calls).toEqual([[reason, '{}']]);
  });

  const reasons = `A backup reason is one of: ${BACKUP_REASONS.join(', ')}.`;
  it.each<[string, unknown[], string]>([
    ['no arguments', [], 'Give a backup reason and the text to back up.'],
    ['a reason without text', ['daily'], 'Give a backup reason and the text to back up.'],
    ['three arguments', ['daily', '{}', '../evil.json'], 'Give a backup reason and the text to back up.'],
    ['an unknown reason', ['hourly', '{}'], reasons],
    ['a reason that is a path', ['../../daily', '{}'], reasons],
    ['an upper-case reason', ['DAILY', '{}'], reasons],
    ['a number as the reason', [1, '{}'], reasons],
    ['a number as the text', ['daily', 42], 'The file’s contents must be text.'],
  ])('refuses %s with a clear message', async (_case, args, error) => {
    await expectRefusal('writeBackup', args, error);
  });
});

describe('readBackup arguments', () => {
  it.each<[string, unknown[], string]>([
    ['no arguments', [], 'Give exactly one backup name.'],
    ['two names', [BACKUP_NAME, BACKUP_NAME], 'Give exactly one backup name.'],
    ['a number', [42], 'A backup name must be text.'],
    ['an array of a name', [[BACKUP_NAME]], 'A backup name must be text.'],
    ['a climb to the marker', ['../journal-marker.json'], 'That is not the name of an Upstream backup.'],
    ['an absolute path', ['/etc/passwd'], 'That is not the name of an Upstream backup.'],
    ['a backup name with a climb after it', [`${BACKUP_NAME}/../../x`], 'That is not the name of an Upstream backup.'],
    ['a climb before a backup name', [`../${BACKUP_NAME}`], 'That is not the name of an Upstream backup.'],
    ['a Windows climb', [`..\\${BACKUP_NAME}`], 'That is not the name of an Upstream backup.'],
    ['month 13', ['upstream-backup-20261302T031500123Z-daily.json'], 'That is not the name of an Upstream backup.'],
    [
      'an unknown reason',
      ['upstream-backup-20261202T031500123Z-hourly.json'],
      'That is not the name of an Upstream backup.',
    ],
    ['upper case', [BACKUP_NAME.toUpperCase()], 'That is not the name of an Upstream backup.'],
    ['a NUL byte', [`${BACKUP_NAME}\u0000`], 'That is not the name of an Upstream backup.'],
    ['a huge string', ['u'.repeat(100_000)], 'That is not the name of an Upstream backup.'],
    ['an empty string', [''], 'That is not the name of an Upstream backup.'],
  ])('refuses %s with a clear message', async (_case, args, error) => {
    await expectRefusal('readBackup', args, error);
  });
});
