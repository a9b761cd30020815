import * as z from 'zod/mini';
import { CBI_PERSONAL, CBI_WORK, UCLA3, type Instrument } from './check-in-instruments';
import { answersAreValid } from './check-in-scoring';
import { compareIsoWeeks, isIsoWeek } from './iso-week';
import { fieldErrorsFrom, type ValidationResult } from './field-errors';
import type { CheckIn } from './types';

// What the check-in form submits, checked before anything is written. Answers are option indexes or
// `null` (skipped), validated against the published instruments by the same function scoring uses, so a
// stored check-in can always be scored. Text is trimmed, and empty text is left out rather than stored.

export const CHECK_IN_TEXT_MAX = 10_000;
/** More people than anyone leans on in a week; a bound so a bad import cannot store a huge list. */
export const LEANED_ON_MAX = 200;
const PERSON_ID_MAX = 100;

const answerSchema = z.nullable(z.number().check(z.int()));

function answersSchema(instrument: Instrument) {
  const count = instrument.items.length;
  const message = `${instrument.shortName}: give one answer or a skip for each of its ${count} questions.`;
  return z
    .array(answerSchema, { error: message })
    .check(z.refine((answers) => answersAreValid(instrument, answers), message));
}

function textSchema(label: string) {
  return z.optional(
    z
      .string({ error: `${label} is text.` })
      .check(
        z.trim(),
        z.maxLength(CHECK_IN_TEXT_MAX, `${label} can be at most ${CHECK_IN_TEXT_MAX.toLocaleString('en')} characters.`),
      ),
  );
}

export const checkInInputSchema = z.strictObject({
  week: z.string().check(z.refine(isIsoWeek, 'Not a week like 2026-W47.')),
  cbiWork: answersSchema(CBI_WORK),
  cbiPersonal: z.optional(answersSchema(CBI_PERSONAL)),
  ucla3: answersSchema(UCLA3),
  energy: z.optional(
    z
      .number({ error: 'Energy is a number from 1 to 5.' })
      .check(
        z.int('Energy is a whole number from 1 to 5.'),
        z.gte(1, 'Energy is at least 1.'),
        z.lte(5, 'Energy is at most 5.'),
      ),
  ),
  leanedOn: z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(PERSON_ID_MAX)), {
      error: 'Choose people from the list.',
    })
    .check(z.maxLength(LEANED_ON_MAX, `Choose at most ${LEANED_ON_MAX} people.`)),
  win: textSchema('A win'),
  drain: textSchema('A drain'),
  reflection: textSchema('The reflection'),
});

export type CheckInInput = z.input<typeof checkInInputSchema>;
/** A valid check-in's own fields: what the repository stores besides id, timestamps and instrument version. */
export type CheckInFields = Pick<
  CheckIn,
  'week' | 'cbiWork' | 'cbiPersonal' | 'ucla3' | 'energy' | 'leanedOn' | 'win' | 'drain' | 'reflection'
>;
/** A field of the form, or `form` for a problem with the check-in as a whole. */
export type CheckInField = keyof CheckInFields | 'form';

/**
 * Parses a check-in for `week` up to `currentWeek` (a week that has not started cannot be checked in).
 * On failure returns the first message for each field.
 */
export function validateCheckInInput(
  input: unknown,
  currentWeek: string,
): ValidationResult<CheckInFields, CheckInField> {
  const parsed = checkInInputSchema.safeParse(input);
  if (!parsed.success) {
    const fields = Object.keys(checkInInputSchema.shape) as CheckInField[];
    return { ok: false, errors: fieldErrorsFrom(parsed.error.issues, fields, 'form') };
  }
  const { week, cbiWork, cbiPersonal, ucla3, energy, leanedOn, win, drain, reflection } = parsed.data;
  if (compareIsoWeeks(week, currentWeek) > 0) {
    return { ok: false, errors: { week: `${week} has not started yet; check in when it comes.` } };
  }
  const answered = [...cbiWork, ...(cbiPersonal ?? []), ...ucla3].some((answer) => answer !== null);
  if (!answered && energy === undefined) {
    return { ok: false, errors: { form: 'Answer at least one question before saving; any of them can be skipped.' } };
  }
  // Optional fields are left out, never stored as `undefined` or empty text.
  return {
    ok: true,
    value: {
      week,
      cbiWork,
      ...(cbiPersonal === undefined ? {} : { cbiPersonal }),
      ucla3,
      ...(energy === undefined ? {} : { energy }),
      leanedOn: [...new Set(leanedOn)],
      ...(win ? { win } : {}),
      ...(drain ? { drain } : {}),
      ...(reflection ? { reflection } : {}),
    },
  };
}
