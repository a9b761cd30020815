import * as z from 'zod/mini';
import { cadenceDaysSchema } from './person';
import { THEMES } from './types';

export const cadenceDefaultsSchema = z.object({
  manager: cadenceDaysSchema,
  productPeer: cadenceDaysSchema,
  otherPeer: cadenceDaysSchema,
  board: cadenceDaysSchema,
  other: cadenceDaysSchema,
});

/** What the Settings screen may change; anything else in a patch is refused. */
export const settingsPatchSchema = z.partial(
  z.strictObject(
    {
      checkInWeekday: z.number().check(z.int(), z.gte(1, 'Choose a weekday.'), z.lte(7, 'Choose a weekday.')),
      checkInTime: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 16:00.')),
      includeCbiPersonal: z.boolean(),
      cadenceDefaults: cadenceDefaultsSchema,
      theme: z.enum(THEMES, { error: 'Choose a theme.' }),
    },
    { error: 'Upstream has no such setting.' },
  ),
);

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
