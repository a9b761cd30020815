import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './renderer.vite.shared.ts';

// Browser mode: the same renderer as a plain web page, with IndexedDB in the browser profile.
export default defineConfig({
  ...rendererConfig,
  build: { ...rendererConfig.build, outDir: resolve('dist/web') },
  // A fixed port: the browser keeps each origin's data apart, so another port would look like an empty journal.
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
