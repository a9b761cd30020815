import { DEFAULT_SETTINGS, settingsPatchSchema, type SettingsPatch } from '@shared/domain/settings';
import type { Settings } from '@shared/domain/types';
import { nextUpdatedAt } from './records';
import { readSettingsRecord } from './tables/other-tables';
import { basedOn, put, transact } from './tables/write';
import { ValidationError } from './write-errors';

/** The settings, with defaults for anything never saved (a new install has no row). */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await readSettingsRecord()) };
}

export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const parsed = settingsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ValidationError({ [String(first?.path.join('.') ?? 'settings')]: first?.message ?? 'Invalid setting.' });
  }
  return transact(async () => {
    const stored = await readSettingsRecord();
    const next: Settings = {
      ...DEFAULT_SETTINGS,
      ...stored,
      ...parsed.data,
      id: 'app',
      updatedAt: nextUpdatedAt(stored?.updatedAt),
    };
    return { ops: [put('settings', next)], preconditions: [basedOn('settings', 'app', stored)], result: next };
  });
}
