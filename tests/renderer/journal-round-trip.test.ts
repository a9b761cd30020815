import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { buildJournalFile, JOURNAL_TABLES, type JournalData, type JournalFile } from '@shared/domain/journal-file';
import { applyImport, exportJournal, previewImport, type ImportMode } from '@renderer/db/journal-file-repository';
import { rebuildDerivedData } from '@renderer/db/tables/derived';
import { db } from '@renderer/db/tables/schema';
import { journalDataArb, tombstonesArb } from '../shared/journal-factories';

// The export and the import through the real data layer (Dexie over fake-indexeddb), for arbitrary valid
// journals: what goes out comes back, and a file that is refused never writes.

async function emptyJournal() {
  await Promise.all(db.tables.map((table) => table.clear()));
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
const byRecord = (a: { table: string; recordId: string }, b: { table: string; recordId: string }) =>
  `${a.table}|${a.recordId}`.localeCompare(`${b.table}|${b.recordId}`);

async function importFile(data: JournalData, tombstones: JournalFile['tombstones'], mode: ImportMode = 'merge') {
  const preview = await previewImport(
    JSON.stringify(buildJournalFile(data, tombstones, '2026-11-22T08:00:00.000Z')),
    mode,
  );
  if (!preview.ok) throw new Error(preview.problems.join('; '));
  await applyImport(preview.plan);
}

/** The derived tables in a stable order; a tag count's label is any spelling in use, so only key and count. */
async function derivedTables() {
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    personTimeline: byId(await db.personTimeline.toArray()),
    tagTimeline: byId(await db.tagTimeline.toArray()),
    tagCounts: (await db.tagCounts.toArray()).map(({ key, count }) => ({ key, count })),
    personActivity: await db.personActivity.toArray(),
  };
}

// Two journals drawn from the same few ids and instants share records, so a merge updates, deletes and
// keeps some of them; tags from a few spellings make conversations share tag counts.
const SHARED_IDS = fc.constantFrom(
  '00000000-0000-4000-8000-00000000000a',
  '00000000-0000-4000-8000-00000000000b',
  '00000000-0000-4000-8000-00000000000c',
  '00000000-0000-4000-8000-00000000000d',
  '00000000-0000-4000-8000-00000000000e',
);
const SHARED = {
  id: SHARED_IDS,
  stamp: fc.constantFrom('2026-11-01T09:00:00.000Z', '2026-11-02T09:00:00.000Z', '2026-11-03T09:00:00.000Z'),
};
const TAG_SPELLINGS = ['Hiring', 'hiring', 'budget', 'Q3'];
const sharedJournalArb = journalDataArb(SHARED).map((data) => ({
  ...data,
  conversations: data.conversations.map((conversation) => ({
    ...conversation,
    tags: conversation.tags.map((tag) => TAG_SPELLINGS[tag.length % TAG_SPELLINGS.length] ?? tag),
  })),
}));

describe('export and import through the data layer', () => {
  test.prop([journalDataArb(), tombstonesArb()], { numRuns: 25 })(
    'importing an export into an empty journal, then exporting again, gives the same journal',
    async (data, tombstones) => {
      await emptyJournal();
      const text = JSON.stringify(buildJournalFile(data, tombstones, '2026-11-22T08:00:00.000Z'));
      const preview = await previewImport(text);
      expect(preview.ok).toBe(true);
      if (!preview.ok) return;
      await applyImport(preview.plan);

      const original = JSON.parse(text) as JournalFile;
      const exported = JSON.parse(await (await exportJournal(new Date())).text()) as JournalFile;
      for (const table of JOURNAL_TABLES) {
        expect([...exported.data[table]].sort(byId)).toEqual([...original.data[table]].sort(byId));
      }
      expect([...exported.tombstones].sort(byRecord)).toEqual([...original.tombstones].sort(byRecord));
    },
  );

  test.prop([journalDataArb({ maxRecords: 2 }), fc.string({ maxLength: 40 }), fc.nat()], { numRuns: 25 })(
    'a file cut short anywhere is refused and nothing is written',
    async (data, garbage, cut) => {
      await emptyJournal();
      const text = JSON.stringify(buildJournalFile(data, [], '2026-11-22T08:00:00.000Z'));
      const broken = text.slice(0, cut % text.length) + garbage;
      const before = await db.changes.count();
      const preview = await previewImport(broken);
      // Whole again only when the garbage happens to put back exactly what the cut removed.
      if (preview.ok) return;
      expect(preview.problems.length).toBeGreaterThan(0);
      expect(await db.changes.count()).toBe(before);
      expect(await db.people.count()).toBe(0);
    },
  );

  test.prop(
    [sharedJournalArb, sharedJournalArb, tombstonesArb(SHARED), fc.constantFrom<ImportMode>('merge', 'replace')],
    { numRuns: 40 },
  )(
    'an import into a journal that has conversations, tags and derived rows leaves the derived tables a rebuild makes',
    async (current, incoming, tombstones, mode) => {
      await emptyJournal();
      await importFile(current, []);
      await importFile(incoming, tombstones, mode);
      const incremental = await derivedTables();
      await rebuildDerivedData();
      expect(incremental).toEqual(await derivedTables());
    },
    60_000,
  );
});
