import path from 'node:path';

/** Where the benchmark writes its generated journals and its report (not committed). */
export const BENCH_OUTPUT_DIR = path.resolve('.bench-output');
export const BENCH_REPORT_FILE = path.join(BENCH_OUTPUT_DIR, 'bench-report.json');

/** One measured figure, with the floor it is compared with in the same run and its target. */
export type BenchFigure = {
  name: string;
  unit: 'ms' | 'MB';
  /** The median of the runs. */
  value: number;
  p95?: number;
  /** What the figure is compared with, measured in the same run; `null` when the target is absolute. */
  floor: number | null;
  floorName?: string;
  /** The target in words, and as numbers where it has them. */
  target: string;
  maxRatio?: number;
  maxValue?: number;
  maxP95?: number;
};

export type BenchReport = { scale: number; runs: number; loadAverage: number; at: string; figures: BenchFigure[] };
