import { calendarDaysBetween, localDateOf } from './dates';
import { isOverdue } from './commitments';
import { compareStrings } from './compare';
import type { Commitment, Conversation, LocalDate, Person } from './types';

// SPEC.md §4 "Relationships", for one person: recency, cadence, warmth and health. The lists across
// people (attention list, alliance breadth) are in alliance.ts.
// Every function takes "now" so a screen, a test and a benchmark see the same numbers for the same data.
// Entries dated after "now" (a meeting logged ahead of time, a clock that was wrong) are ignored
// everywhere: counting them would make a relationship look tended before the conversation happened.
// An unparseable instant parses to NaN, which fails every comparison, so such a record is left out too.

/** r ≤ this is on track. */
export const CADENCE_DUE_RATIO = 1;
/** r above this is overdue; between the two it is due. */
export const CADENCE_OVERDUE_RATIO = 1.5;

export const CADENCE_STATUSES = ['on-track', 'due', 'overdue', 'never'] as const;
export type CadenceStatus = (typeof CADENCE_STATUSES)[number];

/** Smoothing of the warmth mean: each new rating counts for half, so the newest weighs most. */
export const WARMTH_ALPHA = 0.5;
/** How many earlier smoothed values the current one is compared with to call a direction. */
export const WARMTH_TREND_WINDOW = 3;
/**
 * A quarter of a point on the 1–5 scale: one rating a whole point off the mean moves the smoothed value by
 * half a point, so this calls a direction after about one clearly warmer or cooler conversation, while
 * the back-and-forth of ordinary ratings stays "flat".
 */
export const WARMTH_TREND_THRESHOLD = 0.25;
// The mean of the previous values divides by 3, which floating point cannot always represent exactly;
// without a tolerance a difference that is exactly the threshold on paper could land just below it.
const WARMTH_TREND_TOLERANCE = 1e-9;

export const WARMTH_DIRECTIONS = ['up', 'flat', 'down', 'unknown'] as const;
export type WarmthDirection = (typeof WARMTH_DIRECTIONS)[number];

export const MIN_WARMTH = 1;
export const MAX_WARMTH = 5;

/** Points of the 0–100 health score each component can contribute. */
export const HEALTH_WEIGHTS = { recency: 40, warmth: 40, commitments: 20 } as const;
/** At this many cadences since the last conversation recency has fallen to 0. */
export const RECENCY_ZERO_RATIO = 3;
/** This many overdue i-owe commitments take the commitments component to 0. */
export const OVERDUE_COMMITMENTS_FOR_ZERO = 3;

export const CADENCE_EXPLANATION =
  'r = days since your last conversation ÷ how often you want to talk. ' +
  'On track when r ≤ 1, due when r is above 1 and up to 1.5, overdue above 1.5, ' +
  'never when you have not talked yet, and overdue once they have been in your journal longer than that ' +
  'cadence without a conversation. Logging a conversation resets it.';

export const WARMTH_EXPLANATION =
  'A running mean of your warmth ratings (1 cold … 5 warm) in which each new rating counts for half, ' +
  'so recent conversations weigh most. The arrow compares it with its mean over the three ratings ' +
  'before: up or down when it moved by a quarter point or more, flat otherwise, none with fewer than ' +
  'two ratings.';

export const HEALTH_EXPLANATION =
  'Health 0–100 = 40 × recency + 40 × warmth + 20 × commitments. ' +
  'Recency is 1 while on track and falls evenly to 0 at three times your cadence (0 if never talked). ' +
  'Warmth is (running warmth − 1) ÷ 4, or 0.5 with no ratings. ' +
  'Commitments is 1 − (overdue things you owe them ÷ 3), and 0 at three or more.';

/**
 * What the relationship functions read of a conversation. The app passes full conversations or
 * the per-person summaries it keeps pre-aggregated, so Today never reads every conversation.
 */
export type ConversationSummary = Pick<Conversation, 'id' | 'createdAt' | 'occurredAt' | 'personIds' | 'warmth'>;

export type WarmthTrend = {
  /** The smoothed warmth on the 1–5 scale, `null` with no ratings. */
  ewma: number | null;
  direction: WarmthDirection;
  /** How many ratings the mean is made of. */
  ratings: number;
};

export type HealthInput = {
  daysSince: number | null;
  cadenceDays: number;
  warmthEwma: number | null;
  overdueIOweCount: number;
};

export type HealthComponents = {
  recency: number;
  warmth: number;
  commitments: number;
};

export type RelationshipHealth = {
  /** 0–100, rounded for display and for sorting the attention list. */
  score: number;
  /** 0–100 before rounding, the exact sum of `points`. */
  exactScore: number;
  /** Each component as a fraction 0–1. */
  components: HealthComponents;
  /** Each component's contribution in points (the fraction times its weight), unrounded. */
  points: HealthComponents;
};

