import { isValid } from 'date-fns';
import { compareStrings } from './compare';
import { localDateOf } from './dates';
import {
  addLocalDays,
  assertLocalDate,
  inDateRange,
  lastQuarters,
  quarterOf,
  quarterRange,
  type DateRange,
  type QuarterKey,
} from './local-calendar';
import {
  INVOLVEMENTS,
  TECH_IMPACTS,
  type Involvement,
  type LocalDate,
  type StrategyMoment,
  type TechImpact,
} from './types';

// SPEC §4 "Roadmap room": whether I am upstream — in the room while the roadmap is formed — measured over
// the strategic moments I logged. The period functions take "now" and leave out moments dated after today
// (a decision cannot have happened yet, and counting it would move a score before it is true);
// upstreamSummary reads exactly the moments it is given.

/** How much a moment counts in the score, by its impact on technology. */
export const TECH_IMPACT_WEIGHTS = { none: 0.5, low: 1, medium: 2, high: 3 } as const satisfies Record<
  TechImpact,
  number
>;
/** The highest involvement level (shaped); a moment scores its level ÷ this × 100. */
const MAX_INVOLVEMENT_LEVEL = INVOLVEMENTS.length - 1;
/** The rolling window is today and the days before it, this many days in all. */
export const ROLLING_WINDOW_DAYS = 90;
/** The impacts counted in "consulted on what matters". */
export const HIGH_IMPACTS: readonly TechImpact[] = ['medium', 'high'];
/** From this involvement up I was asked before the decision. */
export const CONSULTED_FROM: Involvement = 'consulted';

export const UPSTREAM_SCORE_EXPLANATION =
  'Each strategic moment scores how involved you were, out of 100: shaped 100, consulted 75, present 50, ' +
  'informed 25, blindsided 0. The upstream score is the mean of those scores weighted by the impact on ' +
  'technology — none counts 0.5, low 1, medium 2, high 3 — so a high-impact decision weighs six times one ' +
  'with no impact. A period without moments has no score, not 0. "Consulted on what matters" is the share of ' +
  'medium- and high-impact moments that you were consulted on or shaped. Quarters are calendar quarters in ' +
  'your local calendar (January–March, April–June, July–September, October–December), the current one so ' +
  'far; the rolling 90 days are today and the 89 days before it. Moments dated after today are not counted.';

/**
 * A score as every screen and message writes it: one decimal (weighted means are rarely whole), without a
 * trailing ".0", so a chart, a card and a warning show the same number for the same period.
 */
export function formatUpstreamScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

/** What the score reads of a moment; the blindsided list gives back whatever moments were passed in. */
export type ScoredMoment = Pick<StrategyMoment, 'id' | 'occurredOn' | 'involvement' | 'techImpact'>;

export type UpstreamSummary<M extends ScoredMoment = ScoredMoment> = {
  /** 0–100, unrounded; `null` when there are no moments, never 0. */
  score: number | null;
  /** How many moments the summary is made of. */
  moments: number;
  /** Moments per involvement level, every level present (0 when none). */
  counts: Record<Involvement, number>;
  /** Of the medium- and high-impact moments, how many I was at least consulted on; `share` 0–1, `null` when none. */
  consultedOnHighImpact: { consulted: number; total: number; share: number | null };
  /** The blindsided moments, newest first (same day: by id, so the order is stable). */
  blindsided: M[];
};

export type PeriodUpstream<M extends ScoredMoment = ScoredMoment> = {
  /** The days counted: a whole quarter, the current quarter up to today, or the rolling window. */
  range: DateRange;
  summary: UpstreamSummary<M>;
};

export type QuarterUpstream<M extends ScoredMoment = ScoredMoment> = PeriodUpstream<M> & { quarter: QuarterKey };

/** 0 blindsided … 4 shaped: the index in INVOLVEMENTS. Throws a RangeError for a value that is not a level. */
export function involvementLevel(involvement: Involvement): number {
  const level = INVOLVEMENTS.indexOf(involvement);
  // Stored moments are validated on input; an unknown value is corruption and would turn the score into NaN.
  if (level === -1) throw new RangeError(`Not an involvement level: "${involvement}"`);
  return level;
}

/** The weight of a moment's impact on technology. Throws a RangeError for a value that is not an impact. */
function techImpactWeight(impact: TechImpact): number {
  if (!TECH_IMPACTS.includes(impact)) throw new RangeError(`Not a tech impact: "${impact}"`);
  return TECH_IMPACT_WEIGHTS[impact];
}

