import * as z from 'zod/mini';
import { splitEmails, type PersonInput } from '@shared/domain/person';
import { PERSON_FUNCTIONS, RELATIONSHIPS, STANCES } from '@shared/domain/types';

/**
 * The person form as typed: numbers and the email list as the inputs hold them. This is also what a
 * draft stores, so the schema below checks drafts saved by an earlier session before they are offered.
 */
const personFormStateSchema = z.object({
  name: z.string(),
  title: z.string(),
  emailsText: z.string(),
  function: z.enum(PERSON_FUNCTIONS),
  relationship: z.enum(RELATIONSHIPS),
  influence: z.string(),
  stance: z.enum(STANCES),
  desiredStance: z.enum(STANCES),
  cadenceDays: z.string(),
  notes: z.string(),
});

export type PersonFormState = z.infer<typeof personFormStateSchema>;

export function isPersonFormState(value: unknown): value is PersonFormState {
  return personFormStateSchema.safeParse(value).success;
}

export function toPersonFormState({ emails, influence, cadenceDays, ...rest }: PersonInput): PersonFormState {
  return { ...rest, emailsText: emails.join(', '), influence: String(influence), cadenceDays: String(cadenceDays) };
}

/** The form's strings as the domain input; the domain schema then says what is wrong, if anything. */
export function personFormToInput({ emailsText, influence, cadenceDays, ...rest }: PersonFormState): PersonInput {
  return {
    ...rest,
    emails: splitEmails(emailsText),
    influence: Number(influence),
    cadenceDays: cadenceDays.trim() === '' ? Number.NaN : Number(cadenceDays),
  };
}

/** Whether two form states hold the same content, whatever order their fields were set in. */
export function samePersonForm(a: PersonFormState, b: PersonFormState): boolean {
  const keys = Object.keys(personFormStateSchema.shape) as (keyof PersonFormState)[];
  return keys.every((key) => a[key] === b[key]);
}
