import { compareNames } from './compare';
import { STANCES, type Person, type PersonFunction, type Relationship } from './types';

export const PEOPLE_SORT_KEYS = [
  'name',
  'function',
  'relationship',
  'influence',
  'stance',
  'cadenceDays',
  'lastTalked',
  'health',
] as const;
export type PeopleSortKey = (typeof PEOPLE_SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export type PeopleListOptions = {
  filterText: string;
  relationship: Relationship | 'all';
  function: PersonFunction | 'all';
  showArchived: boolean;
  sortKey: PeopleSortKey;
  sortDirection: SortDirection;
};

/** What the list shows of each relationship, from shared/domain/relationships.ts. */
export type PersonListStatus = { daysSince: number | null; health: number };

function sortValue(person: Person, key: PeopleSortKey, status: PersonListStatus | undefined): string | number {
  switch (key) {
    case 'lastTalked':
      // Never talked sorts as the longest ago.
      return status?.daysSince ?? Number.POSITIVE_INFINITY;
    case 'health':
      return status?.health ?? 0;
    case 'stance':
      return STANCES.indexOf(person.stance);
    case 'name':
    case 'function':
    case 'relationship':
      return person[key].toLocaleLowerCase();
    case 'influence':
    case 'cadenceDays':
      return person[key];
  }
}

function matchesText(person: Person, needle: string): boolean {
  if (needle === '') return true;
  return [person.name, person.title, person.function, ...person.emails].some((field) =>
    field.toLocaleLowerCase().includes(needle),
  );
}

/**
 * The people list as shown: filtered by text (name, title, function, email), relationship, function
 * and archive state, then sorted; ties go by name. `statuses` (by person id) sorts by last talked and health.
 */
export function filterAndSortPeople(
  people: readonly Person[],
  options: PeopleListOptions,
  statuses: ReadonlyMap<string, PersonListStatus> = new Map(),
): Person[] {
  const needle = options.filterText.trim().toLocaleLowerCase();
  const direction = options.sortDirection === 'asc' ? 1 : -1;
  return people
    .filter((person) => options.showArchived || !person.archived)
    .filter((person) => options.relationship === 'all' || person.relationship === options.relationship)
    .filter((person) => options.function === 'all' || person.function === options.function)
    .filter((person) => matchesText(person, needle))
    .sort((a, b) => {
      const x = sortValue(a, options.sortKey, statuses.get(a.id));
      const y = sortValue(b, options.sortKey, statuses.get(b.id));
      if (x < y) return -direction;
      if (x > y) return direction;
      return compareNames(a.name, b.name);
    });
}
