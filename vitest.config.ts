import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { importAliases } from './renderer.vite.shared.ts';

// Date logic is tested in a zone with daylight-saving changes, whatever the machine's zone is, so the
// tests mean the same everywhere. Node re-reads TZ when it changes, and workers inherit it.
process.env.TZ = 'America/New_York';

// Three runtimes, three projects: shared/ and electron/ run in Node, the renderer in jsdom with
// fake-indexeddb. Playwright specs (tests/e2e) are not vitest's: `npm run test:e2e` runs them.
export default defineConfig({
  resolve: { alias: importAliases },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/architecture/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'electron',
          environment: 'node',
          include: ['tests/electron/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          // These tests type, wait past autosaves and render whole screens on fake-indexeddb; on two busy cores
          // one can pass 5 s without anything being wrong. A real hang still fails.
          testTimeout: 15_000,
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          // Vitest empties stylesheets by default. The brief's is also sent as text with its PDF
          // (features/brief/printable-page.ts), so tests read it the way the app does.
          css: { include: [/features\/brief\/brief\.css/] },
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
