import { useMemo } from 'react';
import type { WeeklyPoint } from '@shared/domain/trends';
import { LineChart, type ChartSeries } from '@renderer/components/charts/LineChart';
import { ROLLING_WEEKS, TREND_WEEKS, useCheckInTrends, type CheckInTrends } from './use-check-in-trends';

type Chart = { title: string; yRange: readonly [number, number]; series: ChartSeries[] };

const values = (points: readonly WeeklyPoint[]) => points.map((point) => point.value);
const hasData = (points: readonly WeeklyPoint[]) => points.some((point) => point.value !== null);

function withMean(
  label: string,
  color: string,
  points: readonly WeeklyPoint[],
  mean: readonly WeeklyPoint[],
): ChartSeries[] {
  return [
    { label, values: values(points), color },
    { label: `${label}, ${ROLLING_WEEKS}-week mean`, values: values(mean), color, dashed: true },
  ];
}

function buildCharts({ series, means }: CheckInTrends): Chart[] {
  const burnout = withMean('Work burnout', 'var(--accent)', series.cbiWork, means.cbiWork);
  if (hasData(series.cbiPersonal)) {
    burnout.push(...withMean('Personal burnout', 'var(--warn)', series.cbiPersonal, means.cbiPersonal));
  }
  return [
    { title: 'Burnout by week (0–100)', yRange: [0, 100], series: burnout },
    {
      title: 'Loneliness by week (3–9)',
      yRange: [3, 9],
      series: withMean('Loneliness', 'var(--accent)', series.ucla3, means.ucla3),
    },
    {
      title: 'Energy by week (1–5)',
      yRange: [1, 5],
      series: withMean('Energy', 'var(--ok)', series.energy, means.energy),
    },
  ];
}

/** Burnout, loneliness and energy over the last six months, ending with `toWeek`. */
export function CheckInTrendCharts({ toWeek }: { toWeek: string }) {
  const trends = useCheckInTrends(toWeek);
  const charts = useMemo(() => (trends ? buildCharts(trends) : undefined), [trends]);
  if (!trends || !charts) return null;
  return (
    <section className="check-in-trends" aria-labelledby="check-in-trends-heading">
      <h2 id="check-in-trends-heading">Trends</h2>
      {trends.checkInCount === 0 ? (
        <p className="subtle">Your trends appear here after your first check-in.</p>
      ) : (
        <>
          <p className="subtle">
            The last {TREND_WEEKS} weeks. Each point is one week’s score; a week without a check-in (or without enough
            answers to score) is a gap, never a zero. The dashed line is the {ROLLING_WEEKS}-week rolling mean: the
            average of the scores among that week and the {ROLLING_WEEKS - 1} weeks before it.
          </p>
          {charts.map((chart) => (
            <LineChart
              key={chart.title}
              title={chart.title}
              xLabels={trends.weeks}
              series={chart.series}
              yRange={chart.yRange}
            />
          ))}
        </>
      )}
    </section>
  );
}
