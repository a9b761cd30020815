import { expect, test } from '@playwright/test';
import { launchApp, newProfileDir } from './browser';

const ATTEMPTS = 10;
const KEYS = 30;
const KEY_EVERY_MS = 100;
const CLOSE_AFTER_LAST_KEY_MS = 100;
/** What closing the browser may cost: the draft is written at least once a second while typing goes on. */
const MAY_LOSE_MS = 1000;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

type Attempt = { attempt: number; typed: string; typedAt: number[] };

test('a note typed steadily survives the browser closing 100 ms after the last key, all but the last second, 10 of 10 times', async () => {
  test.setTimeout(300_000);
  const profile = newProfileDir();
  const failures: string[] = [];
  let previous: Attempt | null = null;

  // Each launch checks the draft the previous one left, then types the next; all on one profile, as
  // a user reopening the app would.
  for (let attempt = 1; attempt <= ATTEMPTS + 1; attempt += 1) {
    const app = await launchApp(profile, '/');
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.keyboard.press('Control+l');
    const dialog = page.getByRole('dialog', { name: 'Log a conversation' });
    const notes = dialog.getByLabel('Notes');
    await expect(notes).toBeVisible();

    if (previous) {
      const restore = dialog.getByRole('button', { name: 'Restore draft' });
      const offered = await restore.waitFor({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      let restored = '';
      if (offered) {
        await restore.click();
        restored = await notes.inputValue();
      }
      const lastKeyAt = previous.typedAt.at(-1) ?? 0;
      const needed = previous.typedAt.filter((at) => at <= lastKeyAt - MAY_LOSE_MS).length;
      const summary = `attempt ${previous.attempt}: ${offered ? 'offered' : 'not offered'}, ${restored.length} of ${KEYS} keys kept, at least ${needed} needed`;
      console.log(summary);
      if (!offered || !previous.typed.startsWith(restored) || restored.length < needed) failures.push(summary);
      // An empty form forgets the draft, so the next attempt starts from nothing.
      await notes.fill('');
    }
    if (attempt > ATTEMPTS) {
      expect(app.errors).toEqual([]);
      await app.context.close();
      break;
    }

    await notes.focus();
    const typed = Array.from({ length: KEYS }, (_, i) => ALPHABET[(i + attempt * 7) % ALPHABET.length]).join('');
    const typedAt: number[] = [];
    const startedAt = Date.now();
    for (const [i, key] of [...typed].entries()) {
      await sleep(startedAt + i * KEY_EVERY_MS - Date.now());
      await page.keyboard.press(key);
      typedAt.push(Date.now());
    }
    await sleep((typedAt.at(-1) ?? 0) + CLOSE_AFTER_LAST_KEY_MS - Date.now());
    await app.context.close();
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    previous = { attempt, typed, typedAt };
  }

  expect(failures).toEqual([]);
});
