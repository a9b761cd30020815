import { localDateOf } from '@shared/domain/dates';
import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every `intervalMs`, so a screen left open moves on when a check-in
 * becomes due or a new week starts.
 */
export function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * Today's local date, `YYYY-MM-DD`; it changes at midnight. Day-granular numbers (days since,
 * cadence, overdue) depend on it so a window left open for days never shows yesterday's.
 */
export function useToday(): string {
  return localDateOf(useNow());
}
