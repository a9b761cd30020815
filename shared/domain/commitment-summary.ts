import { groupBy } from './collections';
import { compareStrings } from './compare';
import type { Commitment, LocalDate } from './types';

// What start needs of the open commitments, kept per person by every write (a derived table), so that
// start reads one small row per person instead of every open commitment: the due dates of what I owe
// them. Health counts the overdue ones (SPEC §4), and the overdue count depends on the day, so the
// dates are kept, not a count.

export type OpenCommitmentSummary = {
  personId: string;
  /** The due dates of the open i-owe commitments to this person that have one, earliest first. */
  iOweDueDates: LocalDate[];
};

type SummarizedFields = Pick<Commitment, 'personId' | 'direction' | 'dueOn' | 'doneOn'>;

/**
 * The summary of one person's commitments (any mix of open and done ones, theirs only), or `undefined`
 * when nothing open that I owe them has a due date: such a person needs no row.
 */
export function summarizeOpenCommitments(
  personId: string,
  commitments: readonly SummarizedFields[],
): OpenCommitmentSummary | undefined {
  const iOweDueDates = commitments
    .flatMap((c) => (c.personId === personId && c.direction === 'i-owe' && !c.doneOn && c.dueOn ? [c.dueOn] : []))
    .sort(compareStrings);
  return iOweDueDates.length > 0 ? { personId, iOweDueDates } : undefined;
}

/** Every person's summary, from all the commitments (a rebuild from scratch). */
export function summarizeAllOpenCommitments(commitments: readonly SummarizedFields[]): OpenCommitmentSummary[] {
  return [...groupBy(commitments, (c) => [c.personId])]
    .sort(([a], [b]) => compareStrings(a, b))
    .flatMap(([personId, theirs]) => summarizeOpenCommitments(personId, theirs) ?? []);
}

/** How many of the summarised i-owe commitments are overdue on `today` (due before it), as `isOverdue` counts. */
export function overdueIOweCountOf(summary: OpenCommitmentSummary | undefined, today: LocalDate): number {
  if (!summary) return 0;
  let count = 0;
  while (count < summary.iOweDueDates.length && (summary.iOweDueDates[count] ?? '') < today) count += 1;
  return count;
}