export type CadenceResult = {
  status: CadenceStatus;
  /** Days since / cadence days, `null` when never talked. */
  ratio: number | null;
  cadenceDays: number;
};

export type PersonStatus = {
  personId: string;
  daysSince: number | null;
  cadence: CadenceResult;
  warmth: WarmthTrend;
  overdueIOweCount: number;
  health: RelationshipHealth;
};

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}

/**
 * Whole local calendar days since the latest conversation with the person, `null` when there is none.
 * `conversations` may be everyone's; only those including the person count.
 */
export function daysSince(personId: string, conversations: readonly ConversationSummary[], now: Date): number | null {
  const nowMs = now.getTime();
  let latestMs = Number.NEGATIVE_INFINITY;
  let latest: string | null = null;
  for (const conversation of conversations) {
    if (!conversation.personIds.includes(personId)) continue;
    const ms = Date.parse(conversation.occurredAt);
    if (ms <= nowMs && ms > latestMs) {
      latestMs = ms;
      latest = conversation.occurredAt;
    }
  }
  return latest === null ? null : calendarDaysBetween(latest, now);
}

/**
 * Days since divided by cadence, `null` when never talked. A cadence under one day is read as one day:
 * nobody can talk more often than daily by this measure, and it keeps the ratio finite.
 */
export function cadenceRatio(daysSince: number | null, cadenceDays: number): number | null {
  if (daysSince === null) return null;
  return daysSince / Math.max(1, cadenceDays);
}

export function cadenceStatus(daysSince: number | null, cadenceDays: number): CadenceStatus {
  const r = cadenceRatio(daysSince, cadenceDays);
  if (r === null) return 'never';
  if (r <= CADENCE_DUE_RATIO) return 'on-track';
  if (r <= CADENCE_OVERDUE_RATIO) return 'due';
  return 'overdue';
}

/**
 * The status of someone never talked to: "never" while they are new, "overdue" once they have been in the
 * journal longer than their cadence. A peer added months ago and never met is the most overdue of all, and
 * every warning and list must say so.
 */
export function neverTalkedStatus(createdAt: string, cadenceDays: number, now: Date): CadenceStatus {
  return calendarDaysBetween(createdAt, now) > Math.max(1, cadenceDays) ? 'overdue' : 'never';
}

function isWarmthRating(value: number | undefined): value is number {
  return value !== undefined && Number.isFinite(value) && value >= MIN_WARMTH && value <= MAX_WARMTH;
}

/** One rating in a person's warmth history, with the running mean after it. */
export type WarmthPoint = { occurredAt: string; warmth: number; ewma: number };

/**
 * A person's warmth ratings, oldest first, each with the exponentially weighted mean so far. The
 * warmth chart draws this; `warmthTrend` summarises it.
 */
export function warmthHistory(
  personId: string,
  conversations: readonly ConversationSummary[],
  now: Date,
): WarmthPoint[] {
  const nowMs = now.getTime();
  const rated: { ms: number; conversation: ConversationSummary; warmth: number }[] = [];
  for (const conversation of conversations) {
    const { warmth } = conversation;
    if (!conversation.personIds.includes(personId) || !isWarmthRating(warmth)) continue;
    const ms = Date.parse(conversation.occurredAt);
    if (ms <= nowMs) rated.push({ ms, conversation, warmth });
  }
  // Ties on the instant are ordered by creation, then id, so the same data always gives the same mean.
  rated.sort(
    (a, b) =>
      a.ms - b.ms ||
      compareStrings(a.conversation.createdAt, b.conversation.createdAt) ||
      compareStrings(a.conversation.id, b.conversation.id),
  );

  const points: WarmthPoint[] = [];
  let ewma: number | null = null;
  for (const { conversation, warmth } of rated) {
    ewma = ewma === null ? warmth : WARMTH_ALPHA * warmth + (1 - WARMTH_ALPHA) * ewma;
    points.push({ occurredAt: conversation.occurredAt, warmth, ewma });
  }
  return points;
}

/** How many of a person's newest ratings the warmth chart shows. */
export const WARMTH_CHART_RATINGS = 200;
/**
 * Ratings read before the ones shown, so the shown means are exact: with α = 0.5 anything older weighs
 * less than 0.5^20 (about one millionth) in them. The chart so reads a bounded number of ratings.
 */
export const WARMTH_WARM_UP_RATINGS = 20;

/**
 * The chart's points: the newest `WARMTH_CHART_RATINGS` of the history computed over `ratings`, which
 * should be the person's newest `WARMTH_CHART_RATINGS + WARMTH_WARM_UP_RATINGS` ratings (or all of them).
 */
