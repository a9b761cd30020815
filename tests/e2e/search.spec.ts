import { expect, test, type Page } from '@playwright/test';
import { generateJournal } from '../fixtures/journal-generator';
import { launchApp, newProfileDir, showRoute } from './browser';

// Search in real Chromium, with the real module worker: a journal of 300 generated conversations is
// imported, then one word from a conversation, a person's worry and a check-in reflection is found
// with Ctrl+K and opened. After a reload the index is read back from IndexedDB, not rebuilt: its
// build time is unchanged and no build progress is ever shown.

const NOW = new Date('2026-12-02T12:00:00');

function journalWithNeedles() {
  const journal = generateJournal({ conversations: 300, now: NOW });
  const { people, conversations, checkIns } = journal.data;
  const person = people[3];
  const conversation = conversations[120];
  const checkIn = checkIns[10];
  if (!person || !conversation || !checkIn) throw new Error('The generated journal is too small.');
  conversation.notes = `${conversation.notes} The zeppelin budget came up again.`;
  person.worries = [...person.worries, { id: 'w-needle', text: 'Quokka migration slipping', notedOn: '2026-11-01' }];
  checkIn.reflection = 'Felt like a marmalade sandwich in the pricing debate.';
  return { journal, person, conversation, checkIn };
}

async function importJournal(page: Page, text: string) {
  await showRoute(page, '/settings');
  await page.getByLabel('Import a journal file').setInputFiles({
    name: 'journal.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await page.getByRole('button', { name: 'Merge into my journal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported journal.json' })).toBeVisible({ timeout: 30_000 });
}

/** Opens the palette, types, and opens the first result with Enter. */
async function findAndOpen(page: Page, query: string, expected: RegExp) {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  const box = dialog.getByRole('combobox', { name: 'Search the journal' });
  await expect(box).toBeFocused();
  await page.keyboard.type(query);
  const first = dialog.getByRole('listbox', { name: 'Results' }).getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(first).toContainText(expected);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
}

/** The saved index's build time, read from the app's IndexedDB; `null` until the worker has saved it. */
function savedIndexBuiltAt(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const request = indexedDB.open('upstream');
        request.onerror = () => reject(request.error ?? new Error('IndexedDB refused to open'));
        request.onsuccess = () => {
          const read = request.result.transaction('searchIndex').objectStore('searchIndex').get('journal');
          read.onsuccess = () => {
            request.result.close();
            resolve((read.result as { builtAt?: string } | undefined)?.builtAt ?? null);
          };
        };
      }),
  );
}

test('finds a conversation, a worry and a reflection, and imports the index after a reload', async () => {
  const { journal, person, conversation, checkIn } = journalWithNeedles();
  const app = await launchApp(newProfileDir(), '/');
  const { page } = app;
  await importJournal(page, JSON.stringify(journal));

  await findAndOpen(page, 'zeppel', /zeppelin/);
  await expect(page).toHaveURL(new RegExp(`#/log/${conversation.id}$`));

  await findAndOpen(page, 'quokka', new RegExp(person.name));
  await expect(page).toHaveURL(new RegExp(`#/people/${person.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();

  await findAndOpen(page, 'marmalade sandwich', /Check-in/);
  await expect(page).toHaveURL(new RegExp(`#/check-in/${checkIn.week}$`));

  // The worker saves the index a few seconds after the last change.
  await expect.poll(() => savedIndexBuiltAt(page), { timeout: 30_000 }).not.toBeNull();
  const builtAt = await savedIndexBuiltAt(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  // What was typed last is kept only for the session; after a reload the box starts empty.
  await dialog.getByRole('combobox', { name: 'Search the journal' }).fill('zeppelin');
  await expect(dialog.getByRole('listbox', { name: 'Results' }).getByRole('option').first()).toContainText(/zeppelin/);
  await expect(dialog.getByRole('status')).not.toContainText('Building');
  // A rebuilt index would be saved with a new build time within five seconds; after eight it still has the old one.
  await page.waitForTimeout(8_000);
  expect(await savedIndexBuiltAt(page)).toBe(builtAt);

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});
