import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { buildJournalFile, JOURNAL_TABLES, type JournalFile } from '@shared/domain/journal-file';
import { applyImport, exportJournal, previewImport } from '@renderer/db/journal-file-repository';
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
      const exported = JSON.parse(await exportJournal(new Date())) as JournalFile;
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
});
