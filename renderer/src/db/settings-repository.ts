import { DEFAULT_SETTINGS, settingsPatchSchema, type SettingsPatch } from '@shared/domain/settings';
import type { Settings } from '@shared/domain/types';
import { db } from './database';
import { nowIso } from './records';
import { ValidationError } from './write-errors';

/** The settings, with defaults for anything never saved (a new install has no row). */
export async function getSettings(): Promise<Settings> {
  const stored = await db.settings.get('app');
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const parsed = settingsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ValidationError({ [String(first?.path.join('.') ?? 'settings')]: first?.message ?? 'Invalid setting.' });
  }
  return db.transaction('rw', db.settings, async () => {
    const next: Settings = { ...(await getSettings()), ...parsed.data, id: 'app', updatedAt: nowIso() };
    await db.settings.put(next);
    return next;
  });
}
