import { format } from 'date-fns';
import { useMemo } from 'react';
import {
  WARMTH_CHART_RATINGS,
  WARMTH_EXPLANATION,
  WARMTH_WARM_UP_RATINGS,
  warmthChartHistory,
} from '@shared/domain/relationships';
import { LineChart, type ChartSeries } from '@renderer/components/charts/LineChart';
import { useWarmthRatings } from '@renderer/hooks/use-conversations';
import { useNow } from '@renderer/hooks/use-now';

const WARMTH_RANGE = [1, 5] as const;

/** The newest warmth ratings and the running weighted mean, oldest to newest: a bounded read. */
export function WarmthChart({ personId }: { personId: string }) {
  const ratings = useWarmthRatings(personId, WARMTH_CHART_RATINGS + WARMTH_WARM_UP_RATINGS);
  const now = useNow();
  const history = useMemo(() => warmthChartHistory(personId, ratings ?? [], now), [personId, ratings, now]);
  const xLabels = useMemo(() => history.map((point) => format(new Date(point.occurredAt), 'd MMM yyyy')), [history]);
  const series = useMemo<ChartSeries[]>(
    () => [
      { label: 'Warmth', values: history.map((p) => p.warmth), color: 'var(--accent)' },
      { label: 'Weighted mean', values: history.map((p) => p.ewma), color: 'var(--muted)', dashed: true },
    ],
    [history],
  );
  return (
    <section aria-labelledby="warmth-heading">
      <h2 id="warmth-heading">Warmth over time</h2>
      {ratings === undefined ? null : history.length === 0 ? (
        <p className="subtle">No warmth ratings yet. Rate how a conversation felt when you log it.</p>
      ) : (
        <>
          <LineChart title="Warmth by conversation" xLabels={xLabels} series={series} yRange={WARMTH_RANGE} />
          <p className="subtle">
            {history.length === WARMTH_CHART_RATINGS ? `The newest ${WARMTH_CHART_RATINGS} ratings. ` : ''}
            {WARMTH_EXPLANATION}
          </p>
        </>
      )}
    </section>
  );
}
