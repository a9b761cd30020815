// Runs every check the project has, in order, and ends with the one line CI reads:
// "N passed, N failed". Type checks and lint count as one check each; vitest and Playwright
// count their tests from their JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUTPUT = '.test-output';
rmSync(OUTPUT, { recursive: true, force: true });
mkdirSync(OUTPUT, { recursive: true });

let passed = 0;
let failed = 0;
/** Names of what failed, printed again just above the summary line, where a log's tail still shows them. */
const failures = [];

function run(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status === 0;
}

function check(title, command, args) {
  if (run(title, command, args)) passed += 1;
  else {
    failed += 1;
    failures.push(title);
  }
}

/** Vitest's JSON report: every test that did not pass, as "file › test". */
function unitFailures(report) {
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`),
  );
}

/** Playwright's JSON report: every test whose outcome was unexpected or flaky, as "file › title (outcome)". */
function e2eFailures(report) {
  const found = [];
  const visit = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) {
        if (test.status === 'unexpected' || test.status === 'flaky') {
          found.push(`${spec.file} › ${spec.title} (${test.status})`);
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child);
  };
  for (const suite of report.suites) visit(suite);
  return found;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

for (const project of ['shared', 'renderer', 'electron', 'tests']) {
  check(`typecheck ${project}`, 'npx', ['tsc', '-p', `tsconfig.${project}.json`]);
}
check('lint and architecture rules', 'npx', ['eslint', '.', '--max-warnings', '0']);

const unitOk = run('unit, component and main-process tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${OUTPUT}/unit.json`,
]);
const unit = readJson(`${OUTPUT}/unit.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  failures.push(...unitFailures(unit));
  if (!unitOk && unit.numFailedTests === 0) {
    failed += 1; // a crash outside any test
    failures.push('vitest exited with an error outside any test');
  }
} else {
  failed += 1;
  failures.push('vitest wrote no report');
}

if (run('build the web app', 'npx', ['vite', 'build', '--config', 'vite.web.config.ts'])) {
  check('start-up JavaScript within its size budget', 'node', ['scripts/check-bundle-size.mjs']);
  const e2eOk = run('end-to-end tests in Chromium', 'npx', ['playwright', 'test']);
  const e2e = readJson(`${OUTPUT}/e2e.json`);
  if (e2e) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    failures.push(...e2eFailures(e2e));
    if (!e2eOk && e2e.stats.unexpected === 0) {
      failed += 1;
      failures.push('Playwright exited with an error outside any test');
    }
  } else {
    failed += 1;
    failures.push('Playwright wrote no report');
  }
  // The benchmark once at 1,000 notes, only to prove it still runs (no timing is judged here).
  check('benchmark smoke run (1,000 notes, one run)', 'node', ['scripts/bench.mjs', '--scale', '1000', '--runs', '1']);
} else {
  failed += 1;
  failures.push('build the web app');
}

if (failures.length > 0) console.log(`\nFailed:\n${failures.map((name) => `  ✗ ${name}`).join('\n')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
