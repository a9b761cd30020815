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
