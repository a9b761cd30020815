import type { SettingsPatch } from '@shared/domain/settings';
import { DEFAULT_SETTINGS } from '@shared/domain/settings-defaults';
import type { Settings } from '@shared/domain/types';
import { nextUpdatedAt } from './records';
import { readSettingsRecord } from './tables/other-tables';
import { basedOn, put, transact } from './tables/write';
import { ValidationError } from './write-errors';

/** The settings, with defaults for anything never saved (a new install has no row). */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await readSettingsRecord()) };
}

async function parse(patch: SettingsPatch): Promise<SettingsPatch> {
  // The rules load with the first change (the Settings screen has them already): every start reads the
  // settings, only that screen changes them.
  const { settingsPatchSchema } = await import('@shared/domain/settings');
  const parsed = settingsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ValidationError({ [String(first?.path.join('.') ?? 'settings')]: first?.message ?? 'Invalid setting.' });
  }
  return parsed.data;
}

/** Saves a change to the settings. Checked first: a refused patch writes nothing. */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const changes = await parse(patch);
  return transact(async () => {
    const stored = await readSettingsRecord();
    const next: Settings = {
      ...DEFAULT_SETTINGS,
      ...stored,
      ...changes,
      id: 'app',
      updatedAt: nextUpdatedAt(stored?.updatedAt),
    };
    return { ops: [put('settings', next)], preconditions: [basedOn('settings', 'app', stored)], result: next };
  });
}
