import { DEFAULT_CADENCE } from './cadence';
import type { Settings } from './types';

// What a new install starts with. Apart from the rules for changing settings (zod, in settings.ts): every
// start reads the settings, only the Settings screen changes them.

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
