import { z } from 'zod';
import type { BridgeOperation } from './contract';

export const EXTERNAL_URL_MAX = 2048;

/** Only plain web links leave the app, and only after the user confirms. */
export const externalUrlSchema = z
  .string()
  .max(EXTERNAL_URL_MAX, 'That link is too long.')
  .pipe(z.url({ protocol: /^https?$/, message: 'Only http and https links can be opened.' }));

/**
 * The arguments of each operation, as a tuple. Main parses what arrives with these before doing
 * anything, because a compromised renderer could send anything.
 */
export const IPC_ARG_SCHEMAS = {
  getAppInfo: z.tuple([]),
  openExternalLink: z.tuple([externalUrlSchema]),
  scheduleCheckInReminder: z.tuple([z.iso.datetime({ message: 'The reminder time must be an ISO instant.' }).nullable()]),
} as const satisfies Record<BridgeOperation, z.ZodType<unknown[]>>;

export type BridgeArgs<K extends BridgeOperation> = z.infer<(typeof IPC_ARG_SCHEMAS)[K]>;
