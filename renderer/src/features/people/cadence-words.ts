import type { CadenceStatus } from '@shared/domain/relationships';

// How cadence reads on every screen (the People list, Today's attention list, a person's page, the map).

export const CADENCE_LABELS: Record<CadenceStatus, string> = {
  'on-track': 'On track',
  due: 'Due',
  overdue: 'Overdue',
  never: 'Never talked',
};

/** "Today", "1 day ago", "12 days ago" or "Never". */
export function describeDaysSince(days: number | null): string {
  if (days === null) return 'Never';
  if (days <= 0) return 'Today';
  return `${days} day${days === 1 ? '' : 's'} ago`;
}
