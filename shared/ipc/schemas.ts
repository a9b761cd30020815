import * as z from 'zod/mini';
import { BACKUP_REASONS, parseBackupFileName } from '@shared/domain/backups';
import { DEFAULT_JOURNAL_LIMITS } from '@shared/domain/journal-tables';
import type { BridgeOperation } from './contract';

export const EXTERNAL_URL_MAX = 2048;

/** Only plain web links leave the app, and only after the user confirms. */
export const externalUrlSchema = z.pipe(
  z.string({ error: 'A link must be text.' }).check(z.maxLength(EXTERNAL_URL_MAX, 'That link is too long.')),
  z.url({ protocol: /^https?$/, error: 'Only http and https links can be opened.' }),
);

export const SUGGESTED_FILE_NAME_MAX = 120;

/**
 * The name a save dialog starts with. It is joined to the documents folder in main, so it must be a
 * plain base name: a separator or `..` would move the dialog elsewhere, and the characters Windows
 * forbids in names (`:` also opens an alternate data stream there) would make the dialog fail.
 */
export const suggestedFileNameSchema = z.string({ error: 'A file name must be text.' }).check(
  z.maxLength(SUGGESTED_FILE_NAME_MAX, 'That file name is too long.'),
  z.refine((name) => !/[/\\]/.test(name) && !name.includes('..'), 'A file name cannot name a folder or contain “..”.'),
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here.
  z.refine((name) => !/[\u0000-\u001f\u007f]/.test(name), 'A file name cannot contain control characters.'),
  z.refine((name) => !/[<>:"|?*]/.test(name), 'A file name cannot contain < > : " | ? or *.'),
  z.regex(/^.+\.(json|md)$/, 'A file name must end in .json or .md.'),
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
