import { format } from 'date-fns';
import { useId, useState } from 'react';
import { DEFAULT_JOURNAL_LIMITS } from '@shared/domain/journal-file';
import { applyImport, exportJournal, previewImport, type ImportPreview } from '@renderer/db/journal-file-repository';
import { describeWriteError } from '@renderer/db/write-errors';
import { usePlatform } from '@renderer/platform/platform-context';
import { useUiStore } from '@renderer/state/ui-store';

type Pending = Extract<ImportPreview, { ok: true }> & { fileName: string };

/** Export the whole journal as JSON, and import one: checked whole, previewed, then merged in one step. */
export function JournalFileSection() {
  const platform = usePlatform();
  const showNotice = useUiStore((state) => state.showNotice);
  const inputId = useId();
  const [busy, setBusy] = useState<'export' | 'read' | 'import' | null>(null);
  const [problems, setProblems] = useState<{ fileName: string; list: string[] } | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  async function onExport() {
    setBusy('export');
    try {
      const now = new Date();
      const text = await exportJournal(now);
      const saved = await platform.saveTextFile(
        `upstream-journal-${format(now, 'yyyy-MM-dd')}.json`,
        text,
        'application/json',
      );
      showNotice(saved.ok ? { message: 'Journal exported.', tone: 'info' } : { message: saved.error, tone: 'error' });
    } catch (error) {
      showNotice({ message: `Export failed: ${describeWriteError(error)}`, tone: 'error' });
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
    setBusy('read');
    try {
      const preview = await previewImport(await file.text());
      if (preview.ok) setPending({ ...preview, fileName: file.name });
      else setProblems({ fileName: file.name, list: preview.problems });
    } finally {
      setBusy(null);
    }
  }

  async function onImport(plan: Pending) {
    setBusy('import');
    try {
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
        <button type="button" onClick={() => void onExport()} disabled={busy !== null}>
          {busy === 'export' ? 'Exporting…' : 'Export the journal (JSON)'}
        </button>
      </p>
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
      <p className="subtle">
        An import is merged into this journal: for a record in both, the newer edit wins, and anything you deleted stays
        deleted. Nothing is written until you confirm.
      </p>
      {busy === 'read' && <p role="status">Checking the file…</p>}
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
            {pending.counts.strategyMoments} strategy moments. Merging it: {pending.summary}.
          </p>
          {pending.warnings.length > 0 && (
            <ul aria-label="Warnings">
              {pending.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
          <button type="button" className="primary" onClick={() => void onImport(pending)} disabled={busy !== null}>
            {busy === 'import' ? 'Importing…' : 'Merge into my journal'}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)} disabled={busy !== null}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
