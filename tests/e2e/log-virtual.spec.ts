import { expect, test, type Page } from '@playwright/test';
import { generateJournal } from '../fixtures/journal-generator';
import { launchApp, newProfileDir, showRoute, type RunningApp } from './browser';

// The Log draws only the entries in and near the window (issue #13, SPEC §9): a journal of 300
// conversations, all loaded with Show older conversations, keeps a bounded number of entries in the page;
// scrolling reaches the oldest; Tab walks from entry to entry past the first screen; and an entry holding
// focus stays while the page scrolls away from it.

const TOTAL = 300;
// A first screen of the 1280×860 window holds a handful of entries; with the overscan on each side it
// is well under this, however tall the notes.
const MOST_DRAWN = 30;

let app: RunningApp;

test.beforeAll(async () => {
  app = await launchApp(newProfileDir(), '/settings');
  const { page } = app;
  await page.getByLabel('Import a journal file').setInputFiles({
    name: 'log.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(generateJournal({ conversations: TOTAL }))),
  });
  await page.getByRole('button', { name: 'Merge into my journal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported log.json' })).toBeVisible({ timeout: 30_000 });
});

test.afterAll(async () => {
  await app.context.close();
});

const entries = (page: Page) => page.locator('article.conversation-entry');
const timeline = (page: Page) => page.locator('.timeline');

/** The place in the timeline (aria-posinset) of the entry holding focus, or null. */
function focusedPosition(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const place = document.activeElement?.closest('article')?.getAttribute('aria-posinset');
    return place ? Number(place) : null;
  });
}

test('draws a bounded number of the 300 entries, and scrolling reaches the oldest and back', async () => {
  const { page } = app;
  await showRoute(page, '/log');
  await expect(timeline(page)).toHaveAttribute('data-entries', '50');
  await expect(entries(page).first()).toHaveAttribute('aria-posinset', '1');
  expect(await entries(page).count()).toBeLessThanOrEqual(MOST_DRAWN);
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();

  const older = page.getByRole('button', { name: 'Show older conversations' });
  // Pressed from the keyboard rather than clicked: the rows above it are measured as they are drawn, so the
  // button can move between Playwright's check that it is still and its click (a click that missed it was
  // seen under heavy load).
  for (let loaded = 100; loaded <= TOTAL; loaded += 50) {
    await older.press('Enter');
    await expect(timeline(page)).toHaveAttribute('data-entries', String(loaded));
  }
  // 300 of a possible 350: that is all of them, so the set's size is now known.
  await older.press('Enter');
  await expect(older).toHaveCount(0);
  expect(await entries(page).count()).toBeLessThanOrEqual(MOST_DRAWN);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const oldest = entries(page).last();
  await expect(oldest).toHaveAttribute('aria-posinset', String(TOTAL));
  await expect(oldest).toHaveAttribute('aria-setsize', String(TOTAL));
  await expect(oldest).toBeInViewport();
  expect(await entries(page).count()).toBeLessThanOrEqual(MOST_DRAWN);

  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(entries(page).first()).toHaveAttribute('aria-posinset', '1');
  await expect(entries(page).first()).toBeInViewport();
  expect(app.errors).toEqual([]);
});

test('Tab walks through the entries past the first screen, and Shift+Tab walks back', async () => {
  const { page } = app;
  await page.evaluate(() => window.scrollTo(0, 0));
  await entries(page)
    .first()
    .getByRole('link', { name: /^Edit conversation/ })
    .focus();
  expect(await focusedPosition(page)).toBe(1);

  // Edit and Delete in each entry: 80 presses are 40 entries on, several screens down.
  for (let press = 0; press < 80; press += 1) await page.keyboard.press('Tab');
  expect(await focusedPosition(page)).toBe(41);
  await expect(page.locator(':focus')).toBeInViewport();
  expect(await entries(page).count()).toBeLessThanOrEqual(MOST_DRAWN);

  for (let press = 0; press < 80; press += 1) await page.keyboard.press('Shift+Tab');
  expect(await focusedPosition(page)).toBe(1);
  await expect(page.locator(':focus')).toBeInViewport();
  expect(app.errors).toEqual([]);
});

test('keeps the entry holding focus while the page scrolls away, and Tab goes on from it', async () => {
  const { page } = app;
  await page.evaluate(() => window.scrollTo(0, 0));
  const first = entries(page).first();
  const edit = first.getByRole('link', { name: /^Edit conversation/ });
  await edit.focus();

  await page.mouse.move(800, 400);
  for (let step = 0; step < 10; step += 1) await page.mouse.wheel(0, 2_000);
  await expect(entries(page).nth(2)).not.toHaveAttribute('aria-posinset', '3');
  await expect(edit).toBeFocused();
  await expect(first).toHaveAttribute('aria-posinset', '1');
  expect(await entries(page).count()).toBeLessThanOrEqual(MOST_DRAWN + 2);

  // From Delete, Tab goes to the next entry (kept drawn beside the focused one), not to the entries in the
  // window: the browser brings it into view, which draws the entries around it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await focusedPosition(page)).toBe(2);
  await expect(page.locator(':focus')).toBeInViewport();
  expect(app.errors).toEqual([]);
});
