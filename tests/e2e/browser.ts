import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';

export const APP_URL = 'http://127.0.0.1:4173/';

// Debian's Chromium, with everything that would phone home turned off.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function newProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'upstream-e2e-'));
}

export type RunningApp = {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors seen so far. */
  errors: string[];
  /** Every request that went anywhere but the app's own server. */
  foreignRequests: string[];
};

/** Starts Chromium on a profile folder (so data persists across launches) and opens the app. */
export async function launchApp(profileDir: string, route = '/'): Promise<RunningApp> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 860 },
  });
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(APP_URL) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${APP_URL}#${route}`);
  return { context, page, errors, foreignRequests };
}
