import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { SearchFilters, SearchHit } from '@shared/domain/search';
import {
  currentSearchStatus,
  searchJournal,
  startSearchIndex,
  subscribeSearchStatus,
  type SearchIndexStatus,
} from '@renderer/db/search-repository';

export type SearchResults = {
  /** `undefined` while the first answer for this query is on its way. */
  hits: SearchHit[] | undefined;
  /** The query the hits shown answer: until a new answer arrives, an earlier query's. */
  answered?: string;
  status: SearchIndexStatus;
  error?: string;
};

/**
 * The results for what was typed, asked again whenever the index changes (a save, a build's next
 * page). Only the answer to the latest question is shown: an earlier, slower one is dropped, and
 * the previous answer stays on screen until the new one arrives.
 */
export function useSearchResults(query: string, filters: SearchFilters, limit = 20): SearchResults {
  const status = useSyncExternalStore(subscribeSearchStatus, currentSearchStatus);
  const [answer, setAnswer] = useState<{ for: string; query: string; hits: SearchHit[]; error?: string }>();
  const asked = JSON.stringify([query, filters.kind, filters.personId, filters.period, limit]);

  useEffect(() => startSearchIndex(), []);

  const { kind, personId, period } = filters;
  // Asked before the browser paints the typed key, so the worker searches while that frame is drawn.
  useLayoutEffect(() => {
    if (query.trim() === '') return undefined;
    let current = true;
    const key = JSON.stringify([query, kind, personId, period, limit]);
    searchJournal(query, { kind, personId, period }, limit).then(
      (hits) => current && setAnswer({ for: key, query, hits }),
      (error: unknown) =>
        current &&
        setAnswer({ for: key, query, hits: [], error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [query, kind, personId, period, limit, status.generation]);

  if (query.trim() === '') return { hits: [], status };
  const fresh = answer?.for === asked ? answer : undefined;
  return { hits: fresh?.hits ?? answer?.hits, answered: answer?.query, status, error: fresh?.error };
}
