import { useEffect } from 'react';
import { subscribeCommits } from '@renderer/db/journal-repository';
import { usePlatform } from '@renderer/platform/platform-context';
import { useUiStore } from '@renderer/state/ui-store';
import type { MarkedJournal } from '@renderer/db/safekeeping-repository';

/** How long after the last change the marker is written and a due backup taken: typing bursts make one. */
export const CHECKPOINT_DELAY_MS = 1500;

/**
 * Keeps the journal marker and the automatic backups up to date (SPEC §7): a checkpoint just after start
 * and a short while after changes, and a backup when the desktop app quits. A failure is said once, as a notice; the
 * journal itself is never touched by it.
 */
export function useSafekeeping(): void {
  const platform = usePlatform();
  const showNotice = useUiStore((state) => state.showNotice);
  useEffect(() => {
    const store = platform.safekeeping;
    let marked: MarkedJournal | null = null;
    let running: Promise<void> = Promise.resolve();
    let warned = false;
    const warn = (error: unknown) => {
      if (warned) return;
      warned = true;
      showNotice({
        message: `Upstream could not update its backups: ${(error as Error).message} Your journal itself is saved.`,
        tone: 'error',
      });
    };
    // Backups load the export format: fetched with the first checkpoint, not at start-up.
    const safekeeping = () => import('@renderer/db/safekeeping-repository');
    // One checkpoint at a time, in order, so two never race to write the marker.
    const run = () => {
      running = running
        .then(async () => (await safekeeping()).checkpoint(store, marked))
        .then((outcome) => {
          marked = outcome.marked;
        })
        .catch(warn);
    };
    // The first checkpoint waits too, so that start-up is not slowed by a backup.
    let timer = window.setTimeout(run, CHECKPOINT_DELAY_MS);
    const unsubscribe = subscribeCommits(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(run, CHECKPOINT_DELAY_MS);
    });
    const stopQuitListener = platform.onBeforeQuit(async () => {
      window.clearTimeout(timer);
      await running;
      await (await safekeeping()).backupBeforeQuit(store).catch(warn);
      run();
      await running;
    });
    return () => {
      window.clearTimeout(timer);
      unsubscribe();
      stopQuitListener();
    };
  }, [platform, showNotice]);
}
