import { expect, test, type Page } from '@playwright/test';
import { launchApp, newProfileDir } from './browser';

// Browser mode keeps its backups and the journal marker in the Origin Private File System, apart from
// IndexedDB's files. These tests reset the database the way Chromium does when it judges one corrupt
// (it deletes it and starts an empty one) and check the app neither starts silently empty nor loses
// the backups.

async function addPerson(page: Page, name: string) {
  await page.goto(`${page.url().split('#')[0]}#/people/new`);
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/** Deletes the database as a reset would: Upstream closes its connection when asked to. */
async function resetDatabase(page: Page) {
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('upstream');
        request.onsuccess = () => resolve('deleted');
        request.onerror = () => resolve(`failed: ${String(request.error)}`);
        request.onblocked = () => resolve('blocked');
      }),
  );
  expect(outcome).toBe('deleted');
}

test('a journal whose database was reset opens on the recovery screen, and its backup brings everything back', async () => {
  const profile = newProfileDir();
  const first = await launchApp(profile, '/');
  const { page } = first;
  await addPerson(page, 'Dana Whitfield');
  await addPerson(page, 'Sam Okafor');

  // The daily backup follows the first changes: Settings lists it from the private file system.
  await page.goto(`${page.url().split('#')[0]}#/settings`);
  await expect(page.getByRole('list', { name: 'Backups' }).getByRole('listitem')).toHaveCount(1, { timeout: 10_000 });
  await expect(page.getByRole('list', { name: 'Backups' })).toContainText('(daily,');

  await resetDatabase(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal came back empty' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('your journal held 2 people');
  await expect(page.getByRole('navigation')).toHaveCount(0);

  // Closing the browser here changes nothing: the recovery screen writes nothing until the user chooses.
  await first.context.close();
  const second = await launchApp(profile, '/');
  await expect(second.page.getByRole('heading', { level: 1, name: 'Your journal came back empty' })).toBeVisible();
  await second.page.getByRole('button', { name: /^Restore the backup of .* \(daily,/ }).click();
  await expect(second.page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await second.page.goto(`${second.page.url().split('#')[0]}#/people`);
  await expect(second.page.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
  await expect(second.page.getByRole('link', { name: 'Sam Okafor' })).toBeVisible();

  // The restore kept a backup of what was there (the empty journal) besides the daily one.
  await second.page.goto(`${second.page.url().split('#')[0]}#/settings`);
  await expect(second.page.getByRole('list', { name: 'Backups' })).toContainText('before a restore');
  expect([...first.errors, ...second.errors]).toEqual([]);
  expect([...first.foreignRequests, ...second.foreignRequests]).toEqual([]);
  await second.context.close();
});

test('a new journal starts without a recovery screen, and its first change writes the marker', async () => {
  const app = await launchApp(newProfileDir(), '/');
  await expect(app.page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await addPerson(app.page, 'Lee Park');
  await expect
    .poll(
      () =>
        app.page.evaluate(async () => {
          try {
            const root = await navigator.storage.getDirectory();
            const folder = await root.getDirectoryHandle('upstream');
            const marker = await (await folder.getFileHandle('journal-marker.json')).getFile();
            return (JSON.parse(await marker.text()) as { counts: { people: number } }).counts.people;
          } catch {
            return 'no marker yet';
          }
        }),
      { timeout: 10_000 },
    )
    .toBe(1);
  await app.page.reload();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Lee Park' })).toBeVisible();
  expect(app.errors).toEqual([]);
  await app.context.close();
});
