import { buildJournalFile, type JournalCounts } from '@shared/domain/journal-file';
import { conversationsAsMarkdown } from '@shared/domain/markdown-export';
import { planMerge, planReplace } from '@shared/domain/journal-merge';
import { parseJournalFile } from '@shared/domain/journal-parse';
import { describeMergeCounts, type JournalWritePlan } from '@shared/domain/journal-write-plan';
import { readWholeJournal, writeImportPlan } from './tables/journal-io';

// Export and import of the whole journal (SPEC §7). An import is checked completely, and the user
// sees what it would do, before anything is written.

/** The conversations as one Markdown document (SPEC §7). */
export async function exportConversationsMarkdown(now: Date): Promise<string> {
  const { data } = await readWholeJournal();
  return conversationsAsMarkdown(data, now);
}

/** The journal as the JSON text of SPEC §7's export format. */
export async function exportJournal(now: Date): Promise<string> {
  const { data, tombstones } = await readWholeJournal();
  return JSON.stringify(buildJournalFile(data, tombstones, now.toISOString()), null, 2);
}

export type ImportPreview =
  | { ok: false; problems: string[] }
  | { ok: true; counts: JournalCounts; warnings: string[]; summary: string; plan: JournalWritePlan };

export type ImportMode = 'merge' | 'replace';

/** Reads an import file and plans a merge with the journal, or replacing it: nothing is written yet. */
export async function previewImport(
  text: string,
  mode: ImportMode = 'merge',
  now = new Date(),
): Promise<ImportPreview> {
  const parsed = parseJournalFile(text);
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
