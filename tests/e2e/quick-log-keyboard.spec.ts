import { expect, test, type Page } from '@playwright/test';
import { addPerson, launchApp, newProfileDir, showRoute } from './browser';

// The quick log by keyboard alone (Ctrl+L … Ctrl+Enter), counting the key presses that are not typing
// text; the people picker's Enter on a slowed CPU, when the people list is still loading; and a quick
// log closed with Escape, which must not leave behind a person added by name in it.

/** The clock of the first test: due dates typed as dates are then always the same number of days away. */
const NOW = new Date('2026-12-02T12:00:00');

/**
 * Presses keys that are not typing text (Enter, Tab, shortcuts) and remembers each one, so a test can
 * count them. Text goes through `page.keyboard.type`, which is not counted.
 */
function countingKeyboard(page: Page) {
  const pressed: string[] = [];
  return {
    pressed,
    async press(key: string) {
      pressed.push(key);
      await page.keyboard.press(key);
    },
  };
}

/** A local date (midnight) `days` after `from`, as typed into Chromium's date box (month, day, year) and as stored. */
function dayAfter(from: Date, days: number): { typed: string; iso: string } {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const mm = String(day.getMonth() + 1).padStart(2, '0');
  const dd = String(day.getDate()).padStart(2, '0');
  const yyyy = String(day.getFullYear());
  return { typed: `${mm}${dd}${yyyy}`, iso: `${yyyy}-${mm}-${dd}` };
}

type StoredJournal = {
  people: { id: string; name: string }[];
  conversations: { id: string; personIds: string[]; notes: string }[];
};

/** The people and conversations as stored in the app's IndexedDB database ('upstream'), read directly. */
async function readJournal(page: Page): Promise<StoredJournal> {
  return page.evaluate(
    () =>
      new Promise<StoredJournal>((resolve, reject) => {
        const opening = indexedDB.open('upstream');
        opening.onerror = () => reject(opening.error ?? new Error('Could not open the database.'));
        opening.onsuccess = () => {
          const database = opening.result;
          const reading = database.transaction(['people', 'conversations'], 'readonly');
          const people = reading.objectStore('people').getAll();
          const conversations = reading.objectStore('conversations').getAll();
          reading.onerror = () => reject(reading.error ?? new Error('Could not read the database.'));
          reading.oncomplete = () => {
            // Closed at once, so the app's own connection is never kept from upgrading.
            database.close();
            resolve({ people: people.result, conversations: conversations.result } as StoredJournal);
          };
        };
      }),
  );
}

/**
 * Reloads the page and waits until the app has settled, as someone who looks at Today before pressing
 * Ctrl+L would: the quick log's code fetched (the app fetches it when idle after start) and nothing left
 * to run. Before that, on a slowed CPU, keys are lost: Today is drawn a moment before the Ctrl+L listener
 * is attached, and what is typed while the quick log's code is still loading goes nowhere.
 */