/** The summary of exactly the moments given, whatever their dates; the period functions below choose them. */
export function upstreamSummary<M extends ScoredMoment>(moments: readonly M[]): UpstreamSummary<M> {
  const counts: Record<Involvement, number> = { blindsided: 0, informed: 0, present: 0, consulted: 0, shaped: 0 };
  const consultedFrom = involvementLevel(CONSULTED_FROM);
  let weightedLevels = 0;
  let totalWeight = 0;
  let highImpact = 0;
  let consultedOnHighImpact = 0;
  for (const moment of moments) {
    const level = involvementLevel(moment.involvement);
    const weight = techImpactWeight(moment.techImpact);
    counts[moment.involvement] += 1;
    weightedLevels += weight * level;
    totalWeight += weight;
    if (HIGH_IMPACTS.includes(moment.techImpact)) {
      highImpact += 1;
      if (level >= consultedFrom) consultedOnHighImpact += 1;
    }
  }
  const blindsided = moments
    .filter((moment) => moment.involvement === 'blindsided')
    .sort((a, b) => compareStrings(b.occurredOn, a.occurredOn) || compareStrings(a.id, b.id));
  return {
    // Levels are summed whole and divided once, so a set of equal moments scores exactly their level.
    score: totalWeight === 0 ? null : (weightedLevels / totalWeight / MAX_INVOLVEMENT_LEVEL) * 100,
    moments: moments.length,
    counts,
    consultedOnHighImpact: {
      consulted: consultedOnHighImpact,
      total: highImpact,
      share: highImpact === 0 ? null : consultedOnHighImpact / highImpact,
    },
    blindsided,
  };
}

/** The moments dated within `range`, edges included, in the order given. Throws a RangeError for a malformed day. */
export function momentsIn<M extends Pick<StrategyMoment, 'occurredOn'>>(moments: readonly M[], range: DateRange): M[] {
  return moments.filter((moment) => {
    assertLocalDate(moment.occurredOn);
    return inDateRange(moment.occurredOn, range);
  });
}

/** The rolling window ending today (local calendar): today and the 89 days before it, both edges included. */
export function rollingWindow(now: Date): DateRange {
  const today = todayOf(now, 'rollingWindow');
  return { from: addLocalDays(today, -(ROLLING_WINDOW_DAYS - 1)), to: today };
}

/** The summary of the rolling 90 days ending today. */
export function upstreamRolling90Days<M extends ScoredMoment>(moments: readonly M[], now: Date): PeriodUpstream<M> {
  const range = rollingWindow(now);
  return { range, summary: upstreamSummary(momentsIn(moments, range)) };
}

/**
 * One entry per calendar quarter for the `count` quarters ending with the current one, oldest first. The
 * current quarter counts up to today (its `range.to` is today). A quarter without moments has a `null`
 * score: a gap in the chart, not a zero.
 */
export function upstreamByQuarter<M extends ScoredMoment>(
  moments: readonly M[],
  now: Date,
  count: number,
): QuarterUpstream<M>[] {
  const today = todayOf(now, 'upstreamByQuarter');
  const current = quarterOf(today);
  // Grouped in one pass so ten years of moments are read once, not once per quarter.
  const byQuarter = new Map<QuarterKey, M[]>();
  for (const moment of moments) {
    const quarter = quarterOf(moment.occurredOn);
    if (moment.occurredOn > today) continue;
    const group = byQuarter.get(quarter);
    if (group === undefined) byQuarter.set(quarter, [moment]);
    else group.push(moment);
  }
  return lastQuarters(current, count).map((quarter) => {
    const { from, to } = quarterRange(quarter);
    return {
      quarter,
      range: { from, to: quarter === current ? today : to },
      summary: upstreamSummary(byQuarter.get(quarter) ?? []),
    };
  });
}

/**
 * The first local day that the `count` quarters ending with the current one and the rolling 90 days look
 * at: Today reads the moments from there on, never the whole history.
 */
export function firstDayOfUpstreamWindow(now: Date, count: number): LocalDate {
  const [oldest] = lastQuarters(quarterOf(todayOf(now, 'firstDayOfUpstreamWindow')), count);
  const quarterStart = oldest === undefined ? todayOf(now, 'firstDayOfUpstreamWindow') : quarterRange(oldest).from;
  const rollingStart = rollingWindow(now).from;
  return quarterStart < rollingStart ? quarterStart : rollingStart;
}

function todayOf(now: Date, caller: string): LocalDate {
  if (!isValid(now)) throw new RangeError(`${caller}: invalid now`);
  return localDateOf(now);
}
