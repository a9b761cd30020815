import { describe, expect, it } from 'vitest';
import { peopleMatchingName } from '@shared/domain/name-match';
import { makePerson } from './relationship-factories';

const people = ['Samira Okafor', 'Sam', 'Isam Haddad', 'Dana Sampson', 'Lee'].map((name) => makePerson({ name }));
const names = (text: string, limit = 8) => peopleMatchingName(people, text, limit).map((person) => person.name);

describe('peopleMatchingName', () => {
  it('puts the name typed exactly first, then names starting with it, then names containing it', () => {
    expect(names('sam')).toEqual(['Sam', 'Samira Okafor', 'Dana Sampson', 'Isam Haddad']);
  });

  it('ignores case and the spaces around what was typed', () => {
    expect(names('  SAMIRA ')).toEqual(['Samira Okafor']);
  });

  it('orders names of the same rank alphabetically', () => {
    expect(names('a')).toEqual(['Dana Sampson', 'Isam Haddad', 'Sam', 'Samira Okafor']);
  });

  it('orders names as people read them whatever the machine: case aside, numbers by their value', () => {
    const teams = ['Team 10', 'team 2', 'Team 1'].map((name) => makePerson({ name }));
    expect(peopleMatchingName(teams, 'team', 8).map((person) => person.name)).toEqual(['Team 1', 'team 2', 'Team 10']);
  });

  it('keeps at most the limit, the best first', () => {
    expect(names('sam', 2)).toEqual(['Sam', 'Samira Okafor']);
  });

  it('matches no one for empty text or a name nobody has', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('zed')).toEqual([]);
  });
});
