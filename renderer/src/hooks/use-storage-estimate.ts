import { useEffect, useState } from 'react';

/** Below this much free space Upstream warns, before a write fails (SPEC §7). */
export const LOW_FREE_BYTES = 250 * 1024 * 1024;

const CHECK_EVERY_MS = 5 * 60 * 1000;

export type StorageEstimate = { usage: number; quota: number; free: number };

/** What the browser says it may store and has stored; `null` where it cannot tell. */
export async function readStorageEstimate(): Promise<StorageEstimate | null> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate || estimate.quota === undefined || estimate.usage === undefined) return null;
  return { usage: estimate.usage, quota: estimate.quota, free: Math.max(0, estimate.quota - estimate.usage) };
}

/** The storage estimate, read at start and every few minutes. */
export function useStorageEstimate(): StorageEstimate | null {
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  useEffect(() => {
    let current = true;
    const read = () =>
      void readStorageEstimate().then((value) => {
        if (current) setEstimate(value);
      });
    read();
    const timer = window.setInterval(read, CHECK_EVERY_MS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, []);
  return estimate;
}
