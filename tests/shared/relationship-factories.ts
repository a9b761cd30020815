import type { CheckIn, Commitment, Conversation, Person } from '@shared/domain/types';

// Small record factories for the relationship and alliance tests.
// The test process runs in America/New_York (vitest.config.ts). `new Date(y, m, d, h)` is a local time with
// a zero-based month: US daylight saving starts on 2026-03-08 (new Date(2026, 2, 8)) and ends on 2026-11-01
// (new Date(2026, 10, 1)).

const CREATED = '2026-01-01T00:00:00.000Z';
let sequence = 0;
export function nextId(prefix: string): string {
  sequence += 1;
  return `${prefix}-${String(sequence)}`;
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return {
    id: nextId('person'),
    createdAt: CREATED,
    updatedAt: CREATED,
    name: 'Alex Rivera',
    title: 'Chief Financial Officer',
    emails: [],
    function: 'finance',
    relationship: 'peer',
    influence: 3,
    stance: 'neutral',
    desiredStance: 'supportive',
    cadenceDays: 14,
    priorities: [],
    worries: [],
    waysICanHelp: [],
    notes: '',
    archived: false,
    ...overrides,
  };
}

export function makeConversation(personIds: string[], at: Date, overrides: Partial<Conversation> = {}): Conversation {
  return {
    id: nextId('conversation'),
    createdAt: CREATED,
    updatedAt: CREATED,
    occurredAt: at.toISOString(),
    personIds,
    kind: personIds.length > 1 ? 'group' : 'one-on-one',
    notes: '',
    tags: [],
    source: 'manual',
    ...overrides,
  };
}

/** One rated conversation per warmth, a day apart, oldest first, all before `NOW`. */
export function ratedConversations(personId: string, warmths: readonly number[]): Conversation[] {
  return warmths.map((warmth, index) => makeConversation([personId], new Date(2026, 9, 1 + index, 10), { warmth }));
}

export function makeCommitment(personId: string, overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: nextId('commitment'),
    createdAt: CREATED,
    updatedAt: CREATED,
    personId,
    direction: 'i-owe',
    text: 'Send the platform cost breakdown',
    ...overrides,
  };
}

export function makeCheckIn(week: string, leanedOn: string[], completedAt: Date): CheckIn {
  return {
    id: nextId('check-in'),
    createdAt: CREATED,
    updatedAt: CREATED,
    week,
    completedAt: completedAt.toISOString(),
    instrumentVersion: 1,
    cbiWork: [2, 2, 2, 2, 2, 2, 2],
    ucla3: [0, 0, 0],
    leanedOn,
  };
}

export const NOW = new Date(2026, 10, 21, 10, 0);
export const ME = 'person-me';
export const OTHER = 'person-other';