async function reloadAndSettle(page: Page): Promise<void> {
  const quickLogCode = page.waitForResponse(/\/QuickLogDialog-[^/]*\.js$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await (await quickLogCode).finished();
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
}

test('the issue’s flow by keyboard alone: at most 12 presses that are not typing, and everything lands', async () => {
  const app = await launchApp(newProfileDir(), '/');
  const { page } = app;
  // The clock applies from the next load.
  await app.context.clock.setFixedTime(NOW);
  await page.reload();
  await addPerson(page, { name: 'Dana Whitfield' });
  await showRoute(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  const iOweDue = dayAfter(NOW, 3);
  const theyOweDue = dayAfter(NOW, 7);
  const note = 'Q3 budget review went well. She worries that cloud spend grows faster than revenue.';
  const priority = 'Ship the pricing experiment by March';
  const worry = 'Cloud spend growing faster than revenue';
  const iOwe = 'Send the cloud cost breakdown';
  const theyOwe = 'Share the FY27 headcount plan';

  // The checks between the steps press no keys: they say where the flow went wrong if it does.
  const keys = countingKeyboard(page);
  const dialog = page.getByRole('dialog', { name: 'Log a conversation' });
  await keys.press('Control+l');
  await expect(dialog.getByRole('combobox', { name: 'People' })).toBeFocused();
  await page.keyboard.type('Dan');
  await keys.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Chosen people' })).toHaveText(/Dana Whitfield/);

  await keys.press('Tab');
  await expect(dialog.getByLabel('Notes')).toBeFocused();
  await page.keyboard.type(note);
  await keys.press('Tab');
  await expect(dialog.getByLabel('Priorities heard')).toBeFocused();
  await page.keyboard.type(priority);
  await keys.press('Tab');
  await expect(dialog.getByLabel('Worries heard')).toBeFocused();
  await page.keyboard.type(worry);

  // Alt+I adds an "I owe" promise and puts the cursor in its text box; Tab reaches its due date.
  await keys.press('Alt+KeyI');
  await expect(dialog.getByLabel('Commitment 1: what')).toBeFocused();
  await page.keyboard.type(iOwe);
  await keys.press('Tab');
  await expect(dialog.getByLabel('Commitment 1: due')).toBeFocused();
  // Chromium's date box takes digits for month, day and year and moves on by itself.
  await page.keyboard.type(iOweDue.typed);
  await expect(dialog.getByLabel('Commitment 1: due')).toHaveValue(iOweDue.iso);

  await keys.press('Alt+KeyT');
  await expect(dialog.getByLabel('Commitment 2: what')).toBeFocused();
  await page.keyboard.type(theyOwe);
  await keys.press('Tab');
  await expect(dialog.getByLabel('Commitment 2: due')).toBeFocused();
  await page.keyboard.type(theyOweDue.typed);
  await expect(dialog.getByLabel('Commitment 2: due')).toHaveValue(theyOweDue.iso);
  await expect(dialog.getByLabel('Commitment 2: who owes it')).toHaveValue('they-owe');

  await keys.press('Alt+Digit4');
  await expect(dialog.getByRole('radio', { name: '4 — warm' })).toBeChecked();
  await keys.press('Control+Enter');

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Conversation saved.' })).toBeVisible();
  console.log(`Quick log by keyboard: ${keys.pressed.length} presses that are not typing: ${keys.pressed.join(', ')}`);
  expect(keys.pressed.length).toBeLessThanOrEqual(12);

  // Today: the promise I made, with its due date in words.
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const todayIOwe = page.getByRole('list', { name: 'I owe' }).getByRole('listitem').filter({ hasText: iOwe });
  await expect(todayIOwe).toContainText('due in 3 days');
  await expect(page.getByRole('list', { name: 'They owe' })).toContainText(theyOwe);

  // The Log: the note.
  await showRoute(page, '/log');
  await expect(page.getByRole('article', { name: 'Dana Whitfield' })).toContainText(note);

  // Dana's page: what she cares about, what worries her, and both promises with their due dates.
  await showRoute(page, '/people');
  await page.getByRole('link', { name: 'Dana Whitfield' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What they care about' })).toContainText(priority);
  await expect(page.getByRole('region', { name: 'What worries them' })).toContainText(worry);
  const open = page.getByRole('list', { name: 'Open commitments with Dana Whitfield' });
  await expect(open.getByRole('listitem').filter({ hasText: iOwe })).toContainText('I owe');
  await expect(open.getByRole('listitem').filter({ hasText: iOwe })).toContainText('due in 3 days');
  await expect(open.getByRole('listitem').filter({ hasText: theyOwe })).toContainText('They owe');
  await expect(open.getByRole('listitem').filter({ hasText: theyOwe })).toContainText('due in 7 days');

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});

test('on a CPU slowed six times, "Dan" and Enter at once pick Dana, 10 tries of 10', async () => {
  test.setTimeout(90_000);
  const TRIES = 10;
  const app = await launchApp(newProfileDir(), '/');
  const { page } = app;
  // Watches the keys on every load from now on (before the app sees them), to tell which tries met the
  // race: whether Enter came while the dialog's people list was still loading (the picker then offers
  // only "Add “Dan” as a new person"), and whether Tab came before that Enter's pick had landed (no chip).
  await app.context.addInitScript(() => {
    const race = { enterBeforeList: false, tabBeforePick: false };
    (window as unknown as { pickerRace: typeof race }).pickerRace = race;
    window.addEventListener(
      'keydown',
      (event) => {
        const peopleBox = document.querySelector('[role="dialog"] [role="combobox"]');
        if (peopleBox === null || event.target !== peopleBox) return;
        if (event.key === 'Enter') {
          const first = document.querySelector('[role="listbox"][aria-label="Matching people"] [role="option"]');
          race.enterBeforeList = first?.textContent?.startsWith('Add “') ?? false;
        } else if (event.key === 'Tab') {
          race.tabBeforePick = document.querySelector('[role="dialog"] [aria-label="Chosen people"]') === null;
        }
      },
      true,
    );
  });
  await addPerson(page, { name: 'Dana Whitfield' });
  const dana = (await readJournal(page)).people[0];
  expect(dana?.name).toBe('Dana Whitfield');
  await showRoute(page, '/');

  const cdp = await app.context.newCDPSession(page);
  const dialog = page.getByRole('dialog', { name: 'Log a conversation' });
  const peopleBox = dialog.getByRole('combobox', { name: 'People' });
  const savedNotice = page.getByRole('status').filter({ hasText: 'Conversation saved.' });
  const noOneChosen = dialog.getByText('Choose at least one person.');
  const outcomes: string[] = [];
  const failures: string[] = [];
  let raced = 0;
  for (let attempt = 1; attempt <= TRIES; attempt += 1) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    const started = Date.now();
    await reloadAndSettle(page);
    const settled = Date.now();
    // As fast as fingers: no waiting between the keys, while the dialog's own people list loads.
    await page.keyboard.press('Control+l');
    await page.keyboard.type('Dan');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type(`Try ${attempt}.`);
    await page.keyboard.press('Control+Enter');
    await expect(savedNotice.or(noOneChosen)).toBeVisible();
    const finished = Date.now();
    const race = await page.evaluate(
      () => (window as unknown as { pickerRace: { enterBeforeList: boolean; tabBeforePick: boolean } }).pickerRace,
    );
    if (race.enterBeforeList) raced += 1;
    let outcome = 'saved with Dana';
    if (await noOneChosen.isVisible()) {
      // The save was refused: no one was picked. Say what the form showed, then pick Dana from the list
      // and save, so the journal holds one conversation per try and the next tries start alike.
      outcome = `REFUSED, "Choose at least one person." (People box: "${await peopleBox.inputValue()}", no chip)`;
      failures.push(`try ${attempt}: ${outcome}`);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      // Typed afresh: the list opens as a name is typed (the box still holds "Dan", so filling it in again
      // would change nothing).
      await peopleBox.fill('');
      await page.keyboard.type('Dan');
      const matches = dialog.getByRole('listbox', { name: 'Matching people' });
      await expect(matches.getByRole('option', { selected: true })).toHaveText('Dana Whitfield');
      await page.keyboard.press('Enter');
      await expect(dialog.getByRole('list', { name: 'Chosen people' })).toHaveText(/Dana Whitfield/);
      await page.keyboard.press('Control+Enter');
      await expect(savedNotice).toBeVisible();
    }
    await expect(dialog).toBeHidden();

    // Never a second person, and every conversation so far is Dana's.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const journal = await readJournal(page);
    expect(
      journal.people.map((person) => person.name),
      `people after try ${attempt}`,
    ).toEqual(['Dana Whitfield']);
    expect(journal.conversations).toHaveLength(attempt);
    for (const conversation of journal.conversations) expect(conversation.personIds).toEqual([dana?.id]);
    outcomes.push(
      `try ${attempt}: page load and settle ${settled - started} ms, Ctrl+L to saved or refused ${finished - settled} ms, ` +
        `${race.enterBeforeList ? 'Enter while the list was loading' : 'Enter after the list had loaded'}` +
        `${race.tabBeforePick ? ', Tab before the pick landed' : ''}: ${outcome}`,
    );
  }
  console.log(
    `Picker race at CPU ÷6: ${TRIES - failures.length} of ${TRIES} picked Dana at the first Ctrl+Enter; ` +
      `Enter came while the people list was loading in ${raced} of ${TRIES}.\n${outcomes.join('\n')}`,
  );
  expect(failures, 'tries where Enter did not pick Dana').toEqual([]);

  // The People screen agrees: still one person, with every conversation.
  await showRoute(page, '/people');
  await expect(page.getByRole('rowheader')).toHaveText(['Dana Whitfield']);
  await page.getByRole('link', { name: 'Dana Whitfield' }).click();
  await expect(page.getByRole('heading', { name: `Conversations (${TRIES})` })).toBeVisible();

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});

test('a quick log closed with Escape leaves no new person, also after a reload', async () => {
  const app = await launchApp(newProfileDir(), '/');
  const { page } = app;
  await addPerson(page, { name: 'Dana Whitfield' });
  await showRoute(page, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  await page.keyboard.press('Control+l');
  const dialog = page.getByRole('dialog', { name: 'Log a conversation' });
  await expect(dialog.getByRole('combobox', { name: 'People' })).toBeFocused();
  await page.keyboard.type('Lee Park');
  await expect(
    dialog.getByRole('listbox', { name: 'Matching people' }).getByRole('option', { selected: true }),
  ).toHaveText('Add “Lee Park” as a new person');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list', { name: 'Chosen people' })).toHaveText(/Lee Park/);
  await page.keyboard.press('Tab');
  await page.keyboard.type('First chat with the new head of sales.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await showRoute(page, '/people');
  await expect(page.getByRole('rowheader')).toHaveText(['Dana Whitfield']);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByRole('rowheader')).toHaveText(['Dana Whitfield']);
  expect((await readJournal(page)).people.map((person) => person.name)).toEqual(['Dana Whitfield']);

  expect(app.errors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  await app.context.close();
});
