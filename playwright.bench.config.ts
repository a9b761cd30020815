import { defineConfig } from '@playwright/test';
import { E2E_PORT } from './playwright.config';

// `npm run bench` (scripts/bench.mjs) runs this: the benchmark of SPEC §9 against the built web app,
// in Debian's Chromium, on 127.0.0.1 only. Not part of the end-to-end tests' glob.
export default defineConfig({
  testDir: 'tests/bench',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${E2E_PORT} --strictPort`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
