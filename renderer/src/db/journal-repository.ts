import { openJournal, type OpenOutcome } from './tables/open';
import { currentStorageFailure, subscribeStorageHealth, type StorageFailure } from './tables/storage-health';

// The journal as a whole: opening it, and whether the app may still write to it. Screens use these
// through the app shell; everything record by record goes through the other repositories.

export { openJournal, currentStorageFailure, subscribeStorageHealth };
export type { OpenOutcome, StorageFailure };
