import { useSyncExternalStore } from 'react';
import { currentStorageFailure, subscribeStorageHealth } from '@renderer/db/journal-repository';
import { STORAGE_FAILED_MESSAGE } from '@renderer/db/write-errors';

/**
 * Shown for the rest of the session once a write failed for lack of space or a storage error: the
 * app has stopped writing (SPEC §7), and the user needs to know before typing anything more.
 */
export function StorageFailureBanner() {
  const failure = useSyncExternalStore(subscribeStorageHealth, currentStorageFailure);
  if (!failure) return null;
  return (
    <div className="storage-failure" role="alert" aria-labelledby="storage-failure-heading">
      <h2 id="storage-failure-heading">Upstream has stopped saving</h2>
      <p>{STORAGE_FAILED_MESSAGE}</p>
      <p className="subtle">
        The storage said: {failure.name} ({failure.message})
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Restart Upstream
      </button>
    </div>
  );
}
