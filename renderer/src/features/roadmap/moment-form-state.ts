import * as z from 'zod/mini';
import type { StrategyMomentInput } from '@shared/domain/strategy-moment';
import { INVOLVEMENTS, STRATEGY_AREAS, TECH_IMPACTS, type StrategyMoment } from '@shared/domain/types';

/**
 * The strategy moment form as typed: a choice not made yet is ''. This is also what a draft stores, so the
 * schema below checks drafts saved by an earlier session before they are offered.
 */
const momentFormStateSchema = z.object({
  occurredOn: z.string(),
  title: z.string(),
  area: z.union([z.enum(STRATEGY_AREAS), z.literal('')]),
  involvement: z.union([z.enum(INVOLVEMENTS), z.literal('')]),
  techImpact: z.union([z.enum(TECH_IMPACTS), z.literal('')]),
  drivenBy: z.array(z.string()),
  notes: z.string(),
  nextTime: z.string(),
  /** '' for no link. */
  conversationId: z.string(),
});

export type MomentFormState = z.infer<typeof momentFormStateSchema>;

export function isMomentFormState(value: unknown): value is MomentFormState {
  return momentFormStateSchema.safeParse(value).success;
}

/** A new moment on `today`, with what a conversation already told (its people and the link to it). */
export function emptyMomentForm(
  today: string,
  from: { drivenBy?: string[]; conversationId?: string } = {},
): MomentFormState {
  return {
    occurredOn: today,
    title: '',
    area: '',
    involvement: '',
    techImpact: '',
    drivenBy: from.drivenBy ?? [],
    notes: '',
    nextTime: '',
    conversationId: from.conversationId ?? '',
  };
}

export function toMomentForm(moment: StrategyMoment): MomentFormState {
  const { occurredOn, title, area, involvement, techImpact, drivenBy, notes, nextTime } = moment;
  return {
    occurredOn,
    title,
    area,
    involvement,
    techImpact,
    drivenBy,
    notes,
    nextTime,
    conversationId: moment.conversationId ?? '',
  };
}

/** The form as the domain input; an unmade choice stays '' so the domain schema names it. */
export function momentFormToInput({ conversationId, ...rest }: MomentFormState): StrategyMomentInput {
  return { ...(rest as Omit<StrategyMomentInput, 'conversationId'>), ...(conversationId ? { conversationId } : {}) };
}

export function sameMomentForm(a: MomentFormState, b: MomentFormState): boolean {
  const keys = Object.keys(momentFormStateSchema.shape) as (keyof MomentFormState)[];
  return keys.every((key) => (key === 'drivenBy' ? a.drivenBy.join('|') === b.drivenBy.join('|') : a[key] === b[key]));
}
