import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addPerson, launchApp, logConversation, openQuickLogWith, type RunningApp } from './browser';

// The scenario that once wiped a whole journal (ENVIRONMENT.md, "Learned in the second round"): the
// disk fills up, a write fails half-way and leaves a torn record in IndexedDB's LevelDB log, and
// every later write lands behind it; at the next start Chromium judges the database corrupt and
// starts an empty one. The app must stop writing at the first failure (SPEC §7 "Storage failures"),
// say so, keep what was typed on screen, and find everything saved before at the next start.
//
// The profile lives on a small tmpfs that the test fills to 0 bytes free (the test runs as root).
// Found by trying: at 0 bytes free a small write still succeeds when it fits in the unused end of the
// memory page holding the tail of LevelDB's log file. So the first write after the fill carries notes
// of many kilobytes of text that does not compress, which no page's spare end can hold: it fails
// every time. After that failure Chromium closes the database and will not open it again until
// there is space; once there is, it would, so the test frees the space and tries to save once more.

/** Big enough for Chromium's profile (under 1 MB here) and quick to fill. */
const DISK_MB = 40;
const PERSON = { name: 'Dana Whitfield', title: 'Chief Financial Officer' };
const SAVED_BEFORE = [
  { title: 'Budget kickoff', notes: 'She wants the cloud bill flat next year.' },
  { title: 'Roadmap review', notes: 'Agreed to phase the migration over two quarters.' },
  { title: 'Hiring plan', notes: 'Two platform engineers, not four.' },
];
const TYPED_AFTER_FILL = ' Last words typed key by key after the disk filled.';
const EDIT_AFTER_FILL = 'Met her in the corridor after the disk filled.';

/** Letters and spaces from a fixed xorshift sequence: the same every run, and nothing for a compressor to find. */
function textThatDoesNotCompress(length: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz     ';
  let state = 0x2545f491;
  let text = 'Notes pasted in after the disk filled: ';
  while (text.length < length) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    text += letters[(state >>> 0) % letters.length];
  }
  return text;
}

/** Far more than the spare end of one 4 KB page. */
const LONG_NOTES = textThatDoesNotCompress(16_000);

function freeBytes(dir: string): number {
  const stats = statfsSync(dir);
  return stats.bavail * stats.bsize;
}

/** Fills the disk under `dir` to 0 bytes free: big blocks first, then smaller ones for what is left. */
function fillDisk(dir: string): string[] {
  const fillers = ['1M', '4k', '512'].map((blockSize) => {
    const filler = path.join(dir, `filler-${blockSize}`);
    // dd stops with "No space left on device" and a non-zero exit code: that is the point.
    spawnSync('dd', ['if=/dev/zero', `of=${filler}`, `bs=${blockSize}`]);
    return filler;
  });
  expect(freeBytes(dir)).toBe(0);
  return fillers;
}

/** Dismisses the notice on screen, then records the text of every notice shown from now on. */
async function recordNotices(page: Page): Promise<() => Promise<string[]>> {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' });
  if (await dismiss.isVisible()) await dismiss.click();
  await expect(page.getByRole('status')).toHaveText('');
  await page.evaluate(() => {
    const region = document.querySelector('[role="status"]');
    if (!region) throw new Error('The notice region is missing.');
    const seen: string[] = [];
    Object.assign(window, { noticesSeen: seen });
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text !== '') seen.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { noticesSeen: string[] }).noticesSeen);
}

