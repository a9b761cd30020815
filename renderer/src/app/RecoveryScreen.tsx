import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { describeRecordCounts, type BackupInfo, type MarkerVerdict } from '@shared/domain/backups';
import { BackupList } from '@renderer/components/BackupList';
import { checkpoint, listBackups, restoreBackup } from '@renderer/db/safekeeping-repository';
import { describeWriteError } from '@renderer/db/write-errors';
import { usePlatform } from '@renderer/platform/platform-context';

type Props = { verdict: Exclude<MarkerVerdict, { kind: 'consistent' }>; onDone: () => void };

/**
 * Shown at start instead of the app when the journal holds far less than its marker says it did (SPEC §7
 * "Never start silently empty"): the browser may have reset a damaged database. Nothing is written until
 * the user chooses: restore a backup, or open the journal as it is.
 */
export function RecoveryScreen({ verdict, onDone }: Props) {
  const { safekeeping } = usePlatform();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmingOpen, setConfirmingOpen] = useState(false);

  useEffect(() => {
    listBackups(safekeeping).then(setBackups, (error: unknown) => setListError((error as Error).message));
  }, [safekeeping]);

  async function act(action: () => Promise<void>) {
    setBusy(true);
    setProblem(null);
    try {
      await action();
    } catch (error) {
      setProblem(describeWriteError(error));
    } finally {
      setBusy(false);
    }
  }

  const restore = (backup: BackupInfo) =>
    act(async () => {
      const outcome = await restoreBackup(safekeeping, backup.name);
      if (!outcome.ok) {
        setProblem(`That backup cannot be restored: ${outcome.problems.join(' ')}`);
        return;
      }
      onDone();
    });

  const openAsItIs = () =>
    act(async () => {
      // The marker now describes the journal as it is, so the next start does not ask again.
      await checkpoint(safekeeping, null);
      onDone();
    });

  const { marker, held, recordsHeld } = verdict;
  return (
    <main className="screen recovery" aria-labelledby="recovery-heading">
      <h1 id="recovery-heading">
        {verdict.kind === 'missing' ? 'Your journal came back empty' : 'Your journal came back incomplete'}
      </h1>
      <p role="alert">
        On {format(new Date(marker.writtenAt), 'd MMMM yyyy, HH:mm')} your journal held{' '}
        {describeRecordCounts(marker.counts)}. It now holds {describeRecordCounts(held)}. The storage may have been
        reset after a failure. Nothing has been written since Upstream started.
      </p>
      <h2>Restore a backup</h2>
      {listError && <p role="alert">The backups could not be listed: {listError}</p>}
      {backups && backups.length === 0 && (
        <p>
          No automatic backup was found in {safekeeping.location}. If you exported your journal, open it as it is and
          import that file in Settings.
        </p>
      )}
      {backups && backups.length > 0 && (
        <BackupList
          backups={backups}
          actionLabel="Restore"
          disabled={busy}
          onAction={(backup) => void restore(backup)}
        />
      )}
      {problem && <p role="alert">{problem}</p>}
      <h2>Or open the journal as it is</h2>
      {confirmingOpen ? (
        <p>
          Upstream will open with {recordsHeld === 0 ? 'an empty journal' : 'what the journal holds now'} and stop
          asking. The backups stay where they are.{' '}
          <button type="button" className="danger" disabled={busy} onClick={() => void openAsItIs()}>
            Yes, open it as it is
          </button>{' '}
          <button type="button" disabled={busy} onClick={() => setConfirmingOpen(false)}>
            Cancel
          </button>
        </p>
      ) : (
        <button type="button" disabled={busy} onClick={() => setConfirmingOpen(true)}>
          Open the journal as it is
        </button>
      )}
    </main>
  );
}
