import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './shared/security/content-security-policy.ts';

/**
 * Writes the app's CSP into the built page. Only at build time: the dev server injects an inline
 * script for hot reload, which the policy would (rightly) refuse.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'upstream-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Imports name their layer instead of climbing folders (STYLE.md "Layers of the renderer"); tsconfig.base.json
 * declares the same aliases for the type checker.
 */
export const importAliases = {
  '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
  '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)),
};

/** The renderer's build settings, shared by the desktop build (electron-vite) and browser mode. */
export const rendererConfig = {
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  resolve: { alias: importAliases },
  build: { emptyOutDir: true, minify: true },
} satisfies UserConfig;
