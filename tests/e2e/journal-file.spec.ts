import { rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { addPerson, launchApp, logConversation, newProfileDir, showRoute, type NewCommitment } from './browser';

// SPEC §7: the JSON export holds the whole journal, and importing it into an empty journal brings
// every record back. "Empty" is a fresh browser profile, never a deleted database: the app will
// treat a database that vanished from under it as something to recover from.

const DANA = { name: 'Dana Whitfield', title: 'Chief Financial Officer' };
const PEOPLE = [DANA, { name: 'Sam Ortiz', title: 'VP Sales' }];
const CONVERSATIONS: { person: string; title: string; notes: string; commitments?: NewCommitment[] }[] = [
  {
    person: 'Dana Whitfield',
    title: 'Budget kickoff',
    notes: 'She wants the cloud bill flat next year.',
    commitments: [{ direction: 'I owe', text: 'Send the cloud cost breakdown' }],
  },
  {
    person: 'Sam Ortiz',
    title: 'Pipeline review',
    notes: 'Two renewals at risk over latency.',
    commitments: [{ direction: 'They owe', text: 'Share the Q4 forecast' }],
  },
  { person: 'Dana Whitfield', title: 'Roadmap review', notes: 'Agreed to phase the migration over two quarters.' },
];
const COMMITMENTS = CONVERSATIONS.flatMap((conversation) => conversation.commitments ?? []);

/** Every person, conversation and commitment of the journal above, as the screens show them. */
async function expectWholeJournal(page: Page): Promise<void> {
  await showRoute(page, '/people');
  for (const { name } of PEOPLE) await expect(page.getByRole('link', { name })).toBeVisible();
  await page.getByRole('link', { name: DANA.name }).click();
  await expect(page.getByText(DANA.title)).toBeVisible();

  await showRoute(page, '/log');
  await expect(page.getByRole('article')).toHaveCount(CONVERSATIONS.length);
  for (const { person, title, notes } of CONVERSATIONS) {
    await expect(page.getByRole('article', { name: `${title} — ${person}` })).toContainText(notes);
  }

  await showRoute(page, '/commitments');
  for (const { direction, text } of COMMITMENTS) {
    await expect(page.getByRole('list', { name: direction })).toContainText(text);
  }
}

test('a journal exported to a file and imported into an empty one comes back whole', async () => {
  const profiles = [newProfileDir(), newProfileDir()];
  const [original, empty] = profiles as [string, string];
  try {
    const first = await launchApp(original, '/');
    for (const person of PEOPLE) await addPerson(first.page, person);
    for (const conversation of CONVERSATIONS) await logConversation(first.page, conversation);
    await expectWholeJournal(first.page);

    // In browser mode the export is a download.
    await showRoute(first.page, '/settings');
    const downloading = first.page.waitForEvent('download');
    await first.page.getByRole('button', { name: 'Export the journal (JSON)' }).click();
    const download = await downloading;
    await expect(first.page.getByRole('status').filter({ hasText: 'Journal exported.' })).toBeVisible();
    const fileName = download.suggestedFilename();
    expect(fileName).toMatch(/^upstream-journal-\d{4}-\d{2}-\d{2}\.json$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const exported = JSON.parse(text) as { format: string; data: Record<string, unknown[]> };
    expect(exported.format).toBe('upstream-journal');
    expect(exported.data['people']).toHaveLength(PEOPLE.length);
    expect(exported.data['conversations']).toHaveLength(CONVERSATIONS.length);
    expect(exported.data['commitments']).toHaveLength(COMMITMENTS.length);
    expect(first.errors).toEqual([]);
    expect(first.foreignRequests).toEqual([]);
    await first.context.close();

    // A fresh profile is an empty journal.
    const second = await launchApp(empty, '/people');
    const { page } = second;
    await expect(page.getByText('No one here yet.')).toBeVisible();
    await showRoute(page, '/settings');
    await page.getByLabel('Import a journal file').setInputFiles({
      name: fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const preview = page.getByRole('region', { name: `Import ${fileName}` });
    await expect(preview).toContainText(
      `${PEOPLE.length} people, ${CONVERSATIONS.length} conversations, ${COMMITMENTS.length} commitments`,
    );
    await preview.getByRole('button', { name: 'Merge into my journal' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Imported ${fileName}` })).toBeVisible();
    await expectWholeJournal(page);
    expect(second.errors).toEqual([]);
    expect(second.foreignRequests).toEqual([]);
    await second.context.close();

    // Written to disk, not only shown: a restart finds it all.
    const third = await launchApp(empty, '/');
    await expectWholeJournal(third.page);
    expect(third.errors).toEqual([]);
    await third.context.close();
  } finally {
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
});

test('a broken journal file shows what is wrong with it and changes nothing', async () => {
  const profile = newProfileDir();
  try {
    const app = await launchApp(profile, '/');
    const { page } = app;
    await addPerson(page, DANA);
    const valid = JSON.stringify({
      format: 'upstream-journal',
      version: 1,
      data: { people: [{ id: 'not-even-checked', name: 'Mallory <script>alert(1)</script>' }] },
    });
    const hostile = [
      // A stray character: not JSON at all.
      { name: 'malformed.json', text: valid.replace('"data":', '"data";'), problem: 'it is not valid JSON' },
      // The first half of a file, as a download cut off half-way leaves it.
      { name: 'cut-off.json', text: valid.slice(0, Math.floor(valid.length / 2)), problem: 'This file ends too early' },
    ];
    for (const file of hostile) {
      await showRoute(page, '/settings');
      await page.getByLabel('Import a journal file').setInputFiles({
        name: file.name,
        mimeType: 'application/json',
        buffer: Buffer.from(file.text),
      });
      const problems = page.getByRole('alert', { name: `Problems in ${file.name}` });
      await expect(problems).toContainText(`${file.name} cannot be imported. Nothing was changed.`);
      await expect(problems.getByRole('listitem')).toContainText([file.problem]);
      console.log(`${file.name}: ${(await problems.getByRole('listitem').allTextContents()).join(' | ')}`);
      await expect(page.getByRole('button', { name: 'Merge into my journal' })).toHaveCount(0);

      await showRoute(page, '/people');
      await expect(page.getByRole('link', { name: DANA.name })).toBeVisible();
      await expect(page.getByRole('row')).toHaveCount(2);
      await expect(page.getByText('Mallory')).toHaveCount(0);
    }
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
