import { parseISO } from 'date-fns';
import { useMemo } from 'react';
import { roadmapWarnings, type RoadmapWarning } from '@shared/domain/roadmap-warnings';
import type { StrategyMoment } from '@shared/domain/types';
import {
  firstDayOfUpstreamWindow,
  upstreamByQuarter,
  upstreamRolling90Days,
  type PeriodUpstream,
  type QuarterUpstream,
} from '@shared/domain/upstream-score';
import { useToday } from '@renderer/hooks/use-now';

// The roadmap-room numbers Today shows, from the moments Today reads once (useStrategyMoments in
// TodayScreen) and passes to both the warnings and the upstream card.

/** Today's chart shows the current calendar quarter and the three before it. */
export const TODAY_QUARTERS = 4;

export type TodayUpstream = {
  /** Oldest first; a quarter without moments has a `null` score. */
  quarters: QuarterUpstream<StrategyMoment>[];
  rolling90Days: PeriodUpstream<StrategyMoment>;
};

/**
 * Local midnight today, as a Date that changes only when the day does. Every roadmap number depends on the
 * day alone, so they are recomputed at midnight rather than with each tick of the clock, and the chart is
 * not redrawn every minute.
 */
function useStartOfToday(): Date {
  const today = useToday();
  // parseISO reads a date-only string as local midnight (`new Date('2026-11-20')` would be UTC midnight).
  return useMemo(() => parseISO(today), [today]);
}

/** The days whose moments Today's numbers use: from the oldest quarter shown (or 90 days back) to today. */
export function useTodayMomentsWindow(): { from: string; to: string } {
  const today = useToday();
  const now = useStartOfToday();
  return useMemo(() => ({ from: firstDayOfUpstreamWindow(now, TODAY_QUARTERS), to: today }), [now, today]);
}

/** The upstream score per quarter and for the rolling 90 days; `undefined` while the moments load. */
export function useTodayUpstream(moments: readonly StrategyMoment[] | undefined): TodayUpstream | undefined {
  const now = useStartOfToday();
  return useMemo(
    () =>
      moments && {
        quarters: upstreamByQuarter(moments, now, TODAY_QUARTERS),
        rolling90Days: upstreamRolling90Days(moments, now),
      },
    [moments, now],
  );
}

/** The roadmap-room early warnings of SPEC §4 that hold today; `undefined` while the moments load. */
export function useRoadmapWarnings(moments: readonly StrategyMoment[] | undefined): RoadmapWarning[] | undefined {
  const now = useStartOfToday();
  return useMemo(() => moments && roadmapWarnings({ moments, now }), [moments, now]);
}
