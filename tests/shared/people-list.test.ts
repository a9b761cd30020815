import { describe, expect, it } from 'vitest';
import { filterAndSortPeople, type PeopleListOptions } from '@shared/domain/people-list';
import type { Person } from '@shared/domain/types';
import { makePerson } from './relationship-factories';

/** A person whose id is their name, so statuses below can be keyed by name. */
function person(fields: Partial<Person> & Pick<Person, 'name'>): Person {
  return makePerson({ id: fields.name, ...fields });
}

const people = [
  person({ name: 'Ana', function: 'sales', influence: 4, stance: 'champion', emails: ['ana@acme.com'] }),
  person({ name: 'bruno', function: 'finance', influence: 5, stance: 'opposed', title: 'CFO' }),
  person({ name: 'Chen', relationship: 'board', influence: 4, stance: 'skeptical' }),
  person({ name: 'Dee', archived: true }),
];

const defaults: PeopleListOptions = {
  filterText: '',
  relationship: 'all',
  function: 'all',
  showArchived: false,
  sortKey: 'name',
  sortDirection: 'asc',
};

const names = (options: Partial<PeopleListOptions>) =>
  filterAndSortPeople(people, { ...defaults, ...options }).map((p) => p.name);

describe('filterAndSortPeople', () => {
  it('hides archived people unless asked', () => {
    expect(names({})).toEqual(['Ana', 'bruno', 'Chen']);
    expect(names({ showArchived: true })).toEqual(['Ana', 'bruno', 'Chen', 'Dee']);
  });

  it('sorts by name without regard to case, both ways', () => {
    expect(names({ sortDirection: 'desc' })).toEqual(['Chen', 'bruno', 'Ana']);
  });

  it('sorts stance along the engagement scale, not alphabetically', () => {
    expect(names({ sortKey: 'stance' })).toEqual(['bruno', 'Chen', 'Ana']);
  });

  it('breaks ties by name', () => {
    expect(names({ sortKey: 'influence', sortDirection: 'desc' })).toEqual(['bruno', 'Ana', 'Chen']);
  });

  it.each([
    ['cfo', ['bruno']],
    ['ACME.COM', ['Ana']],
    ['sales', ['Ana']],
    ['  ', ['Ana', 'bruno', 'Chen']],
    ['nobody', []],
  ])('filters on “%s”', (filterText, expected) => {
    expect(names({ filterText })).toEqual(expected);
  });

  it('filters by relationship', () => {
    expect(names({ relationship: 'board' })).toEqual(['Chen']);
  });

  it('filters by function, together with the other filters', () => {
    expect(names({ function: 'finance' })).toEqual(['bruno', 'Chen']);
    expect(names({ function: 'finance', relationship: 'board' })).toEqual(['Chen']);
    expect(names({ function: 'legal' })).toEqual([]);
  });
});

describe('filterAndSortPeople by relationship status', () => {
  const statuses = new Map([
    ['Ana', { daysSince: 3, health: 90 }],
    ['bruno', { daysSince: null, health: 40 }],
    ['Chen', { daysSince: 30, health: 55 }],
  ]);
  const sorted = (options: Partial<PeopleListOptions>) =>
    filterAndSortPeople(people, { ...defaults, ...options }, statuses).map((p) => p.name);

  it('sorts by last talked, with never talked as the longest ago', () => {
    expect(sorted({ sortKey: 'lastTalked' })).toEqual(['Ana', 'Chen', 'bruno']);
    expect(sorted({ sortKey: 'lastTalked', sortDirection: 'desc' })).toEqual(['bruno', 'Chen', 'Ana']);
  });

  it('sorts by health, weakest first', () => {
    expect(sorted({ sortKey: 'health' })).toEqual(['bruno', 'Chen', 'Ana']);
  });

  it('without statuses, keeps everyone and falls back to names', () => {
    expect(names({ sortKey: 'health' })).toEqual(['Ana', 'bruno', 'Chen']);
  });
});
