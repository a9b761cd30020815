import * as z from 'zod/mini';
import { cleaned } from './text';
import { isLocalDate } from './local-calendar';
import { fieldErrorsFrom, type ValidationResult } from './field-errors';
import {
  INVOLVEMENTS,
  STRATEGY_AREAS,
  TECH_IMPACTS,
  type Involvement,
  type LocalDate,
  type StrategyArea,
  type TechImpact,
} from './types';

// What the roadmap-room form submits for a strategic moment (SPEC §3 StrategyMoment), and the words the form
// shows for each choice. Every message is written for the field it sits beside.

export const MOMENT_TITLE_MAX = 200;
export const MOMENT_NOTES_MAX = 100_000;
export const MOMENT_NEXT_TIME_MAX = 10_000;
/** More people than drive any one decision; a bound so a bad import cannot store a huge list. */
export const MOMENT_DRIVERS_MAX = 50;
const ID_MAX = 100;

export const AREA_LABELS: Record<StrategyArea, string> = {
  roadmap: 'Roadmap',
  acquisition: 'Acquisition',
  budget: 'Budget',
  org: 'Organisation',
  pricing: 'Pricing',
  partnership: 'Partnership',
  platform: 'Platform',
  other: 'Other',
};

export const INVOLVEMENT_LABELS: Record<Involvement, string> = {
  shaped: 'Shaped',
  consulted: 'Consulted',
  present: 'Present',
  informed: 'Informed',
  blindsided: 'Blindsided',
};

/** One line under each involvement choice, in the words of SPEC §3 (RACI vocabulary). */
export const INVOLVEMENT_EXPLANATIONS: Record<Involvement, string> = {
  shaped: 'My input formed it before the plan was drafted.',
  consulted: 'I was asked before the decision was made.',
  present: 'I was in the room when it was decided.',
  informed: 'I was told after it was decided.',
  blindsided: 'I learned of it late, and it hurt my team.',
};

/** The order the form offers involvement in: most involved first, the way SPEC §3 lists it. */
export const INVOLVEMENT_FORM_ORDER: readonly Involvement[] = INVOLVEMENTS.toReversed();

export const TECH_IMPACT_LABELS: Record<TechImpact, string> = {
  none: 'None',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

const personIdSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'Choose people from the list.'), z.maxLength(ID_MAX, 'Choose people from the list.'));

const occurredOnSchema = z
  .string({ error: 'Choose the day it was decided.' })
  .check(z.minLength(1, 'Choose the day it was decided.'), z.refine(isLocalDate, 'Use a date like 2026-11-30.'));

/** The shape of a moment's own fields, whatever its date; the form adds "not after today" (see below). */
export const strategyMomentInputSchema = z.object({
  occurredOn: occurredOnSchema,
  title: z
    .string({ error: 'A title is required.' })
    .check(
      cleaned(),
      z.trim(),
      z.minLength(1, 'A title is required.'),
      z.maxLength(MOMENT_TITLE_MAX, `A title can be at most ${MOMENT_TITLE_MAX} characters.`),
    ),
  area: z.enum(STRATEGY_AREAS, { error: 'Choose an area.' }),
  involvement: z.enum(INVOLVEMENTS, { error: 'Choose how involved you were.' }),
  techImpact: z.enum(TECH_IMPACTS, { error: 'Choose the impact on technology.' }),
  drivenBy: z.array(personIdSchema, { error: 'Choose people from the list.' }).check(
    z.maxLength(MOMENT_DRIVERS_MAX, `Choose at most ${MOMENT_DRIVERS_MAX} people.`),
    z.refine((ids) => new Set(ids).size === ids.length, 'Choose each person once.'),
  ),
  notes: z
    .string({ error: 'Notes are text.' })
    .check(
      cleaned(),
      z.maxLength(MOMENT_NOTES_MAX, `Notes can be at most ${MOMENT_NOTES_MAX.toLocaleString('en')} characters.`),
    ),
  nextTime: z
    .string({ error: 'What you will do differently is text.' })
    .check(
      cleaned(),
      z.maxLength(
        MOMENT_NEXT_TIME_MAX,
        `What you will do differently can be at most ${MOMENT_NEXT_TIME_MAX.toLocaleString('en')} characters.`,
      ),
    ),
  conversationId: z.optional(
    z
      .string({ error: 'Choose a conversation from the log.' })
      .check(
        z.minLength(1, 'Choose a conversation from the log.'),
        z.maxLength(ID_MAX, 'Choose a conversation from the log.'),
      ),
  ),
});

export type StrategyMomentInput = z.infer<typeof strategyMomentInputSchema>;
export type StrategyMomentField = keyof StrategyMomentInput;

/**
 * Parses what the form submits, for a moment on or before `today` (a decision is logged once it has been
 * made; a later date would also keep it out of every score until that day). On failure returns the first
 * message for each field.
 */
export function validateStrategyMomentInput(
  input: unknown,
  today: LocalDate,
): ValidationResult<StrategyMomentInput, StrategyMomentField> {
  // Part of the schema rather than a check after it, so a future day is reported with the other fields.
  const schema = z.extend(strategyMomentInputSchema, {
    occurredOn: occurredOnSchema.check(
      z.refine((day) => day <= today, 'Choose today or an earlier day: log a decision once it is made.'),
    ),
  });
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields = Object.keys(schema.shape) as StrategyMomentField[];
  return { ok: false, errors: fieldErrorsFrom(parsed.error.issues, fields) };
}
