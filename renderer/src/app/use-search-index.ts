import { useEffect } from 'react';

/** After start, when the app has settled, the search worker opens its index, so the first search is instant. */
const START_AFTER_MS = 2_000;

/** Starts the search index a moment after the app starts; its code loads then, never in the start-up bundle. */
export function useSearchIndexWhenIdle(): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      void import('@renderer/db/search-repository').then((search) => search.startSearchIndex());
    }, START_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
}
