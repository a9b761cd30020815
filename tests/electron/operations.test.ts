import { describe, expect, it, vi } from 'vitest';
import { createOperations, type OperationDependencies } from '../../electron/main/operations';

// operations.ts takes its OS access as injected functions (Electron's app, dialog and shell in the
// app), so it runs here with recorded stand-ins and no `electron` import at all.

function dependencies(overrides: Partial<OperationDependencies> = {}) {
  const calls: string[] = [];
  const deps: OperationDependencies = {
    appVersion: () => '0.1.0',
    userDataFolder: () => '/home/dana/.config/Upstream',
    platform: 'linux',
    confirmExternalLink: vi.fn(async (url: string) => {
      calls.push(`confirm ${url}`);
      return true;
    }),
    openExternal: vi.fn(async (url: string) => {
      calls.push(`open ${url}`);
    }),
    checkInReminder: {
      schedule: vi.fn((at: Date | null) => {
        calls.push(`remind ${at === null ? 'never' : at.toISOString()}`);
      }),
    },
    ...overrides,
  };
  return { deps, calls };
}

describe('getAppInfo', () => {
  it('reports the version and the data folder', async () => {
    const { deps } = dependencies();
    await expect(createOperations(deps).getAppInfo()).resolves.toEqual({
      version: '0.1.0',
      dataFolder: '/home/dana/.config/Upstream',
      platform: 'linux',
    });
  });

  it.each<[NodeJS.Platform, string]>([
    ['darwin', 'darwin'],
    ['linux', 'linux'],
    ['win32', 'win32'],
    ['aix', 'other'],
    ['freebsd', 'other'],
    ['openbsd', 'other'],
    ['sunos', 'other'],
    ['android', 'other'],
    ['cygwin', 'other'],
  ])('maps platform %s to %s', async (platform, expected) => {
    const { deps } = dependencies({ platform });
    const info = await createOperations(deps).getAppInfo();
    expect(info.platform).toBe(expected);
  });

  it('reads the version and folder when asked, not when created', async () => {
    let version = '0.1.0';
    const { deps } = dependencies({ appVersion: () => version });
    const operations = createOperations(deps);
    version = '0.2.0';
    expect((await operations.getAppInfo()).version).toBe('0.2.0');
  });
});

describe('openExternalLink', () => {
  it('opens the link only after the user confirms it', async () => {
    const { deps, calls } = dependencies();
    await expect(createOperations(deps).openExternalLink('https://example.com/')).resolves.toBe('opened');
    expect(calls).toEqual(['confirm https://example.com/', 'open https://example.com/']);
  });

  it('returns cancelled and opens nothing when the user declines', async () => {
    const { deps, calls } = dependencies({ confirmExternalLink: async () => false });
    await expect(createOperations(deps).openExternalLink('https://example.com/')).resolves.toBe('cancelled');
    expect(deps.openExternal).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  it('does not open the link before the confirmation has answered', async () => {
    let answer: (confirmed: boolean) => void = () => undefined;
    const { deps } = dependencies({
      confirmExternalLink: () => new Promise<boolean>((resolve) => (answer = resolve)),
    });
    const pending = createOperations(deps).openExternalLink('https://example.com/');
    await Promise.resolve();
    expect(deps.openExternal).not.toHaveBeenCalled();
    answer(true);
    await expect(pending).resolves.toBe('opened');
    expect(deps.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('lets a failure to open reach the IPC layer, which reports it', async () => {
    const { deps } = dependencies({
      openExternal: async () => {
        throw new Error('No application knows how to open https://example.com/');
      },
    });
    await expect(createOperations(deps).openExternalLink('https://example.com/')).rejects.toThrow(
      'No application knows how to open',
    );
  });
});

describe('scheduleCheckInReminder', () => {
  it('hands the moment to the scheduler as a Date, and null to cancel', async () => {
    const { deps, calls } = dependencies();
    const operations = createOperations(deps);
    await expect(operations.scheduleCheckInReminder('2026-11-27T15:00:00.000Z')).resolves.toBe('scheduled');
    await expect(operations.scheduleCheckInReminder(null)).resolves.toBe('cleared');
    expect(calls).toEqual(['remind 2026-11-27T15:00:00.000Z', 'remind never']);
  });
});
