import { groupBy } from './collections';
import { subDays } from 'date-fns';
import { compareNames, compareStrings } from './compare';
import { localDateOf } from './dates';
import {
  overdueIOweCount,
  personStatusWithOverdue,
  type ConversationSummary,
  type PersonStatus,
} from './relationships';
import type { CheckIn, Commitment, Person, Relationship } from './types';

// SPEC.md §4 "Relationships", across people: who needs attention, and how wide my support is.

/** The relationships counted in alliance breadth: the people whose support a tech executive builds on. */
export const ALLIANCE_RELATIONSHIPS: readonly Relationship[] = ['peer', 'manager', 'board'];
export const ALLIANCE_WINDOW_DAYS = 30;

/**
 * A peer, manager or board member who is not archived. Someone added by name in the quick log counts once
 * their profile is completed: the defaults of a new person ("peer") say nothing about who they are.
 */
export function isAlly(person: Pick<Person, 'archived' | 'relationship' | 'profileIncomplete'>): boolean {
  return !person.archived && !person.profileIncomplete && ALLIANCE_RELATIONSHIPS.includes(person.relationship);
}
export const LEANED_ON_CHECK_IN_COUNT = 4;

export const ATTENTION_EXPLANATION =
  'Overdue people first, then everyone by influence (1–5) × (100 − health), highest first.';

export const ALLIANCE_BREADTH_EXPLANATION =
  'Different peers, managers and board members you talked to in the last 30 days, and different ' +
  'people you leaned on in your last four check-ins.';

export type AttentionEntry = {
  personId: string;
  /** influence × (100 − health score), the number the list is sorted by after overdue-first. */
  score: number;
  status: PersonStatus;
};

export type AllianceBreadth = {
  talkedTo30Days: number;
  leanedOnLast4CheckIns: number;
};

export type AllianceBreadthInput = {
  people: readonly Person[];
  conversations: readonly ConversationSummary[];
  checkIns: readonly CheckIn[];
  now: Date;
};

/**
 * Everyone not archived, overdue first, then by influence × (100 − health) highest first, then by name
 * (and id) so equal scores keep a stable order. The score uses the rounded health the user sees, so the
 * order can be checked against the numbers on screen.
 */
export function attentionList(
  people: readonly Person[],
  conversations: readonly ConversationSummary[],
  commitments: readonly Commitment[],
  now: Date,
): AttentionEntry[] {
  const today = localDateOf(now);
  // Grouped once so a long list is scanned once, not once per person.
  const commitmentsByPerson = groupBy(commitments, (c) => [c.personId]);
  return attentionListWithOverdue(
    people,
    conversations,
    (personId) => overdueIOweCount(personId, commitmentsByPerson.get(personId) ?? [], today),
    now,
  );
}

/**
 * `attentionList` from each person's number of overdue i-owe commitments, counted elsewhere (from the
 * per-person summaries of open commitments at start, so that start never reads every open commitment).
 */
export function attentionListWithOverdue(
  people: readonly Person[],
  conversations: readonly ConversationSummary[],
  overdueIOweOf: (personId: string) => number,
  now: Date,
): AttentionEntry[] {
  // Grouped once so a long history is scanned once, not once per person.
  const conversationsByPerson = groupBy(conversations, (c) => c.personIds);
  const statuses = new Map(
    people
      .filter((person) => !person.archived)
      .map((person) => [
        person.id,
        personStatusWithOverdue(person, conversationsByPerson.get(person.id) ?? [], overdueIOweOf(person.id), now),
      ]),
  );
  return attentionFromStatuses(people, statuses);
}

/**
 * `attentionList` from each person's status, computed elsewhere (the app computes everyone's once, for
 * every screen), so the list and the People screen show the same numbers. Everyone not archived must
 * have a status.
 */
export function attentionFromStatuses(
  people: readonly Person[],
  statuses: ReadonlyMap<string, PersonStatus>,
): AttentionEntry[] {
  const entries = people
    .filter((person) => !person.archived)
    .map((person) => {
      const status = statuses.get(person.id);
      if (!status) throw new Error(`No status for the person ${person.id}.`);
      return {
        person,
        entry: { personId: person.id, score: person.influence * (100 - status.health.score), status },
      };
    });

  entries.sort((a, b) => {
    const aOverdue = a.entry.status.cadence.status === 'overdue' ? 0 : 1;
    const bOverdue = b.entry.status.cadence.status === 'overdue' ? 0 : 1;
    return (
      aOverdue - bOverdue ||
      b.entry.score - a.entry.score ||
      compareNames(a.person.name, b.person.name) ||
      compareStrings(a.person.id, b.person.id)
    );
  });
  return entries.map(({ entry }) => entry);
}

/**
 * How wide my support is. "Talked to" counts people in `people` who are peers, my manager or board, not
 * archived (archived people have left the map), in conversations from the same clock time 30 local
 * calendar days ago up to now. "Leaned on" counts the distinct ids recorded in the newest four check-ins
 * by week, as recorded: it is my own answer about that week, whoever the person is now.
 */
export function allianceBreadth({ people, conversations, checkIns, now }: AllianceBreadthInput): AllianceBreadth {
  const nowMs = now.getTime();
  // subDays moves the local calendar day and keeps the clock time, so the window is 30 days across DST.
  const fromMs = subDays(now, ALLIANCE_WINDOW_DAYS).getTime();
  const allianceIds = new Set(people.filter(isAlly).map((person) => person.id));

  const talkedTo = new Set<string>();
  for (const conversation of conversations) {
    const ms = Date.parse(conversation.occurredAt);
    if (!(ms >= fromMs && ms <= nowMs)) continue;
    for (const id of conversation.personIds) {
      if (allianceIds.has(id)) talkedTo.add(id);
    }
  }

  const newestCheckIns = checkIns
    .filter((checkIn) => Date.parse(checkIn.completedAt) <= nowMs)
    // ISO weeks (`2026-W07`) are zero-padded, so string order is week order.
    .toSorted((a, b) => compareStrings(b.week, a.week) || compareStrings(b.completedAt, a.completedAt))
    .slice(0, LEANED_ON_CHECK_IN_COUNT);
  const leanedOn = new Set(newestCheckIns.flatMap((checkIn) => checkIn.leanedOn));

  return { talkedTo30Days: talkedTo.size, leanedOnLast4CheckIns: leanedOn.size };
}
