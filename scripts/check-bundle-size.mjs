// SPEC §9: the JavaScript a start needs (the entry and the chunks index.html preloads) stays under
// 150 KB gzip; charts, screens other than Today and the rest load on first use. Sizes are
// deterministic, so this is a check, not a benchmark. Run after `npm run build:web`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 150 * 1024;
const dist = 'dist/web';
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
if (files.length === 0) {
  console.error(`No scripts found in ${dist}/index.html: build the web app first.`);
  process.exit(1);
}

let total = 0;
for (const file of files) {
  const size = gzipSync(readFileSync(path.join(dist, file))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
const verdict = total <= BUDGET_BYTES ? 'within' : 'OVER';
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  start-up JavaScript, gzip — ${verdict} the 150 KB budget`);
process.exit(total <= BUDGET_BYTES ? 0 : 1);
