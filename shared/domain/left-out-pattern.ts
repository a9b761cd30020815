import { compareStrings } from './compare';
import { assertLocalDate } from './local-calendar';
import { involvementLevel } from './upstream-score';
import { STRATEGY_AREAS, type Involvement, type LocalDate, type StrategyArea, type StrategyMoment } from './types';

// SPEC §4 "Left-out pattern": of the decisions I heard about only afterwards, which areas and which people
// keep coming up. One miss is an accident; the same area or the same driver twice is a pattern worth acting
// on (a standing 1:1 with that person, a seat in that planning forum). The function reads exactly the moments
// it is given, so the screen chooses the period (momentsIn with a quarter or the rolling window).

/** Moments at this involvement or below count as left out: told after, or blindsided. */
export const LEFT_OUT_UP_TO: Involvement = 'informed';
/** An area or a driver recurs when it appears in at least this many left-out moments. */
export const LEFT_OUT_RECURS_FROM = 2;

export const LEFT_OUT_PATTERN_EXPLANATION =
  'The moments where you were only informed after the decision, or blindsided, counted by area and by the ' +
  'people who drove them (a moment driven by two people counts once for each). Most frequent first; on a ' +
  'tie, the most recent first. An area or a person recurs when it comes up in 2 or more of these moments: ' +
  'a pattern worth a conversation before the next decision, rather than a single miss.';

/** What the pattern reads of a moment. */
export type LeftOutMoment = Pick<StrategyMoment, 'occurredOn' | 'area' | 'involvement' | 'drivenBy'>;

export type LeftOutCount = {
  /** How many left-out moments it appears in. */
  count: number;
  /** The day of the newest of them. */
  lastOn: LocalDate;
  /** `count` ≥ LEFT_OUT_RECURS_FROM. */
  recurs: boolean;
};

export type LeftOutPattern = {
  /** How many of the moments given were left-out moments. */
  leftOut: number;
  /** Areas with at least one left-out moment, most first. */
  areas: (LeftOutCount & { area: StrategyArea })[];
  /** People who drove at least one left-out moment, most first (same count and day: by id). */
  drivers: (LeftOutCount & { personId: string })[];
};

/** Informed or blindsided: I was not asked before the decision and was not in the room. */
export function isLeftOut(moment: Pick<StrategyMoment, 'involvement'>): boolean {
  return involvementLevel(moment.involvement) <= involvementLevel(LEFT_OUT_UP_TO);
}

/** The areas and drivers of the left-out moments among `moments`. Throws a RangeError for a malformed day. */
export function leftOutPattern(moments: readonly LeftOutMoment[]): LeftOutPattern {
  const areas = new Map<StrategyArea, Tally>();
  const drivers = new Map<string, Tally>();
  let leftOut = 0;
  for (const moment of moments) {
    if (!isLeftOut(moment)) continue;
    assertLocalDate(moment.occurredOn);
    leftOut += 1;
    tally(areas, moment.area, moment.occurredOn);
    // A person listed twice on one moment was still one person driving one decision.
    for (const personId of new Set(moment.drivenBy)) {
      if (personId.trim() !== '') tally(drivers, personId, moment.occurredOn);
    }
  }
  return {
    leftOut,
    areas: [...areas]
      .map(([area, counted]) => ({ area, ...withRecurs(counted) }))
      .sort((a, b) => byCountThenRecent(a, b) || STRATEGY_AREAS.indexOf(a.area) - STRATEGY_AREAS.indexOf(b.area)),
    drivers: [...drivers]
      .map(([personId, counted]) => ({ personId, ...withRecurs(counted) }))
      .sort((a, b) => byCountThenRecent(a, b) || compareStrings(a.personId, b.personId)),
  };
}

type Tally = Omit<LeftOutCount, 'recurs'>;

function tally<K>(tallies: Map<K, Tally>, key: K, occurredOn: LocalDate): void {
  const { count, lastOn } = tallies.get(key) ?? { count: 0, lastOn: occurredOn };
  tallies.set(key, { count: count + 1, lastOn: occurredOn > lastOn ? occurredOn : lastOn });
}

function withRecurs({ count, lastOn }: Tally): LeftOutCount {
  return { count, lastOn, recurs: count >= LEFT_OUT_RECURS_FROM };
}

function byCountThenRecent(a: LeftOutCount, b: LeftOutCount): number {
  return b.count - a.count || compareStrings(b.lastOn, a.lastOn);
}
