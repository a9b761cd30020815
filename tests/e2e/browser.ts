import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { E2E_PORT } from '../../playwright.config';

export const APP_URL = `http://127.0.0.1:${E2E_PORT}/`;

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

const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

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
    executablePath: CHROMIUM_PATH,
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

/** Shows a screen of the app already open in `page` (the app routes by the URL's hash). */
export async function showRoute(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, route);
}

/** Adds a person through the People screen's form and waits for their page. */
export async function addPerson(page: Page, person: { name: string; title?: string }): Promise<void> {
  await showRoute(page, '/people/new');
  await page.getByLabel('Name').fill(person.name);
  if (person.title) await page.getByLabel('Title').fill(person.title);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
}

/**
 * Opens the quick log (Ctrl+L) and picks one person in it. The person is picked from the list of
 * matches, never by a bare Enter: before the people have loaded, Enter would add a new person.
 */
export async function openQuickLogWith(page: Page, personName: string): Promise<Locator> {
  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Log a conversation' });
  await expect(dialog.getByRole('combobox', { name: 'People' })).toBeFocused();
  await page.keyboard.type(personName);
  const highlighted = dialog.getByRole('listbox', { name: 'Matching people' }).getByRole('option', { selected: true });
  await expect(highlighted).toContainText(personName);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Chosen people' })).toContainText(personName);
  return dialog;
}

/** A promise made in a conversation, as the quick log's buttons name its direction. */
export type NewCommitment = { direction: 'I owe' | 'They owe'; text: string };

/** Logs a conversation with one person through the quick log and waits until the app says it is saved. */
export async function logConversation(
  page: Page,
  conversation: { person: string; title: string; notes: string; commitments?: readonly NewCommitment[] },
): Promise<void> {
  const dialog = await openQuickLogWith(page, conversation.person);
  await dialog.getByLabel('Title (optional)').fill(conversation.title);
  await dialog.getByLabel('Notes').fill(conversation.notes);
  for (const [index, commitment] of (conversation.commitments ?? []).entries()) {
    await dialog.getByRole('button', { name: `+ ${commitment.direction}` }).click();
    await dialog.getByLabel(`Commitment ${index + 1}: what`).fill(commitment.text);
  }
  await dialog.getByLabel('Notes').press('Control+Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Conversation saved.' })).toBeVisible();
}

export type KillableApp = {
  page: Page;
  /** Ends Chromium and every process it started at once (SIGKILL), as a crash or power cut would. */
  kill(): Promise<void>;
};

/**
 * Starts Chromium as a child process of the test, so the test can kill it hard; Playwright drives it
 * over the DevTools protocol. launchApp cannot do this: Playwright does not hand out its browser process.
 */
export async function launchKillableApp(profileDir: string, route = '/'): Promise<KillableApp> {
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profileDir}`, '--window-size=1280,860'],
    // Its own process group, so one kill reaches the renderer and utility processes too.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      process.kill(-child.pid, 'SIGKILL');
    }
    await exited;
  };
  try {
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`Chromium did not start:\n${output}`)), 30_000);
      child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before listening:\n${output}`)));
      child.stderr.on('data', (chunk: Buffer) => {
        // Keep reading: a full pipe would stall Chromium. Only the start is kept, for the messages above.
        if (output.length < 10_000) output += chunk.toString();
        const listening = /DevTools listening on (ws:\/\/\S+)/.exec(output);
        if (listening?.[1]) {
          clearTimeout(timer);
          resolve(listening[1]);
        }
      });
    });
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${APP_URL}#${route}`);
    return { page, kill };
  } catch (error) {
    // Never leave a browser behind when starting failed half-way.
    await kill();
    throw error;
  }
}
