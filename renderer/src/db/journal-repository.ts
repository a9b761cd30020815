import { openJournal, type OpenOutcome } from './tables/open';
import { currentStorageFailure, subscribeStorageHealth, type StorageFailure } from './tables/storage-health';
import { subscribeCommits } from './tables/write';

// The journal as a whole: opening it, and whether the app may still write to it. Screens use these
// through the app shell (and the marker and backups follow its commits); everything record by record goes
// through the other repositories.

export { openJournal, currentStorageFailure, subscribeCommits, subscribeStorageHealth };
export type { OpenOutcome, StorageFailure };
