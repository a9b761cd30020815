import * as z from 'zod/mini';
import type { BridgeOperation } from './contract';

export const EXTERNAL_URL_MAX = 2048;

/** Only plain web links leave the app, and only after the user confirms. */
export const externalUrlSchema = z.pipe(
  z.string({ error: 'A link must be text.' }).check(z.maxLength(EXTERNAL_URL_MAX, 'That link is too long.')),
  z.url({ protocol: /^https?$/, error: 'Only http and https links can be opened.' }),
);

/**
 * The arguments of each operation, as a tuple. Main parses what arrives with these before doing
 * anything, because a compromised renderer could send anything.
 */
export const IPC_ARG_SCHEMAS = {
  getAppInfo: z.tuple([], { error: 'This takes no arguments.' }),
  openExternalLink: z.tuple([externalUrlSchema], { error: 'Give exactly one link to open.' }),
  scheduleCheckInReminder: z.tuple(
    [z.nullable(z.iso.datetime({ error: 'The reminder time must be an ISO instant.' }))],
    {
      error: 'Give exactly one reminder time, or null.',
    },
  ),
} as const satisfies Record<BridgeOperation, z.ZodMiniType<unknown[]>>;

export type BridgeArgs<K extends BridgeOperation> = z.infer<(typeof IPC_ARG_SCHEMAS)[K]>;
