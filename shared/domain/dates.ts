import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { IsoInstant, LocalDate } from './types';

// Day arithmetic happens in the user's local calendar (the runtime's time zone): a conversation at
// 23:30 on Monday belongs to Monday, and a day across a daylight-saving change is still one day.

/** The local calendar day of an instant, `YYYY-MM-DD`. */
export function localDateOf(instant: IsoInstant | Date): LocalDate {
  return format(typeof instant === 'string' ? parseISO(instant) : instant, 'yyyy-MM-dd');
}

/** Whole calendar days from `from` to `to` in the local calendar (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoInstant | Date, to: IsoInstant | Date): number {
  const a = typeof from === 'string' ? parseISO(from) : from;
  const b = typeof to === 'string' ? parseISO(to) : to;
  return differenceInCalendarDays(b, a);
}
