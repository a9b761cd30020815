import * as z from 'zod/mini';

// The rule for links that leave the app, in a module of its own: the Markdown view and browser mode check
// links with it too, and importing all of schemas.ts for it would load every IPC argument schema with them.

export const EXTERNAL_URL_MAX = 2048;

/** Only plain web links leave the app, and only after the user confirms. */
export const externalUrlSchema = z.pipe(
  z.string({ error: 'A link must be text.' }).check(z.maxLength(EXTERNAL_URL_MAX, 'That link is too long.')),
  z.url({ protocol: /^https?$/, error: 'Only http and https links can be opened.' }),
);
