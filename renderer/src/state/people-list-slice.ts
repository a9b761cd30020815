import type { StateCreator } from 'zustand';
import type { PeopleListOptions, PeopleSortKey } from '@shared/domain/people-list';
import type { PersonFunction, Relationship } from '@shared/domain/types';

/** How the People screen shows everyone: the alliance map, or the sortable table. */
export const PEOPLE_VIEWS = ['map', 'list'] as const;
export type PeopleView = (typeof PEOPLE_VIEWS)[number];

export type PeopleListSlice = {
  peopleList: PeopleListOptions;
  peopleView: PeopleView;
  sortPeopleBy(key: PeopleSortKey): void;
  setPeopleFilterText(text: string): void;
  setPeopleRelationshipFilter(relationship: Relationship | 'all'): void;
  setPeopleFunctionFilter(personFunction: PersonFunction | 'all'): void;
  /** Back to everyone: no text, any relationship, any function (archive and sort choices are kept). */
  clearPeopleFilters(): void;
  setShowArchivedPeople(show: boolean): void;
  setPeopleView(view: PeopleView): void;
};

export const createPeopleListSlice: StateCreator<PeopleListSlice, [], [], PeopleListSlice> = (set) => ({
  peopleList: {
    filterText: '',
    relationship: 'all',
    function: 'all',
    showArchived: false,
    sortKey: 'name',
    sortDirection: 'asc',
  },
  // The table stays the first view: it is what People showed before the map, so links, tests and habits
  // that expect it keep working; the map is one choice away, and the choice lasts for the session.
  peopleView: 'list',
  // Choosing the column already sorted by flips the direction, like any table.
  sortPeopleBy: (key) =>
    set(({ peopleList }) => ({
      peopleList: {
        ...peopleList,
        sortKey: key,
        sortDirection: peopleList.sortKey === key && peopleList.sortDirection === 'asc' ? 'desc' : 'asc',
      },
    })),
  setPeopleFilterText: (filterText) => set(({ peopleList }) => ({ peopleList: { ...peopleList, filterText } })),
  setPeopleRelationshipFilter: (relationship) =>
    set(({ peopleList }) => ({ peopleList: { ...peopleList, relationship } })),
  setPeopleFunctionFilter: (personFunction) =>
    set(({ peopleList }) => ({ peopleList: { ...peopleList, function: personFunction } })),
  clearPeopleFilters: () =>
    set(({ peopleList }) => ({ peopleList: { ...peopleList, filterText: '', relationship: 'all', function: 'all' } })),
  setShowArchivedPeople: (showArchived) => set(({ peopleList }) => ({ peopleList: { ...peopleList, showArchived } })),
  setPeopleView: (peopleView) => set({ peopleView }),
});
