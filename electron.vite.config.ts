import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { importAliases, rendererConfig } from './renderer.vite.shared.ts';

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': importAliases['@shared'] } },
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: { '@shared': importAliases['@shared'] } },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be CommonJS.
      rolldownOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
