// fake-indexeddb must be installed before anything touches Dexie.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useUiStore } from '@renderer/state/ui-store';
import { db } from '@renderer/db/tables/schema';
import { resetStorageHealthForTests } from '@renderer/db/tables/storage-health';
import { stopSearchIndexForTests } from '@renderer/db/search-repository';

// Screens load on first visit (lazy chunks); on two busy cores the first import of one was seen to take
// over a second, the default wait of findBy… queries. A screen that never appears still fails, after 5 s.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lays nothing out: every row of the Log measures 0 px, so all of them fit the window and the Log
// draws them all, as the screens' tests expect (log-timeline.test.tsx gives rows a height to test the
// windowing). jsdom does not scroll either (it logs "Not implemented"); the Log's virtualiser writes the
// window's offset back when it mounts. Tests that scroll set scrollY and dispatch the event themselves.
window.scrollTo = () => undefined;

beforeEach(async () => {
  // Clear every table rather than deleting the database: Dexie stays closed after delete().
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  resetStorageHealthForTests();
  stopSearchIndexForTests();
  useUiStore.setState(useUiStore.getInitialState(), true);
  window.location.hash = '';
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});
