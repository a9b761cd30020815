import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo } from '@shared/domain/backups';
import { BackupList, describeBackup } from '@renderer/components/BackupList';
import { formatBytes } from '@renderer/components/format-bytes';
import { listBackups, restoreBackup, subscribeBackups, takeBackup } from '@renderer/db/safekeeping-repository';
import { describeWriteError } from '@renderer/db/write-errors';
import { useStorageEstimate } from '@renderer/hooks/use-storage-estimate';
import { usePlatform } from '@renderer/platform/platform-context';
import { useUiStore } from '@renderer/state/ui-store';

/**
 * The automatic backups (SPEC §7): listed newest first, one taken on demand, and any of them restored
 * after a confirmation; a restore first backs up the journal as it is.
 */
export function BackupsSection() {
  const platform = usePlatform();
  const store = platform.safekeeping;
  const showNotice = useUiStore((state) => state.showNotice);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const estimate = useStorageEstimate();

  const refresh = useCallback(
    () =>
      listBackups(store).then(
        (list) => {
          setBackups(list);
          setListError(null);
        },
        (error: unknown) => setListError((error as Error).message),
      ),
    [store],
  );
  useEffect(() => {
    void refresh();
    return subscribeBackups(() => void refresh());
  }, [refresh]);

  async function act(label: string, action: () => Promise<string>) {
    setBusy(label);
    try {
      showNotice({ message: await action(), tone: 'info' });
    } catch (error) {
      showNotice({ message: describeWriteError(error), tone: 'error' });
    } finally {
      setBusy(null);
      void refresh();
    }
  }

  const backUpNow = () =>
    act('Backing up…', async () => `Backed up: ${describeBackup(await takeBackup(store, 'manual'))}.`);

  const restore = (backup: BackupInfo) =>
    act('Restoring…', async () => {
      setConfirming(null);
      const outcome = await restoreBackup(store, backup.name);
      if (!outcome.ok) throw new Error(`That backup cannot be restored: ${outcome.problems.join(' ')}`);
      return `Restored the backup of ${describeBackup(backup)}: ${outcome.summary}. The journal as it was is in the backup of ${describeBackup(outcome.safetyBackup)}.`;
    });

  return (
    <section aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p className="subtle">
        Upstream backs up the whole journal once a day after changes
        {platform.kind === 'desktop' ? ' and when you quit' : ''}, keeping 7 daily, 4 weekly and 12 monthly backups in{' '}
        {store.location}.
        {platform.kind === 'browser' &&
          ' They live in this browser: download a copy with “Export the journal” now and then, and keep it elsewhere.'}
      </p>
      {estimate && (
        <p>
          Upstream's storage: {formatBytes(estimate.usage)} used, about {formatBytes(estimate.free)} free.
        </p>
      )}
      <p>
        <button type="button" onClick={() => void backUpNow()} disabled={busy !== null}>
          Back up now
        </button>
      </p>
      {busy && (
        <p role="status">
          <progress aria-label={busy} /> {busy}
        </p>
      )}
      {listError && <p role="alert">The backups could not be listed: {listError}</p>}
      {backups && backups.length === 0 && <p>No backups yet. The first is taken after your first change.</p>}
      {backups && backups.length > 0 && (
        <BackupList
          backups={backups}
          actionLabel="Restore"
          disabled={busy !== null}
          onAction={(backup) => setConfirming(backup)}
        />
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="restore-confirm-heading" aria-describedby="restore-confirm-text">
          <h3 id="restore-confirm-heading">Restore this backup?</h3>
          <p id="restore-confirm-text">
            Your journal will be replaced with the backup of {describeBackup(confirming)}. A backup of the journal as it
            is now is taken first, so you can come back to it.
          </p>
          <button type="button" className="danger" onClick={() => void restore(confirming)} disabled={busy !== null}>
            Replace my journal with this backup
          </button>{' '}
          <button type="button" onClick={() => setConfirming(null)} disabled={busy !== null}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
