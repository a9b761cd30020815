import { useEffect, useRef, useState } from 'react';

export type ChartSeries = {
  label: string;
  /** One value per x label; `null` is a gap, never drawn as zero. */
  values: readonly (number | null)[];
  /** A CSS colour or `var(--name)`; resolved against the current theme when drawn. */
  color: string;
  dashed?: boolean;
};

export type LineChartProps = {
  /** The chart's accessible name, e.g. "Burnout (work), by week". */
  title: string;
  xLabels: readonly string[];
  series: readonly ChartSeries[];
  yRange?: readonly [number, number];
  height?: number;
  /** How values are shown in the data table and tooltip. */
  formatValue?: (value: number) => string;
};

const defaultFormat = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/**
 * A line chart drawn by uPlot (loaded on first use, so it is not in the start-up bundle), with the
 * same numbers as a table for keyboard and screen-reader users. The chart only draws: every value
 * is computed in shared/ before it gets here.
 */
export function LineChart({
  title,
  xLabels,
  series,
  yRange,
  height = 200,
  formatValue = defaultFormat,
}: LineChartProps) {
  const plotRef = useRef<HTMLDivElement>(null);
  const [drawError, setDrawError] = useState(false);

  useEffect(() => {
    const target = plotRef.current;
    if (!target) return undefined;
    let disposed = false;
    let destroy: (() => void) | undefined;
    import('./draw-line-chart')
      .then(({ drawLineChart }) => {
        if (disposed) return;
        destroy = drawLineChart(target, { xLabels, series, yRange, height, formatValue });
      })
      .catch(() => setDrawError(true));
    return () => {
      disposed = true;
      destroy?.();
    };
  }, [xLabels, series, yRange, height, formatValue]);

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div
        ref={plotRef}
        className="chart-plot"
        role="img"
        aria-label={`${title} (chart; the data is in the table below)`}
      />
      {drawError && <p className="subtle">The chart could not be drawn here; the table has the same data.</p>}
      <details>
        <summary>Show the data as a table</summary>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              {series.map((s) => (
                <th key={s.label} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {xLabels.map((label, index) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((s) => {
                  const value = s.values[index];
                  return <td key={s.label}>{value === null || value === undefined ? '—' : formatValue(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
