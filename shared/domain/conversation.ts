import * as z from 'zod/mini';
import { personNameSchema } from './person';
import { cleaned } from './text';
import { COMMITMENT_DIRECTIONS, CONVERSATION_KINDS } from './types';

export const CONVERSATION_NOTES_MAX = 100_000;
export const CONVERSATION_TITLE_MAX = 200;
export const TAG_MAX = 40;
export const ITEM_TEXT_MAX = 500;

/** Due dates a promise can sensibly have; a typo such as 0226 or 20226 lands outside and is named. */
export const DUE_DATE_RANGE = { from: '1970-01-01', to: '2099-12-31' } as const;

const localDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-11-30.'),
  z.refine((day) => day >= DUE_DATE_RANGE.from && day <= DUE_DATE_RANGE.to, 'Choose a due date between 1970 and 2099.'),
);

const itemText = z
  .string()
  .check(
    cleaned(),
    z.trim(),
    z.minLength(1, 'Write something first.'),
    z.maxLength(ITEM_TEXT_MAX, `At most ${ITEM_TEXT_MAX} characters.`),
  );

/** The id a person chosen by name in the form carries until the conversation is saved and they exist. */
export const PENDING_PERSON_PREFIX = 'new:';

/** Someone added by name in the quick log: created with the conversation, in the same transaction. */
export const newPersonSchema = z.object({
  id: z.string().check(z.startsWith(PENDING_PERSON_PREFIX), z.maxLength(100)),
  name: personNameSchema,
});
export type NewPerson = z.infer<typeof newPersonSchema>;

export const newCommitmentSchema = z.object({
  personId: z.string().check(z.minLength(1, 'Choose who this commitment is with.')),
  direction: z.enum(COMMITMENT_DIRECTIONS, { error: 'Choose who owes it.' }),
  text: itemText,
  dueOn: z.optional(localDate),
});
export type NewCommitment = z.infer<typeof newCommitmentSchema>;

/** What the conversation form saves. Commitments and what was heard are added with it, in one write. */
export const conversationInputSchema = z
  .object({
    occurredAt: z.iso.datetime({ error: 'Choose when it happened.' }),
    personIds: z
      .array(z.string().check(z.minLength(1)))
      .check(z.minLength(1, 'Choose at least one person.'), z.maxLength(50, 'At most 50 people.')),
    kind: z.enum(CONVERSATION_KINDS, { error: 'Choose a kind of conversation.' }),
    title: z
      .string()
      .check(
        cleaned(),
        z.trim(),
        z.maxLength(CONVERSATION_TITLE_MAX, `A title can be at most ${CONVERSATION_TITLE_MAX} characters.`),
      ),
    notes: z
      .string()
      .check(
        cleaned(),
        z.maxLength(
          CONVERSATION_NOTES_MAX,
          `Notes can be at most ${CONVERSATION_NOTES_MAX.toLocaleString('en')} characters.`,
        ),
      ),
    warmth: z.nullable(z.number().check(z.int(), z.gte(1, 'Warmth is 1 to 5.'), z.lte(5, 'Warmth is 1 to 5.'))),
    habits: z.object({ listened: z.boolean(), plainLanguage: z.boolean(), offeredHelp: z.boolean() }),
    tags: z
      .array(
        z
          .string()
          .check(cleaned(), z.minLength(1), z.maxLength(TAG_MAX, `A tag can be at most ${TAG_MAX} characters.`)),
      )
      .check(z.maxLength(20, 'At most 20 tags.')),
    heard: z.object({
      priorities: z.array(itemText).check(z.maxLength(20, 'At most 20 at once.')),
      worries: z.array(itemText).check(z.maxLength(20, 'At most 20 at once.')),
    }),
    newCommitments: z.array(newCommitmentSchema).check(z.maxLength(30, 'At most 30 commitments at once.')),
    newPeople: z.optional(z.array(newPersonSchema).check(z.maxLength(20, 'At most 20 new people at once.'))),
  })
  .check(
    z.superRefine((input, context) => {
      const pending = new Set((input.newPeople ?? []).map((person) => person.id));
      if (input.personIds.some((id) => id.startsWith(PENDING_PERSON_PREFIX) && !pending.has(id))) {
        context.addIssue({ code: 'custom', path: ['personIds'], message: 'Someone chosen no longer exists.' });
      }
      input.newCommitments.forEach((commitment, index) => {
        if (!input.personIds.includes(commitment.personId)) {
          context.addIssue({
            code: 'custom',
            path: ['newCommitments', index, 'personId'],
            message: 'A commitment must be with someone in this conversation.',
          });
        }
      });
    }),
  );

export type ConversationInput = z.infer<typeof conversationInputSchema>;

/** How far ahead a conversation may be dated before the form asks whether the date is meant. */
export const FUTURE_GRACE_HOURS = 24;
/** Before this, a date is almost certainly a slip of the keyboard (1900, 0026…). */
export const EARLIEST_SENSIBLE = '1970-01-01T00:00:00.000Z';

/**
 * Whether a conversation's time needs the user's confirmation: more than a day in the future (logged ahead
 * by mistake, it would hide the person as never talked to), or before 1970. `null` when it is plausible.
 */
export function unlikelyConversationTime(occurredAt: string, now: Date): 'future' | 'too-early' | null {
  const at = Date.parse(occurredAt);
  if (Number.isNaN(at)) return null;
  if (at > now.getTime() + FUTURE_GRACE_HOURS * 3_600_000) return 'future';
  if (at < Date.parse(EARLIEST_SENSIBLE)) return 'too-early';
  return null;
}

/**
 * Turns what the user typed in the tags box into tags: split on commas, `#` dropped, blanks
 * dropped, and the same tag only once whatever its case.
 */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/^#+/, '').trim();
    const key = tag.toLocaleLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/**
 * One item per non-blank line: how the "heard" boxes are typed. A leading list bullet (`- `, `* `, `•`)
 * is dropped; a `-` or `*` not followed by a space is part of the text (`-20% budget`, `*Really*`).
 */
export function parseLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-*](?:\s+|$)|•\s*)/, '').trim())
    .filter((line) => line.length > 0);
}
