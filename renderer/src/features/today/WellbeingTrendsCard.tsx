import { useMemo } from 'react';
import { Link } from 'wouter';
import { parseISO } from 'date-fns';
import { isoWeekOf } from '@shared/domain/iso-week';
import { LineChart } from '@renderer/components/charts/LineChart';
import { useCheckInTrends } from '@renderer/features/check-in/use-check-in-trends';
import { useToday } from '@renderer/hooks/use-now';

/** Today shows the last twelve weeks; the Check-in screen has the half year. */
const TODAY_WEEKS = 12;
const CHART_HEIGHT = 120;
const BURNOUT_RANGE = [0, 100] as const;
const LONELINESS_RANGE = [3, 9] as const;

/**
 * Burnout and loneliness by week at a glance: the same series as the Check-in screen's trends, the last twelve
 * weeks of them. A week without a check-in is a gap, never a zero.
 */
export function WellbeingTrendsCard() {
  const today = useToday();
  const week = useMemo(() => isoWeekOf(parseISO(today)), [today]);
  const trends = useCheckInTrends(week);
  const recent = useMemo(() => {
    if (!trends) return undefined;
    const last = <T,>(values: readonly T[]) => values.slice(-TODAY_WEEKS);
    return {
      weeks: last(trends.weeks),
      burnout: last(trends.series.cbiWork).map((point) => point.value),
      loneliness: last(trends.series.ucla3).map((point) => point.value),
    };
  }, [trends]);
  if (!trends || !recent) return null;
  const burnout = [{ label: 'Work burnout', values: recent.burnout, color: 'var(--accent)' }];
  const loneliness = [{ label: 'Loneliness', values: recent.loneliness, color: 'var(--accent)' }];
  return (
    <section className="card" aria-labelledby="wellbeing-trends-heading">
      <h2 id="wellbeing-trends-heading">Wellbeing</h2>
      {trends.checkInCount === 0 ? (
        <p className="subtle">
          Burnout and loneliness by week appear here after your first weekly check-in.{' '}
          <Link href="/check-in">Do this week’s check-in</Link>
        </p>
      ) : (
        <>
          <LineChart
            title="Work burnout by week (0–100)"
            xLabels={recent.weeks}
            series={burnout}
            yRange={BURNOUT_RANGE}
            height={CHART_HEIGHT}
          />
          <LineChart
            title="Loneliness by week (3–9)"
            xLabels={recent.weeks}
            series={loneliness}
            yRange={LONELINESS_RANGE}
            height={CHART_HEIGHT}
          />
          <p>
            <Link href="/check-in">All trends and scores</Link>
          </p>
        </>
      )}
    </section>
  );
}