test('a full disk stops all saving, keeps what was typed on screen, and loses nothing saved before', async () => {
  test.setTimeout(120_000);
  const disk = mkdtempSync(path.join(tmpdir(), 'upstream-full-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${DISK_MB}m`, 'tmpfs', disk]);
  const profile = path.join(disk, 'profile');
  let app: RunningApp | undefined;
  try {
    app = await launchApp(profile, '/');
    const { page } = app;
    await addPerson(page, PERSON);
    for (const conversation of SAVED_BEFORE) await logConversation(page, { person: PERSON.name, ...conversation });
    await expect(page.getByRole('heading', { name: `Conversations (${SAVED_BEFORE.length})` })).toBeVisible();
    // The person's form is open when the disk fills: after the failure Chromium closes the database
    // and refuses to open it again ("Internal error opening backing store"), so a screen first opened
    // then would have nothing to show.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${PERSON.name}` })).toBeVisible();
    const noticesSeen = await recordNotices(page);

    const fillers = fillDisk(disk);

    // Another conversation, logged over the form. The draft written as typing pauses is the first
    // write after the fill, and it fails; saving after that is refused without touching the disk.
    const dialog = await openQuickLogWith(page, PERSON.name);
    await dialog.getByLabel('Title (optional)').fill('Written on a full disk');
    const notes = dialog.getByLabel('Notes');
    await notes.fill(LONG_NOTES);
    await notes.pressSequentially(TYPED_AFTER_FILL);
    const banner = page.getByRole('alert', { name: 'Upstream has stopped saving' });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('The storage said:');
    console.log(`Full disk: ${await banner.locator('p', { hasText: 'The storage said:' }).textContent()}`);
    await notes.press('Control+Enter');
    await expect(dialog.getByRole('alert')).toContainText('has stopped saving');
    await expect(dialog).toBeVisible();
    await expect(notes).toHaveValue(`${LONG_NOTES}${TYPED_AFTER_FILL}`);

    // Closing the quick log now would lose what was typed (no draft can be kept): the app asks first.
    const asked = page.waitForEvent('dialog').then(async (question) => {
      const message = question.message();
      await question.accept();
      return message;
    });
    await page.keyboard.press('Escape');
    expect(await asked).toContain('cannot be kept');
    await expect(dialog).toBeHidden();

    // Editing the person is refused too, with the typed text kept in the form.
    const personNotes = page.getByLabel('Notes');
    const save = page.getByRole('button', { name: 'Save changes' });
    const formError = page.locator('form').getByRole('alert');
    await personNotes.pressSequentially(EDIT_AFTER_FILL);
    await save.click();
    await expect(formError).toContainText('has stopped saving');
    await expect(personNotes).toHaveValue(EDIT_AFTER_FILL);

    // Space is back, but this session stays read-only: Chromium would now reopen the database, and a
    // write appended behind the torn record is what once cost a whole journal.
    for (const filler of fillers) rmSync(filler);
    await save.click();
    // A save that went through would leave this screen and say so well within a second.
    await page.waitForTimeout(1_000);
    await expect(formError).toContainText('has stopped saving');
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${PERSON.name}` })).toBeVisible();
    await expect(personNotes).toHaveValue(EDIT_AFTER_FILL);
    await expect(banner).toBeVisible();

    const notices = await noticesSeen();
    console.log(`Notices shown after the disk filled: ${JSON.stringify(notices)}`);
    expect(notices.filter((text) => /Conversation saved|Changes saved/.test(text))).toEqual([]);
    console.log(`Console errors while the disk was full: ${JSON.stringify(app.errors)}`);
    expect(app.foreignRequests).toEqual([]);

    // A restart on the same profile: everything saved before the disk filled is there.
    await app.context.close();
    app = await launchApp(profile, '/people');
    const again = app.page;
    await again.getByRole('link', { name: PERSON.name }).click();
    await expect(again.getByRole('heading', { level: 1, name: PERSON.name })).toBeVisible();
    await expect(again.getByText(PERSON.title)).toBeVisible();
    await expect(again.getByRole('heading', { name: `Conversations (${SAVED_BEFORE.length})` })).toBeVisible();
    for (const { title, notes: saved } of SAVED_BEFORE) {
      await expect(again.getByRole('article', { name: `${title} — ${PERSON.name}` })).toContainText(saved);
    }
    await expect(again.getByText('Written on a full disk')).toHaveCount(0);
    await expect(again.getByText(EDIT_AFTER_FILL)).toHaveCount(0);
    await expect(again.getByRole('alert', { name: 'Upstream has stopped saving' })).toHaveCount(0);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
  } finally {
    await app?.context.close();
    // A lazy unmount if Chromium still holds a file open; the folder is removed either way.
    if (spawnSync('umount', [disk]).status !== 0) spawnSync('umount', ['-l', disk]);
    rmSync(disk, { recursive: true, force: true });
  }
});