export function warmthChartHistory(
  personId: string,
  ratings: readonly ConversationSummary[],
  now: Date,
): WarmthPoint[] {
  return warmthHistory(personId, ratings, now).slice(-WARMTH_CHART_RATINGS);
}

/**
 * The person's warmth ratings smoothed oldest to newest (ewma₀ = first rating,
 * ewmaᵢ = α·xᵢ + (1−α)·ewmaᵢ₋₁), and whether the newest smoothed value moved against the mean of the
 * (up to) three before it. With fewer than two ratings there is nothing to compare, so the direction is
 * `unknown` rather than a misleading `flat`. Ratings outside 1–5 are ignored rather than clamped: they
 * are data errors, not opinions. `conversations` may be everyone's; only those including the person count.
 */
export function warmthTrend(personId: string, conversations: readonly ConversationSummary[], now: Date): WarmthTrend {
  const ewmas = warmthHistory(personId, conversations, now).map((point) => point.ewma);
  const ewma = ewmas.at(-1) ?? null;
  if (ewma === null || ewmas.length < 2) {
    return { ewma, direction: 'unknown', ratings: ewmas.length };
  }

  const previous = ewmas.slice(-1 - WARMTH_TREND_WINDOW, -1);
  const previousMean = previous.reduce((sum, value) => sum + value, 0) / previous.length;
  const difference = ewma - previousMean;
  const direction: WarmthDirection =
    difference >= WARMTH_TREND_THRESHOLD - WARMTH_TREND_TOLERANCE
      ? 'up'
      : difference <= -WARMTH_TREND_THRESHOLD + WARMTH_TREND_TOLERANCE
        ? 'down'
        : 'flat';
  return { ewma, direction, ratings: ewmas.length };
}

export function relationshipHealth(input: HealthInput): RelationshipHealth {
  const r = cadenceRatio(input.daysSince, input.cadenceDays);
  // (3 − r) / 2 is 1 at r = 1 and 0 at r = 3, so on-track is full marks and the fall is continuous.
  const recency = r === null ? 0 : clamp01((RECENCY_ZERO_RATIO - r) / (RECENCY_ZERO_RATIO - CADENCE_DUE_RATIO));
  const warmth = input.warmthEwma === null ? 0.5 : clamp01((input.warmthEwma - MIN_WARMTH) / (MAX_WARMTH - MIN_WARMTH));
  const commitments = 1 - clamp01(input.overdueIOweCount / OVERDUE_COMMITMENTS_FOR_ZERO);

  const points = {
    recency: HEALTH_WEIGHTS.recency * recency,
    warmth: HEALTH_WEIGHTS.warmth * warmth,
    commitments: HEALTH_WEIGHTS.commitments * commitments,
  } satisfies HealthComponents;
  const exactScore = points.recency + points.warmth + points.commitments;
  return {
    score: Math.round(exactScore),
    exactScore,
    components: { recency, warmth, commitments },
    points,
  };
}

/**
 * What I owe the person and have not done, past its due day. A commitment due today is not yet overdue,
 * and one without a due day never is. `LocalDate`s are `YYYY-MM-DD`, so string order is day order.
 */
export function overdueIOweCount(personId: string, commitments: readonly Commitment[], today: LocalDate): number {
  return commitments.filter(
    (commitment) =>
      commitment.personId === personId && commitment.direction === 'i-owe' && isOverdue(commitment, today),
  ).length;
}

/** Everything the relationship screens show for one person. The arrays may be everyone's or just theirs. */
export function personStatus(
  person: Person,
  conversations: readonly ConversationSummary[],
  commitments: readonly Commitment[],
  now: Date,
): PersonStatus {
  return personStatusWithOverdue(
    person,
    conversations,
    overdueIOweCount(person.id, commitments, localDateOf(now)),
    now,
  );
}

/**
 * `personStatus` from the number of overdue i-owe commitments, counted elsewhere (from the per-person
 * summary of open commitments at start, so that start never reads every open commitment).
 */
export function personStatusWithOverdue(
  person: Person,
  conversations: readonly ConversationSummary[],
  overdue: number,
  now: Date,
): PersonStatus {
  const days = daysSince(person.id, conversations, now);
  const warmth = warmthTrend(person.id, conversations, now);
  return {
    personId: person.id,
    daysSince: days,
    cadence: {
      status:
        days === null
          ? neverTalkedStatus(person.createdAt, person.cadenceDays, now)
          : cadenceStatus(days, person.cadenceDays),
      ratio: cadenceRatio(days, person.cadenceDays),
      cadenceDays: person.cadenceDays,
    },
    warmth,
    overdueIOweCount: overdue,
    health: relationshipHealth({
      daysSince: days,
      cadenceDays: person.cadenceDays,
      warmthEwma: warmth.ewma,
      overdueIOweCount: overdue,
    }),
  };
}
