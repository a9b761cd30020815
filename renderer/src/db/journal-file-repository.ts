import { journalFileText, type JournalCounts } from '@shared/domain/journal-file';
import { conversationsMarkdownPieces } from '@shared/domain/markdown-export';
import { planMerge, planReplace } from '@shared/domain/journal-merge';
import { describeMergeCounts, type JournalWritePlan } from '@shared/domain/journal-write-plan';
import { checkImportFile } from './journal-check/check-import-file';
import { readWholeJournal, writeImportPlan } from './tables/journal-io';
import { timeSlices } from './tables/time-slices';

// Export and import of the whole journal (SPEC §7). An import is checked completely, and the user
// sees what it would do, before anything is written.

/** The conversations as one Markdown document (SPEC §7). */
export async function exportConversationsMarkdown(now: Date): Promise<Blob> {
  const { data } = await readWholeJournal();
  return fileOfPieces(conversationsMarkdownPieces(data, now), 'text/markdown');
}

/** The journal as a file in SPEC §7's JSON export format. */
export async function exportJournal(now: Date): Promise<Blob> {
  const { data, tombstones } = await readWholeJournal();
  return fileOfPieces(journalFileText(data, tombstones, now.toISOString()), 'application/json');
}

/**
 * A file made from its text a piece of a few hundred records at a time, in time slices: at 100,000 notes an
 * export is about 100 MB, and the page keeps answering while it is made.
 */
async function fileOfPieces(pieces: Iterable<string>, type: string): Promise<Blob> {
  const slices = timeSlices();
  const parts: Blob[] = [];
  for (const text of pieces) {
    parts.push(new Blob([text]));
    await slices.pause();
  }
  return new Blob(parts, { type });
}

export type ImportPreview =
  | { ok: false; problems: string[] }
  | { ok: true; counts: JournalCounts; warnings: string[]; summary: string; plan: JournalWritePlan };

export type ImportMode = 'merge' | 'replace';

/**
 * Reads an import file (its text, or the file itself, which the check's worker then reads off the page) and
 * plans a merge with the journal, or replacing it: nothing is written yet.
 */
export async function previewImport(
  source: string | Blob,
  mode: ImportMode = 'merge',
  now = new Date(),
): Promise<ImportPreview> {
  const parsed = await checkImportFile(source);
  if (!parsed.ok) return parsed;
  const current = await readWholeJournal();
  const plan =
    mode === 'merge' ? planMerge(current, parsed.file) : planReplace(current, parsed.file, now.toISOString());
  return {
    ok: true,
    counts: parsed.counts,
    warnings: parsed.warnings,
    summary: describeMergeCounts(plan.totals),
    plan,
  };
}

/** Writes a previewed import: all of it, in one transaction, or nothing. */
export function applyImport(plan: JournalWritePlan): Promise<void> {
  return writeImportPlan(plan);
}
