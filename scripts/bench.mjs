// `npm run bench -- --scale 100000 --runs 5`: builds the web app, runs the benchmark of SPEC §9 in
// Debian's Chromium (tests/bench), then prints each figure beside its floor, the ratio and whether its
// target was met, and writes .bench-output/bench-<scale>.json. Only ratios within one run count.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1000' }, runs: { type: 'string', default: '5' } },
});
const scale = Number(values.scale);
const runs = Number(values.runs);
if (![1_000, 10_000, 100_000].includes(scale) || !Number.isInteger(runs) || runs < 1) {
  console.error('Usage: npm run bench -- [--scale 1000|10000|100000] [--runs N]');
  process.exit(2);
}

const REPORT = '.bench-output/bench-report.json';
rmSync(REPORT, { force: true });
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

if (!run('npx', ['vite', 'build', '--config', 'vite.web.config.ts'])) process.exit(1);
const ok = run('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts'], {
  BENCH_SCALE: String(scale),
  BENCH_RUNS: String(runs),
  // The search engine's memory is measured in Node after a garbage collection.
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim(),
});
if (!existsSync(REPORT)) process.exit(1);

const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const number = (value, unit) => (value === null || value === undefined ? '–' : `${value.toFixed(1)} ${unit}`);
const rows = report.figures.map((figure) => {
  const ratio = figure.floor ? figure.value / figure.floor : null;
  const met =
    (figure.maxRatio === undefined || (ratio !== null && ratio <= figure.maxRatio)) &&
    (figure.maxValue === undefined || figure.value <= figure.maxValue) &&
    (figure.maxP95 === undefined || (figure.p95 ?? Infinity) <= figure.maxP95);
  const checked = figure.maxRatio !== undefined || figure.maxValue !== undefined || figure.maxP95 !== undefined;
  return [
    figure.name,
    number(figure.value, figure.unit),
    number(figure.p95, figure.unit),
    figure.floor === null ? '–' : `${number(figure.floor, figure.unit)} (${figure.floorName})`,
    ratio === null ? '–' : `${ratio.toFixed(2)}×`,
    figure.target,
    checked ? (met ? 'met' : 'missed') : '–',
  ];
});
const header = ['figure', 'median', 'p95', 'floor', 'ratio', 'target', ''];
console.log(
  `\nUpstream benchmark: ${scale.toLocaleString('en')} conversations, ${runs} run(s), load average ${report.loadAverage.toFixed(2)} at start\n`,
);
console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
copyFileSync(REPORT, `.bench-output/bench-${scale}.json`);
process.exit(ok ? 0 : 1);
