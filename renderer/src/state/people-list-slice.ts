import type { StateCreator } from 'zustand';
import type { PeopleListOptions, PeopleSortKey } from '@shared/domain/people-list';
import type { Relationship } from '@shared/domain/types';

export type PeopleListSlice = {
  peopleList: PeopleListOptions;
  sortPeopleBy(key: PeopleSortKey): void;
  setPeopleFilterText(text: string): void;
  setPeopleRelationshipFilter(relationship: Relationship | 'all'): void;
  setShowArchivedPeople(show: boolean): void;
};

export const createPeopleListSlice: StateCreator<PeopleListSlice, [], [], PeopleListSlice> = (set) => ({
  peopleList: { filterText: '', relationship: 'all', showArchived: false, sortKey: 'name', sortDirection: 'asc' },
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
  setShowArchivedPeople: (showArchived) => set(({ peopleList }) => ({ peopleList: { ...peopleList, showArchived } })),
});
