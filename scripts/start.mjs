// `npm start`: build and open the desktop app. Electron's package downloads its binary the first
// time it is needed; without internet access to that download the app cannot start, so say so
// plainly and point to browser mode instead of printing a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));

function ensureElectronBinary() {
  if (existsSync(path.join(electronDir, 'path.txt'))) return true;
  console.log('Downloading the Electron binary (first start only)…');
  const download = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8' });
  return download.status === 0 && existsSync(path.join(electronDir, 'path.txt'));
}

if (!ensureElectronBinary()) {
  console.error(`
Upstream's desktop app could not start: the Electron binary is not installed and could not be
downloaded (Electron fetches it on first use, which needs internet access to its release server).

Use browser mode instead — the same app, with your data in the browser's storage:

    npm run web

then open the address it prints (http://127.0.0.1:5173/).
`);
  process.exit(1);
}

const result = spawnSync('npx', ['electron-vite', 'dev'], { stdio: 'inherit' });
process.exit(result.status ?? 1);
