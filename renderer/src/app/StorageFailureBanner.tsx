import { useSyncExternalStore } from 'react';
import { formatBytes } from '@renderer/components/format-bytes';
import { currentStorageFailure, subscribeStorageHealth } from '@renderer/db/journal-repository';
import { STORAGE_FAILED_MESSAGE } from '@renderer/db/write-errors';
import { LOW_FREE_BYTES, useStorageEstimate } from '@renderer/hooks/use-storage-estimate';
import { usePlatform } from '@renderer/platform/platform-context';

/**
 * Shown for the rest of the session once a write failed for lack of space or a storage error: the
 * app has stopped writing (SPEC §7), and the user needs to know before typing anything more. Before
 * that, a warning when free space runs low.
 */
export function StorageFailureBanner() {
  const platform = usePlatform();
  const failure = useSyncExternalStore(subscribeStorageHealth, currentStorageFailure);
  const estimate = useStorageEstimate();
  if (!failure) {
    if (!estimate || estimate.free >= LOW_FREE_BYTES) return null;
    return (
      <div className="storage-warning" role="alert">
        Disk space is running low: about {formatBytes(estimate.free)} left for Upstream. Free some space soon; when the
        disk is full, Upstream stops saving to protect what is already saved.
      </div>
    );
  }
  const restartLabel = platform.kind === 'desktop' ? 'Restart Upstream' : 'Reload Upstream';
  return (
    <div className="storage-failure" role="alert" aria-labelledby="storage-failure-heading">
      <h2 id="storage-failure-heading">Upstream has stopped saving</h2>
      <p>{STORAGE_FAILED_MESSAGE}</p>
      <p className="subtle">
        The storage said: {failure.name} ({failure.message})
      </p>
      <button type="button" onClick={() => platform.restart()}>
        {restartLabel}
      </button>
    </div>
  );
}
