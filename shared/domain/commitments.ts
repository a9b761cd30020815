import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { Commitment, LocalDate } from './types';

/** Open, with a due date before today. Something due today is not overdue yet. */
export function isOverdue(commitment: Pick<Commitment, 'dueOn' | 'doneOn'>, today: LocalDate): boolean {
  return !commitment.doneOn && commitment.dueOn !== undefined && commitment.dueOn < today;
}

/** Where a commitment without a due date sorts among open ones: after every dated one. */
export const UNDATED_DUE_KEY: LocalDate = '9999-12-31';

/**
 * The key open commitments are shown in order of: the due date, or after every dated one when there is
 * none. Overdue ones come first by themselves, since their due dates are the earliest.
 */
export function dueKeyOf(commitment: Pick<Commitment, 'dueOn'>): LocalDate {
  return commitment.dueOn ?? UNDATED_DUE_KEY;
}

/**
 * The order commitments are shown in: open before done; among open ones overdue first, then by
 * due date (undated last); done ones most recently done first. Ties go oldest-made first.
 */
export function sortCommitments<T extends Commitment>(commitments: readonly T[], today: LocalDate): T[] {
  const rank = (c: T) => (c.doneOn ? 2 : isOverdue(c, today) ? 0 : 1);
  return [...commitments].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (a.doneOn && b.doneOn) return b.doneOn.localeCompare(a.doneOn) || a.createdAt.localeCompare(b.createdAt);
    return dueKeyOf(a).localeCompare(dueKeyOf(b)) || a.createdAt.localeCompare(b.createdAt);
  });
}

/** Beyond this many days away, a due date is written as a date rather than counted. */
const COUNTED_DAYS = 14;

/**
 * When an open commitment is due, in words relative to `today`: "due today", "due tomorrow", "due in 3 days",
 * "1 day late", "12 days late", or "due 2 Jan 2027" when further off than two weeks.
 */
export function dueInWords(dueOn: LocalDate, today: LocalDate): string {
  const days = differenceInCalendarDays(parseISO(dueOn), parseISO(today));
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days < 0) return `${-days} ${days === -1 ? 'day' : 'days'} late`;
  if (days <= COUNTED_DAYS) return `due in ${days} days`;
  return `due ${format(parseISO(dueOn), 'd MMM yyyy')}`;
}
