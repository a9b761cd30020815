import { isOverdue } from './commitments';
import type { CadenceStatus } from './relationships';
import type { Commitment, LocalDate, Person } from './types';
import type { EarlyWarning, WarningRules } from './warning';

// SPEC.md §4 early warnings about relationships: an influential person overdue, and a promise I
// made past its due date. Shown beside the wellbeing warnings, each with its rule in words.

export const INFLUENTIAL_FROM = 4;
/** How many names or promises a message lists before saying "and N more". */
export const LISTED = 3;

export type RelationshipWarning = EarlyWarning<'influential-overdue' | 'i-owe-past-due'>;

export const RELATIONSHIP_WARNING_RULES = {
  'influential-overdue': {
    title: 'An influential peer is overdue',
    rule: `Someone with influence ${INFLUENTIAL_FROM} or 5 is overdue: more than 1.5 × their cadence since you last talked.`,
  },
  'i-owe-past-due': {
    title: 'A promise you made is past due',
    rule: 'A commitment you owe someone is not done and its due date has passed.',
  },
} as const satisfies WarningRules<RelationshipWarning['id']>;

/** The first items, then "and N more" up to `total` (the items given may be only the first ones). */
function listed(items: readonly string[], total = items.length): string {
  const shown = items.slice(0, LISTED);
  return total > shown.length ? `${shown.join(', ')} and ${total - shown.length} more` : shown.join(', ');
}

/**
 * The relationship warnings that hold on `today`. `cadenceOf` gives each person's cadence status
 * (from `personStatus`); people are expected most pressing first, and are named in that order.
 * `openCommitments` may be only the soonest-due i-owe ones (Today reads no more at start), with
 * `pastDueCount` the number of i-owe commitments past due in the whole journal; without it, they are
 * counted in `openCommitments`.
 */
export function relationshipWarnings({
  people,
  cadenceOf,
  openCommitments,
  pastDueCount,
  today,
}: {
  people: readonly Person[];
  cadenceOf: (personId: string) => CadenceStatus | undefined;
  openCommitments: readonly Commitment[];
  pastDueCount?: number;
  today: LocalDate;
}): RelationshipWarning[] {
  const warnings: RelationshipWarning[] = [];
  const influential = people.filter(
    (person) => !person.archived && person.influence >= INFLUENTIAL_FROM && cadenceOf(person.id) === 'overdue',
  );
  if (influential.length > 0) {
    warnings.push({
      id: 'influential-overdue',
      ...RELATIONSHIP_WARNING_RULES['influential-overdue'],
      message: `Overdue: ${listed(influential.map((person) => person.name))}. A short conversation now keeps you in the room.`,
    });
  }
  const names = new Map(people.map((person) => [person.id, person.name]));
  const pastDue = openCommitments
    .filter((commitment) => commitment.direction === 'i-owe' && isOverdue(commitment, today))
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  const total = pastDueCount ?? pastDue.length;
  if (total > 0) {
    warnings.push({
      id: 'i-owe-past-due',
      ...RELATIONSHIP_WARNING_RULES['i-owe-past-due'],
      message: `Past due: ${listed(
        pastDue.map((c) => `“${c.text}” for ${names.get(c.personId) ?? 'someone removed'} (due ${c.dueOn})`),
        total,
      )}.`,
    });
  }
  return warnings;
}
