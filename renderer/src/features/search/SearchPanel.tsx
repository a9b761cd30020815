import { useId, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import {
  SEARCH_KINDS,
  SEARCH_KIND_LABELS,
  SEARCH_PERIODS,
  SEARCH_PERIOD_LABELS,
  type SearchFilters,
  type SearchHit,
  type SearchKind,
  type SearchTarget,
  type SnippetPart,
} from '@shared/domain/search';
import { ChoiceSelect } from '@renderer/components/ChoiceSelect';
import { PersonSelect } from '@renderer/components/PersonSelect';
import { usePeople } from '@renderer/hooks/use-people';
import { useUiStore } from '@renderer/state/ui-store';
import { useSearchResults, type SearchResults } from './use-search-results';

// What was typed, the filters and the ranked results grouped by kind: the body of the search
// palette and of the Log's search field. The box keeps focus; ArrowUp and ArrowDown move through the
// results (announced through aria-activedescendant) and Enter opens the one marked.

export function routeOf(target: SearchTarget): string {
  switch (target.screen) {
    case 'conversation':
      return `/log/${target.id}`;
    case 'person':
      return `/people/${target.id}`;
    case 'moment':
      return `/roadmap/${target.id}`;
    case 'checkIn':
      return `/check-in/${target.week}`;
  }
}

const KIND_CHOICES: readonly SearchFilters['kind'][] = ['any', ...SEARCH_KINDS];
const KIND_CHOICE_LABELS: Record<SearchFilters['kind'], string> = { any: 'Everything', ...SEARCH_KIND_LABELS };

/** The groups in the order of their best result, each keeping the ranking inside it. */
function groupByKind(hits: readonly SearchHit[]): { kind: SearchKind; hits: SearchHit[] }[] {
  const groups = new Map<SearchKind, SearchHit[]>();
  for (const hit of hits) groups.set(hit.kind, [...(groups.get(hit.kind) ?? []), hit]);
  return [...groups].map(([kind, grouped]) => ({ kind, hits: grouped }));
}

function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="search-snippet">
      {parts.map((part, at) => (part.match ? <mark key={at}>{part.text}</mark> : <span key={at}>{part.text}</span>))}
    </span>
  );
}

function statusText(query: string, results: SearchResults): string {
  const { status, hits, error } = results;
  if (status.state === 'failed') return `Search is unavailable: ${status.error ?? 'the index could not start.'}`;
  if (error) return `Search failed: ${error}`;
  const building =
    status.state === 'building'
      ? `Building the search index: ${Math.round((status.progress ?? 0) * 100)}%. Results so far are shown. `
      : status.state === 'starting'
        ? 'Opening the search index… '
        : '';
  if (query.trim() === '') return `${building}Type to search everything you have written.`;
  if (hits === undefined) return `${building}Searching…`;
  if (hits.length === 0) return `${building}Nothing found for “${query.trim()}”.`;
  return `${building}${hits.length === 1 ? '1 result' : `${hits.length} results`}.`;
}

type Props = {
  /** Names the search box, e.g. "Search the journal". */
  label: string;
  autoFocus?: boolean;
  /** Shows only the box until something is typed (the Log's field). */
  collapsedWhenEmpty?: boolean;
  /** Called after a result was opened (the palette closes itself). */
  onOpened?(): void;
};

export function SearchPanel({ label, autoFocus = false, collapsedWhenEmpty = false, onOpened }: Props) {
  const { query, filters } = useUiStore((state) => state.search);
  const setQuery = useUiStore((state) => state.setSearchQuery);
  const setFilters = useUiStore((state) => state.setSearchFilters);
  const people = usePeople();
  const results = useSearchResults(query, filters);
  const [, navigate] = useLocation();
  const [active, setActive] = useState(0);
  const id = useId();
  const groups = groupByKind(results.hits ?? []);
  const ordered = groups.flatMap((group) => group.hits);
  const activeHit = ordered[Math.min(active, ordered.length - 1)];
  const optionId = (hit: SearchHit) => `${id}-${hit.key}`;

  const open = (hit: SearchHit) => {
    navigate(routeOf(hit.opens));
    onOpened?.();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (ordered.length === 0) return;
    const index = Math.min(active, ordered.length - 1);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index + 1) % ordered.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index - 1 + ordered.length) % ordered.length);
    } else if (event.key === 'Enter' && activeHit) {
      event.preventDefault();
      open(activeHit);
    }
  };

  const changeFilters = (change: Partial<SearchFilters>) => {
    setFilters({ ...filters, ...change });
    setActive(0);
  };

  return (
    <div className="search-panel">
      <input
        type="search"
        className="search-box"
        aria-label={label}
        role="combobox"
        aria-expanded={ordered.length > 0}
        aria-controls={`${id}-results`}
        aria-autocomplete="list"
        aria-activedescendant={activeHit ? optionId(activeHit) : undefined}
        autoComplete="off"
        spellCheck={false}
        autoFocus={autoFocus}
        value={query}
        onFocus={(event) => event.currentTarget.select()}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {collapsedWhenEmpty && query === '' ? null : (
        <>
          <div className="search-filters" role="group" aria-label="Filters">
            <label>
              Kind{' '}
              <ChoiceSelect
                choices={KIND_CHOICES}
                labels={KIND_CHOICE_LABELS}
                value={filters.kind}
                onChange={(kind) => changeFilters({ kind })}
              />
            </label>
            <label>
              Person{' '}
              <PersonSelect
                people={people ?? []}
                value={filters.personId}
                onChange={(personId) => changeFilters({ personId })}
                anyValue="any"
                anyLabel="Anyone"
              />
            </label>
            <label>
              Period{' '}
              <ChoiceSelect
                choices={SEARCH_PERIODS}
                labels={SEARCH_PERIOD_LABELS}
                value={filters.period}
                onChange={(period) => changeFilters({ period })}
              />
            </label>
          </div>
          <p className="search-status" role="status">
            {statusText(query, results)}
          </p>
          <div
            id={`${id}-results`}
            role="listbox"
            aria-label="Results"
            className="search-results"
            data-query={results.answered}
          >
            {groups.map((group) => (
              <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
                <h3 id={`${id}-${group.kind}`} role="presentation">
                  {SEARCH_KIND_LABELS[group.kind]}
                </h3>
                {group.hits.map((hit) => (
                  <div
                    key={hit.key}
                    id={optionId(hit)}
                    role="option"
                    aria-selected={hit === activeHit}
                    className="search-option"
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => open(hit)}
                  >
                    <span className="search-title">{hit.title}</span>
                    {hit.context && <span className="search-context">{hit.context}</span>}
                    {hit.snippet.length > 0 && <Snippet parts={hit.snippet} />}
                  </div>
                ))}
              </div>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
