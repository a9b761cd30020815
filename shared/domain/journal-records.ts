import * as z from 'zod/mini';
import { isLocalDate } from './local-calendar';
import { CBI_PERSONAL, CBI_WORK, INSTRUMENT_VERSION, UCLA3, type Instrument } from './check-in-instruments';
import { CHECK_IN_TEXT_MAX, LEANED_ON_MAX } from './check-in-input';
import { answersAreValid } from './check-in-scoring';
import { CONVERSATION_NOTES_MAX, CONVERSATION_TITLE_MAX, ITEM_TEXT_MAX, TAG_MAX } from './conversation';
import { isIsoWeek } from './iso-week';
import { NOTE_ITEM_MAX, PERSON_NAME_MAX, PERSON_NOTES_MAX, PERSON_TEXT_MAX, cadenceDaysSchema } from './person';
import { cadenceDefaultsSchema } from './settings';
import {
  COMMITMENT_DIRECTIONS,
  CONVERSATION_KINDS,
  INVOLVEMENTS,
  PERSON_FUNCTIONS,
  RELATIONSHIPS,
  STANCES,
  STRATEGY_AREAS,
  TECH_IMPACTS,
  THEMES,
} from './types';

// The records of a journal file as stored, one strict schema per table. They hold an import to the rules
// the forms apply when the record is typed (the same limits, imported from the form modules), so
// whatever an import writes could have been written by the app itself. Unknown fields are refused rather
// than dropped: stripping them would silently lose what the file holds. Messages here are the ones a
// generic description cannot give; journal-problems.ts words the rest and adds where each problem is.

/** Longer than any id the app makes (UUIDs are 36); a bound so an id cannot carry a document. */
const RECORD_ID_MAX = 100;
/** More than any list a person or conversation grows in ten years, well under what would exhaust memory. */
const NOTE_ITEMS_MAX = 10_000;
const EMAILS_MAX = 20;
const PERSON_IDS_MAX = 50;
const TAGS_MAX = 20;
const CALENDAR_UID_MAX = 1_000;
const STRATEGY_TITLE_MAX = 200;
const STRATEGY_TEXT_MAX = 100_000;
const DRIVEN_BY_MAX = 200;
const FOLDER_PATH_MAX = 4_096;
const RETENTION_MAX = 1_000;
const IDLE_MINUTES_MAX = 24 * 60;

/** Returning `undefined` leaves a missing value to the generic "is missing". */
function unlessMissing(message: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message);
}

const INSTANT_MESSAGE = 'not a date and time in UTC, like 2026-11-21T09:30:00.000Z';

export const recordIdSchema = z.string().check(z.minLength(1), z.maxLength(RECORD_ID_MAX));

/**
 * An instant in UTC, stored as `toISOString()` writes it: the app orders instants by comparing the
 * strings, so `…T09:30Z` and `…T09:30:00.000Z` must not both be stored. The refinement keeps the
 * transform from ever meeting a string `new Date` cannot read (`toISOString` would throw).
 */
export const instantSchema = z.pipe(
  z.iso
    .datetime({ error: unlessMissing(INSTANT_MESSAGE), abort: true })
    .check(z.refine((value) => !Number.isNaN(Date.parse(value)), INSTANT_MESSAGE)),
  z.transform((value) => new Date(value).toISOString()),
);

/** The fields of every record but the settings (`BaseRecord`). */
const baseRecordShape = { id: recordIdSchema, createdAt: instantSchema, updatedAt: instantSchema };

const localDateSchema = z.string({ error: unlessMissing('not a date like 2026-11-30') }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'not a date like 2026-11-30', abort: true }),
  // The same rule as every screen's (a year from 1000 on): a day the app would refuse to score never gets in.
  z.refine(isLocalDate, 'not a day on the calendar'),
);

function textSchema(max: number) {
  return z.string().check(z.maxLength(max));
}

/** Required text: the forms trim it and refuse it blank. */
function filledTextSchema(max: number) {
  return z.string().check(
    z.maxLength(max),
    z.refine((value) => value.trim().length > 0, 'is blank'),
  );
}

function wholeNumber(min: number, max: number) {
  return z.number().check(z.int(), z.gte(min), z.lte(max));
}

function idListSchema(max: number) {
  return z.array(recordIdSchema).check(z.maxLength(max));
}

const noteItemSchema = z.strictObject({
  id: recordIdSchema,
  text: filledTextSchema(NOTE_ITEM_MAX),
  notedOn: localDateSchema,
  resolvedOn: z.optional(localDateSchema),
  conversationId: z.optional(recordIdSchema),
});

const noteItemsSchema = z.array(noteItemSchema).check(z.maxLength(NOTE_ITEMS_MAX));

const emailSchema = z.string().check(z.maxLength(PERSON_TEXT_MAX), z.email({ error: 'not an email address' }));

const personRecordSchema = z.strictObject({
  ...baseRecordShape,
  name: filledTextSchema(PERSON_NAME_MAX),
  title: textSchema(PERSON_TEXT_MAX),
  emails: z.array(emailSchema).check(z.maxLength(EMAILS_MAX)),
  function: z.enum(PERSON_FUNCTIONS),
  relationship: z.enum(RELATIONSHIPS),
  influence: wholeNumber(1, 5),
  stance: z.enum(STANCES),
  desiredStance: z.enum(STANCES),
  cadenceDays: cadenceDaysSchema,
  priorities: noteItemsSchema,
  worries: noteItemsSchema,
  waysICanHelp: noteItemsSchema,
  notes: textSchema(PERSON_NOTES_MAX),
  archived: z.boolean(),
  profileIncomplete: z.optional(z.literal(true)),
});

