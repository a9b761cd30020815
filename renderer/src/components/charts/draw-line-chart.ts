import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { ChartSeries } from './LineChart';

type DrawOptions = {
  xLabels: readonly string[];
  series: readonly ChartSeries[];
  yRange: readonly [number, number] | undefined;
  height: number;
  formatValue: (value: number) => string;
};

/** Resolves `var(--name)` against the page, so the chart follows the light or dark theme. */
function resolveColor(color: string): string {
  const match = /^var\((--[\w-]+)\)$/.exec(color);
  if (!match?.[1]) return color;
  return getComputedStyle(document.documentElement).getPropertyValue(match[1]).trim() || '#888';
}

/** Draws into `target` and returns a function that removes the chart. */
export function drawLineChart(target: HTMLElement, options: DrawOptions): () => void {
  const { xLabels, series, yRange, height, formatValue } = options;
  const axisColor = resolveColor('var(--muted)');
  const gridColor = resolveColor('var(--border)');
  const xs = xLabels.map((_, index) => index);
  const data: uPlot.AlignedData = [xs, ...series.map((s) => s.values.map((v) => v ?? null))];
  const plot = new uPlot(
    {
      width: Math.max(240, target.clientWidth || 480),
      height,
      legend: { show: series.length > 1 },
      padding: [8, 24, 0, 8],
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: false },
        y: yRange ? { range: [yRange[0], yRange[1]] } : { auto: true },
      },
      axes: [
        {
          stroke: axisColor,
          grid: { stroke: gridColor, width: 1 },
          values: (_u, ticks) => ticks.map((tick) => xLabels[tick] ?? ''),
        },
        {
          stroke: axisColor,
          grid: { stroke: gridColor, width: 1 },
          values: (_u, ticks) => ticks.map((tick) => formatValue(tick)),
        },
      ],
      series: [
        { label: 'Period', value: (_u, index) => (index === null ? '' : (xLabels[index] ?? '')) },
        ...series.map((s) => ({
          label: s.label,
          stroke: resolveColor(s.color),
          width: 2,
          dash: s.dashed ? [6, 4] : undefined,
          spanGaps: false,
          points: { show: true, size: 5 },
          value: (_u: uPlot, value: number | null) => (value === null ? '—' : formatValue(value)),
        })),
      ],
    },
    data,
    target,
  );
  const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(240, target.clientWidth), height }));
  resize.observe(target);
  return () => {
    resize.disconnect();
    plot.destroy();
  };
}
