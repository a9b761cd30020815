import * as z from 'zod/mini';
import { cleaned, hasReadableCharacter } from './text';
import { fieldErrorsFrom, type ValidationResult } from './field-errors';
import { DEFAULT_CADENCE, defaultCadenceDays } from './cadence';
import { PERSON_FUNCTIONS, RELATIONSHIPS, STANCES, type CadenceDefaults } from './types';

export const PERSON_NAME_MAX = 120;
export const PERSON_TEXT_MAX = 200;
export const PERSON_NOTES_MAX = 100_000;

/** A number of days between conversations, as every cadence field takes it. */
export const cadenceDaysSchema = z
  .number({ error: 'Cadence is a number of days.' })
  .check(
    z.int('Cadence is a whole number of days.'),
    z.gte(1, 'Cadence is at least 1 day.'),
    z.lte(365, 'Cadence is at most 365 days.'),
  );

const emailSchema = z.pipe(
  z.string().check(z.trim(), z.maxLength(PERSON_TEXT_MAX, `An email can be at most ${PERSON_TEXT_MAX} characters.`)),
  z.email({ error: 'Use an address like name@company.com.' }),
);

/** A person's name: cleaned, trimmed, with something readable in it. */
export const personNameSchema = z
  .string()
  .check(
    cleaned(),
    z.trim(),
    z.minLength(1, 'A name is required.'),
    z.refine(hasReadableCharacter, 'A name needs at least one letter or digit.'),
    z.maxLength(PERSON_NAME_MAX, `A name can be at most ${PERSON_NAME_MAX} characters.`),
  );

/**
 * What a person form submits. Every message is written for the field it sits beside.
 * Lists (priorities, worries…) are edited on the person page, not in this form.
 */
export const personInputSchema = z.object({
  name: personNameSchema,
  title: z
    .string()
    .check(cleaned(), z.trim(), z.maxLength(PERSON_TEXT_MAX, `A title can be at most ${PERSON_TEXT_MAX} characters.`)),
  emails: z.array(emailSchema).check(z.maxLength(20, 'At most 20 email addresses.')),
  function: z.enum(PERSON_FUNCTIONS, { error: 'Choose a function.' }),
  relationship: z.enum(RELATIONSHIPS, { error: 'Choose a relationship.' }),
  influence: z
    .number({ error: 'Influence is a number from 1 to 5.' })
    .check(
      z.int('Influence is a whole number from 1 to 5.'),
      z.gte(1, 'Influence is at least 1.'),
      z.lte(5, 'Influence is at most 5.'),
    ),
  stance: z.enum(STANCES, { error: 'Choose a stance.' }),
  desiredStance: z.enum(STANCES, { error: 'Choose a desired stance.' }),
  cadenceDays: cadenceDaysSchema,
  notes: z
    .string()
    .check(
      cleaned(),
      z.maxLength(PERSON_NOTES_MAX, `Notes can be at most ${PERSON_NOTES_MAX.toLocaleString('en')} characters.`),
    ),
});

export type PersonInput = z.infer<typeof personInputSchema>;
export type PersonField = keyof PersonInput;

/** Parses form input; on failure returns the first message for each field. */
export function validatePersonInput(input: unknown): ValidationResult<PersonInput, PersonField> {
  const parsed = personInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields = Object.keys(personInputSchema.shape) as PersonField[];
  return { ok: false, errors: fieldErrorsFrom(parsed.error.issues, fields) };
}

/** Splits what the user typed into the emails box (commas, semicolons, spaces or new lines). */
export function splitEmails(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

/** A blank person form, with the cadence default of its relationship. */
export function emptyPersonInput(defaults: CadenceDefaults = DEFAULT_CADENCE): PersonInput {
  return {
    name: '',
    title: '',
    emails: [],
    function: 'other',
    relationship: 'peer',
    influence: 3,
    stance: 'neutral',
    desiredStance: 'supportive',
    cadenceDays: defaultCadenceDays('peer', 'other', defaults),
    notes: '',
  };
}

export const NOTE_ITEM_MAX = 500;

export const noteItemTextSchema = z
  .string()
  .check(
    cleaned(),
    z.trim(),
    z.minLength(1, 'Write something first.'),
    z.maxLength(NOTE_ITEM_MAX, `At most ${NOTE_ITEM_MAX} characters.`),
  );