const stanceChangeRecordSchema = z.strictObject({
  ...baseRecordShape,
  personId: recordIdSchema,
  changedAt: instantSchema,
  from: z.nullable(z.enum(STANCES)),
  to: z.enum(STANCES),
});

const conversationRecordSchema = z.strictObject({
  ...baseRecordShape,
  occurredAt: instantSchema,
  personIds: z
    .array(recordIdSchema)
    .check(z.minLength(1, 'has no one in it; a conversation is with at least one person'), z.maxLength(PERSON_IDS_MAX)),
  kind: z.enum(CONVERSATION_KINDS),
  title: z.optional(textSchema(CONVERSATION_TITLE_MAX)),
  notes: textSchema(CONVERSATION_NOTES_MAX),
  warmth: z.optional(wholeNumber(1, 5)),
  habits: z.optional(z.strictObject({ listened: z.boolean(), plainLanguage: z.boolean(), offeredHelp: z.boolean() })),
  tags: z.array(filledTextSchema(TAG_MAX)).check(z.maxLength(TAGS_MAX)),
  source: z.enum(['manual', 'calendar']),
  calendarUid: z.optional(textSchema(CALENDAR_UID_MAX)),
});

const commitmentRecordSchema = z.strictObject({
  ...baseRecordShape,
  personId: recordIdSchema,
  conversationId: z.optional(recordIdSchema),
  direction: z.enum(COMMITMENT_DIRECTIONS),
  text: filledTextSchema(ITEM_TEXT_MAX),
  dueOn: z.optional(localDateSchema),
  doneOn: z.optional(localDateSchema),
});

/** Checked with the function scoring uses, so every imported check-in can be scored (scoring throws otherwise). */
function answersSchema(instrument: Instrument) {
  const count = instrument.items.length;
  return z
    .array(z.nullable(z.number()))
    .check(
      z.refine(
        (answers) => answersAreValid(instrument, answers),
        `not ${count} answers to ${instrument.shortName}, each an option's number or null for skipped`,
      ),
    );
}

const checkInRecordSchema = z.strictObject({
  ...baseRecordShape,
  week: z.string().check(z.refine(isIsoWeek, 'not a week like 2026-W47')),
  completedAt: instantSchema,
  // Answers are option indexes into the wording of their version; a newer one cannot be read here.
  instrumentVersion: z
    .number()
    .check(
      z.int(),
      z.gte(1),
      z.lte(INSTRUMENT_VERSION, 'was answered on questionnaires from a newer version of Upstream'),
    ),
  cbiWork: answersSchema(CBI_WORK),
  cbiPersonal: z.optional(answersSchema(CBI_PERSONAL)),
  ucla3: answersSchema(UCLA3),
  energy: z.optional(wholeNumber(1, 5)),
  leanedOn: idListSchema(LEANED_ON_MAX),
  win: z.optional(textSchema(CHECK_IN_TEXT_MAX)),
  drain: z.optional(textSchema(CHECK_IN_TEXT_MAX)),
  reflection: z.optional(textSchema(CHECK_IN_TEXT_MAX)),
});

const strategyMomentRecordSchema = z.strictObject({
  ...baseRecordShape,
  occurredOn: localDateSchema,
  title: filledTextSchema(STRATEGY_TITLE_MAX),
  area: z.enum(STRATEGY_AREAS),
  involvement: z.enum(INVOLVEMENTS),
  techImpact: z.enum(TECH_IMPACTS),
  drivenBy: idListSchema(DRIVEN_BY_MAX),
  notes: textSchema(STRATEGY_TEXT_MAX),
  nextTime: textSchema(STRATEGY_TEXT_MAX),
  conversationId: z.optional(recordIdSchema),
});

const settingsRecordSchema = z.strictObject({
  id: z.literal('app'),
  updatedAt: instantSchema,
  checkInWeekday: wholeNumber(1, 7),
  checkInTime: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'not a time like 16:00')),
  includeCbiPersonal: z.boolean(),
  // The settings form's own rules, made strict like every other object here.
  cadenceDefaults: z.strictObject(cadenceDefaultsSchema.shape),
  theme: z.enum(THEMES),
  backupFolder: z.optional(textSchema(FOLDER_PATH_MAX)),
  backupRetention: z.strictObject({
    daily: wholeNumber(0, RETENTION_MAX),
    weekly: wholeNumber(0, RETENTION_MAX),
    monthly: wholeNumber(0, RETENTION_MAX),
  }),
  lock: z.strictObject({ enabled: z.boolean(), idleMinutes: wholeNumber(1, IDLE_MINUTES_MAX) }),
});

/** One schema per table of the export, in the order the file lists them. */
export const JOURNAL_RECORD_SCHEMAS = {
  people: personRecordSchema,
  stanceChanges: stanceChangeRecordSchema,
  conversations: conversationRecordSchema,
  commitments: commitmentRecordSchema,
  checkIns: checkInRecordSchema,
  strategyMoments: strategyMomentRecordSchema,
  settings: settingsRecordSchema,
} as const;
