import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/domain/settings-defaults';
import { getSettings, updateSettings } from '@renderer/db/settings-repository';

describe('settings repository', () => {
  it('gives the defaults on a new install', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a change and keeps the rest', async () => {
    await updateSettings({ theme: 'dark' });
    expect(await getSettings()).toMatchObject({ theme: 'dark', checkInWeekday: DEFAULT_SETTINGS.checkInWeekday });
  });

  it.each([
    [{ theme: 'neon' }, 'Choose a theme.'],
    [{ checkInTime: '25:00' }, 'Use a time like 16:00.'],
    [{ cadenceDefaults: { ...DEFAULT_SETTINGS.cadenceDefaults, board: 0 } }, 'Cadence is at least 1 day.'],
    [{ id: 'other' }, 'Upstream has no such setting.'],
  ])('refuses %j and changes nothing', async (patch, message) => {
    await expect(updateSettings(patch as never)).rejects.toThrow(message);
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
