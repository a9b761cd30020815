/** Keeps at most one pending check-in notification. */
export type ReminderScheduler = {
  /** Replaces any pending reminder; `null` only cancels. A moment already past fires at once. */
  schedule(at: Date | null): void;
};

export type ReminderDependencies = {
  now: () => Date;
  notify: () => void;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
};

// Timers longer than about 24.8 days overflow to "now"; reminders are at most a week away, and a
// longer wait is re-armed in steps so a far moment never fires early.
const MAX_TIMER_MS = 2 ** 31 - 1;

export function createReminderScheduler(deps: ReminderDependencies): ReminderScheduler {
  let timer: unknown = null;

  const cancel = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  };

  const arm = (at: Date) => {
    const wait = at.getTime() - deps.now().getTime();
    timer = deps.setTimer(
      () => {
        timer = null;
        if (wait > MAX_TIMER_MS) arm(at);
        else deps.notify();
      },
      Math.max(0, Math.min(wait, MAX_TIMER_MS)),
    );
  };

  return {
    schedule(at) {
      cancel();
      if (at !== null) arm(at);
    },
  };
}
