import { z } from 'zod';
import { DEFAULT_CADENCE } from './person';
import { THEMES, type Settings } from './types';

export const DEFAULT_SETTINGS: Settings = {
  id: 'app',
  updatedAt: '1970-01-01T00:00:00.000Z',
  checkInWeekday: 5,
  checkInTime: '16:00',
  includeCbiPersonal: true,
  cadenceDefaults: DEFAULT_CADENCE,
  theme: 'system',
  backupRetention: { daily: 7, weekly: 4, monthly: 12 },
  lock: { enabled: false, idleMinutes: 10 },
};

const cadenceDays = z
  .number({ message: 'Cadence is a number of days.' })
  .int('Cadence is a whole number of days.')
  .min(1, 'Cadence is at least 1 day.')
  .max(365, 'Cadence is at most 365 days.');

/** What the Settings screen may change; anything else in a patch is refused. */
export const settingsPatchSchema = z
  .object({
    checkInWeekday: z.number().int().min(1, 'Choose a weekday.').max(7, 'Choose a weekday.'),
    checkInTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 16:00.'),
    includeCbiPersonal: z.boolean(),
    cadenceDefaults: z.object({
      manager: cadenceDays,
      productPeer: cadenceDays,
      otherPeer: cadenceDays,
      board: cadenceDays,
      other: cadenceDays,
    }),
    theme: z.enum(THEMES, { message: 'Choose a theme.' }),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
