import * as z from 'zod/mini';
import { BACKUP_REASONS, parseBackupFileName } from '@shared/domain/backups';
import { DEFAULT_JOURNAL_LIMITS } from '@shared/domain/journal-tables';
import type { BridgeOperation } from './contract';
import { EXTERNAL_URL_MAX, externalUrlSchema } from './external-url';

export { EXTERNAL_URL_MAX, externalUrlSchema };

export const SUGGESTED_FILE_NAME_MAX = 120;

/**
 * The name a save dialog starts with, ending in one of `extensions`. It is joined to the documents folder
 * in main, so it must be a plain base name: a separator or `..` would move the dialog elsewhere, and the
 * characters Windows forbids in names (`:` also opens an alternate data stream there) would make the
 * dialog fail.
 */
function suggestedNameSchema(extensions: readonly string[], extensionMessage: string) {
  return z.string({ error: 'A file name must be text.' }).check(
    z.maxLength(SUGGESTED_FILE_NAME_MAX, 'That file name is too long.'),
    z.refine(
      (name) => !/[/\\]/.test(name) && !name.includes('..'),
      'A file name cannot name a folder or contain “..”.',
    ),
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here.
    z.refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'A file name cannot contain control characters.'),
    z.refine((name) => !/[<>:"|?*]/.test(name), 'A file name cannot contain < > : " | ? or *.'),
    z.regex(new RegExp(`^.+\\.(${extensions.join('|')})$`), extensionMessage),
  );
}

/** An export the user saves: the journal as JSON, or the conversations or the brief as Markdown. */
export const suggestedFileNameSchema = suggestedNameSchema(['json', 'md'], 'A file name must end in .json or .md.');

/** The brief printed to PDF. */
export const suggestedPdfNameSchema = suggestedNameSchema(['pdf'], 'A file name must end in .pdf.');

export const PRINTABLE_TITLE_MAX = 200;
export const PRINTABLE_STYLES_MAX = 100_000;
/**
 * A brief for a few dozen people is well under this. Main also checks the document fits in the URL it
 * is loaded from (electron/main/pdf-window.ts); this bound refuses a huge message before main does anything with it.
 */
export const PRINTABLE_BODY_MAX = 1_400_000;

/** What the page asks main to print: three strings, and no other key. */
export const printablePageSchema = z.strictObject(
  {
    title: z
      .string({ error: 'The page title must be text.' })
      .check(z.maxLength(PRINTABLE_TITLE_MAX, 'That page title is too long.')),
    styles: z
      .string({ error: 'The page’s styles must be text.' })
      .check(z.maxLength(PRINTABLE_STYLES_MAX, 'That page’s styles are too long.')),
    body: z
      .string({ error: 'The page’s content must be text.' })
      .check(z.maxLength(PRINTABLE_BODY_MAX, 'That page is too long to print.')),
  },
  { error: 'A page to print has a title, styles and content, and nothing else.' },
);

/** An export or a backup: the whole journal as text, no longer than an import accepts. */
const journalTextSchema = z
  .string({ error: 'The file’s contents must be text.' })
  .check(z.maxLength(DEFAULT_JOURNAL_LIMITS.maxTextLength, 'That file is too large for Upstream.'));

/** The marker is a few counts; `parseJournalMarker` reads nothing longer either. */
export const JOURNAL_MARKER_MAX = 10_000;

const markerTextSchema = z
  .string({ error: 'The journal marker must be text.' })
  .check(z.maxLength(JOURNAL_MARKER_MAX, 'That journal marker is too long.'));

/** Backups are named by main; the page may only hand back a name `listBackups` could have given. */
const backupNameSchema = z
  .string({ error: 'A backup name must be text.' })
  .check(z.refine((name) => parseBackupFileName(name) !== null, 'That is not the name of an Upstream backup.'));

const noArguments = z.tuple([], { error: 'This takes no arguments.' });

/**
 * The arguments of each operation, as a tuple. Main parses what arrives with these before doing
 * anything, because a compromised renderer could send anything.
 */
export const IPC_ARG_SCHEMAS = {
  getAppInfo: noArguments,
  openExternalLink: z.tuple([externalUrlSchema], { error: 'Give exactly one link to open.' }),
  scheduleCheckInReminder: z.tuple(
    [z.nullable(z.iso.datetime({ error: 'The reminder time must be an ISO instant.' }))],
    {
      error: 'Give exactly one reminder time, or null.',
    },
  ),
  saveTextFile: z.tuple([suggestedFileNameSchema, journalTextSchema], {
    error: 'Give a file name and the text to save.',
  }),
  printBriefToPdf: z.tuple([suggestedPdfNameSchema, printablePageSchema], {
    error: 'Give a file name and the page to print.',
  }),
  relaunch: noArguments,
  readJournalMarker: noArguments,
  writeJournalMarker: z.tuple([markerTextSchema], { error: 'Give exactly one journal marker.' }),
  listBackups: noArguments,
  writeBackup: z.tuple(
    [z.enum(BACKUP_REASONS, { error: `A backup reason is one of: ${BACKUP_REASONS.join(', ')}.` }), journalTextSchema],
    { error: 'Give a backup reason and the text to back up.' },
  ),
  readBackup: z.tuple([backupNameSchema], { error: 'Give exactly one backup name.' }),
  readyToQuit: noArguments,
} as const satisfies Record<BridgeOperation, z.ZodMiniType<unknown[]>>;

export type BridgeArgs<K extends BridgeOperation> = z.infer<(typeof IPC_ARG_SCHEMAS)[K]>;
