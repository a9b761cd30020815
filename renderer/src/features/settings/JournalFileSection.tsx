import { format } from 'date-fns';
import { useId, useState } from 'react';
import { DEFAULT_JOURNAL_LIMITS } from '@shared/domain/journal-file';
import {
  applyImport,
  exportConversationsMarkdown,
  exportJournal,
  previewImport,
  type ImportMode,
  type ImportPreview,
} from '@renderer/db/journal-file-repository';
import { takeBackup } from '@renderer/db/safekeeping-repository';
import { describeWriteError } from '@renderer/db/write-errors';
import { usePlatform } from '@renderer/platform/platform-context';
import { useUiStore } from '@renderer/state/ui-store';

type Pending = Extract<ImportPreview, { ok: true }> & { fileName: string; mode: ImportMode; file: Blob };
type Busy = 'export-json' | 'export-markdown' | 'read' | 'import' | null;

const BUSY_LABELS: Record<Exclude<Busy, null>, string> = {
  'export-json': 'Exporting the journal…',
  'export-markdown': 'Exporting the conversations…',
  read: 'Checking the file…',
  import: 'Backing up, then importing… Keep Upstream open until it is done.',
};

/**
 * Export the journal (JSON, or the conversations as Markdown), and import one: checked whole, previewed,
 * then merged or, after a backup, put in place of the journal, in one step.
 */
export function JournalFileSection() {
  const platform = usePlatform();
  const showNotice = useUiStore((state) => state.showNotice);
  const inputId = useId();
  const [busy, setBusy] = useState<Busy>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [problems, setProblems] = useState<{ fileName: string; list: string[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  async function onExport(kind: 'json' | 'markdown') {
    setBusy(kind === 'json' ? 'export-json' : 'export-markdown');
    try {
      const now = new Date();
      const day = format(now, 'yyyy-MM-dd');
      const saved =
        kind === 'json'
          ? await platform.saveTextFile(`upstream-journal-${day}.json`, await exportJournal(now))
          : await platform.saveTextFile(`upstream-conversations-${day}.md`, await exportConversationsMarkdown(now));
      if (!saved.ok) showNotice({ message: `Export failed: ${saved.error}`, tone: 'error' });
      else if (saved.value === 'saved') {
        showNotice({ message: kind === 'json' ? 'Journal exported.' : 'Conversations exported.', tone: 'info' });
      }
    } catch (error) {
      showNotice({ message: `Export failed: ${describeWriteError(error)}`, tone: 'error' });
    } finally {
      setBusy(null);
    }
  }

  async function preview(fileName: string, file: Blob, chosen: ImportMode) {
    setBusy('read');
    try {
      const result = await previewImport(file, chosen);
      if (result.ok) setPending({ ...result, fileName, mode: chosen, file });
      else setProblems({ fileName, list: result.problems });
    } finally {
      setBusy(null);
    }
  }

  async function onChooseFile(file: File | undefined) {
    setProblems(null);
    setPending(null);
    if (!file) return;
    // Checked before reading, so a huge file is never loaded into memory.
    if (file.size > DEFAULT_JOURNAL_LIMITS.maxTextLength) {
      setProblems({ fileName: file.name, list: ['This file is too large to be an Upstream journal.'] });
      return;
    }
    await preview(file.name, file, mode);
  }

  function onChooseMode(chosen: ImportMode) {
    setMode(chosen);
    // A file already checked is planned again for the other mode: the counts differ.
    if (pending) void preview(pending.fileName, pending.file, chosen);
  }

  async function onImport(plan: Pending) {
    setBusy('import');
    try {
      if (plan.mode === 'replace') await takeBackup(platform.safekeeping, 'before-import');
      await applyImport(plan.plan);
      setPending(null);
      showNotice({ message: `Imported ${plan.fileName}: ${plan.summary}.`, tone: 'info' });
    } catch (error) {
      showNotice({ message: `Nothing was imported. ${describeWriteError(error)}`, tone: 'error' });
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="journal-file-heading">
      <h2 id="journal-file-heading">Export and import</h2>
      <p>
        <button type="button" onClick={() => void onExport('json')} disabled={busy !== null}>
          Export the journal (JSON)
        </button>{' '}
        <button type="button" onClick={() => void onExport('markdown')} disabled={busy !== null}>
          Export the conversations (Markdown)
        </button>
      </p>
      <fieldset className="import-mode" disabled={busy !== null}>
        <legend>When importing</legend>
        <label>
          <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => onChooseMode('merge')} />{' '}
          Merge into this journal: for a record in both, the newer edit wins, and anything you deleted stays deleted
        </label>
        <label>
          <input
            type="radio"
            name="import-mode"
            checked={mode === 'replace'}
            onChange={() => onChooseMode('replace')}
          />{' '}
          Replace this journal with the file (a backup of the journal is taken first)
        </label>
      </fieldset>
      <p>
        <label htmlFor={inputId}>Import a journal file</label>{' '}
        <input
          id={inputId}
          type="file"
          accept=".json,application/json"
          disabled={busy !== null}
          onChange={(event) => void onChooseFile(event.currentTarget.files?.[0])}
        />
      </p>
      <p className="subtle">Nothing is written until you confirm.</p>
      {busy && (
        <p role="status">
          <progress aria-label={BUSY_LABELS[busy]} /> {BUSY_LABELS[busy]}
        </p>
      )}
      {problems && (
        <div role="alert" aria-label={`Problems in ${problems.fileName}`}>
          <p>
            <strong>{problems.fileName} cannot be imported.</strong> Nothing was changed.
          </p>
          <ul>
            {problems.list.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {pending && (
        <div role="region" aria-label={`Import ${pending.fileName}`}>
          <p>
            {pending.fileName}: {pending.counts.people} people, {pending.counts.conversations} conversations,{' '}
            {pending.counts.commitments} commitments, {pending.counts.checkIns} check-ins,{' '}
            {pending.counts.strategyMoments} strategy moments. {pending.mode === 'merge' ? 'Merging' : 'Replacing'} it:{' '}
            {pending.summary}.
          </p>
          {pending.warnings.length > 0 && (
            <ul aria-label="Warnings">
              {pending.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className={pending.mode === 'merge' ? 'primary' : 'danger'}
            onClick={() => void onImport(pending)}
            disabled={busy !== null}
          >
            {pending.mode === 'merge' ? 'Merge into my journal' : 'Replace my journal'}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)} disabled={busy !== null}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
