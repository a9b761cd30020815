import { useMemo } from 'react';
import { Link } from 'wouter';
import type { StrategyMoment } from '@shared/domain/types';
import { UPSTREAM_SCORE_EXPLANATION, formatUpstreamScore, type UpstreamSummary } from '@shared/domain/upstream-score';
import { LineChart, type ChartSeries } from '@renderer/components/charts/LineChart';
import { TODAY_QUARTERS, useTodayUpstream, type TodayUpstream } from './use-roadmap-today';
import { useHasStrategyMoments } from '@renderer/hooks/use-strategy-moments';

const SCORE_RANGE = [0, 100] as const;
const CHART_HEIGHT = 160;

const formatScore = formatUpstreamScore;

function chartOf(quarters: TodayUpstream['quarters']): { xLabels: string[]; series: ChartSeries[] } {
  return {
    xLabels: quarters.map(({ quarter }) => quarter),
    series: [{ label: 'Upstream score', values: quarters.map(({ summary }) => summary.score), color: 'var(--accent)' }],
  };
}

/** "1 moment", "2 moments". */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The rolling 90 days as two stats: the score, and how often I was consulted on what mattered. */
function RollingStats({ summary }: { summary: UpstreamSummary }) {
  const { score, moments, consultedOnHighImpact } = summary;
  return (
    <dl className="stats">
      <div>
        <dt>Last 90 days</dt>
        <dd>
          {score === null ? (
            'No moments, so no score'
          ) : (
            <>
              <strong>{formatScore(score)}</strong> from {counted(moments, 'moment')}
            </>
          )}
        </dd>
      </div>
      <div>
        <dt>Consulted on what matters, last 90 days</dt>
        <dd>
          {consultedOnHighImpact.total === 0 ? (
            'No medium- or high-impact moments'
          ) : (
            <>
              <strong>{consultedOnHighImpact.consulted}</strong> of{' '}
              {counted(consultedOnHighImpact.total, 'medium- or high-impact moment')}
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}

/**
 * Am I upstream — in the room while the roadmap is formed? The score for the last four calendar quarters and
 * the rolling 90 days. `moments` are those of that window, read once by Today; `undefined` while loading.
 */
export function UpstreamScoreCard({ moments }: { moments: readonly StrategyMoment[] | undefined }) {
  const upstream = useTodayUpstream(moments);
  const chart = useMemo(() => upstream && chartOf(upstream.quarters), [upstream]);
  const anyRecorded = useHasStrategyMoments();
  if (!moments || !upstream || !chart || anyRecorded === undefined) return null;
  const anyQuarterScored = upstream.quarters.some(({ summary }) => summary.score !== null);

  return (
    <section className="card" aria-labelledby="upstream-heading">
      <h2 id="upstream-heading">Upstream score</h2>
      {!anyRecorded ? (
        <>
          <p className="subtle">
            Are you in the room while the roadmap is formed, or told afterwards? Record each strategic decision and how
            involved you were — shaped, consulted, present, informed or blindsided — and your upstream score shows here,
            quarter by quarter.
          </p>
          <p>
            <Link href="/roadmap/new">Record a strategy moment</Link>
          </p>
        </>
      ) : (
        <>
          {anyQuarterScored ? (
            <>
              <LineChart
                title="Upstream score by calendar quarter (0–100)"
                xLabels={chart.xLabels}
                series={chart.series}
                yRange={SCORE_RANGE}
                height={CHART_HEIGHT}
                formatValue={formatScore}
              />
              <p className="subtle">
                The last {TODAY_QUARTERS} calendar quarters, this one so far. A quarter without moments is a gap, never
                a zero.
              </p>
            </>
          ) : (
            <p className="subtle">No strategy moments in the last {TODAY_QUARTERS} calendar quarters.</p>
          )}
          <RollingStats summary={upstream.rolling90Days.summary} />
          <p>
            <Link href="/roadmap">Open the Roadmap room</Link>
          </p>
          <details>
            <summary>How is this computed?</summary>
            <p>{UPSTREAM_SCORE_EXPLANATION}</p>
          </details>
        </>
      )}
    </section>
  );
}
