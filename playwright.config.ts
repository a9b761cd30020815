import { defineConfig } from '@playwright/test';

/** The preview server's port: 4173, or UPSTREAM_E2E_PORT when two checkouts run their suites side by side. */
export const E2E_PORT = Number(process.env.UPSTREAM_E2E_PORT ?? 4173);

// End-to-end tests drive Debian's Chromium (never a downloaded browser) against the built web app.
// `npm run test:e2e` builds first; the preview server serves dist/web on 127.0.0.1 only.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.test-output/e2e.json' }]],
  webServer: {
    command: `npx vite preview --config vite.web.config.ts --port ${E2E_PORT} --strictPort`,
    url: `http://127.0.0.1:${E2E_PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
