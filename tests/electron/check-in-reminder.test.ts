import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReminderScheduler } from '../../electron/main/check-in-reminder';

describe('check-in reminder scheduler', () => {
  let notify: ReturnType<typeof vi.fn<() => void>>;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-20T10:00:00.000Z'));
    notify = vi.fn<() => void>();
  });
  afterEach(() => vi.useRealTimers());

  const scheduler = () =>
    createReminderScheduler({
      now: () => new Date(),
      notify,
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    });

  it('notifies at the moment, not a millisecond before', () => {
    scheduler().schedule(new Date('2026-11-20T16:00:00.000Z'));
    vi.advanceTimersByTime(6 * 3600_000 - 1);
    expect(notify).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('keeps only the latest reminder', () => {
    const reminders = scheduler();
    reminders.schedule(new Date('2026-11-20T11:00:00.000Z'));
    reminders.schedule(new Date('2026-11-20T12:00:00.000Z'));
    // The first moment passes in silence: it was replaced.
    vi.advanceTimersByTime(90 * 60_000);
    expect(notify).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30 * 60_000);
    expect(notify).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(24 * 3600_000);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('cancels with null', () => {
    const reminders = scheduler();
    reminders.schedule(new Date('2026-11-20T11:00:00.000Z'));
    reminders.schedule(null);
    vi.advanceTimersByTime(7 * 24 * 3600_000);
    expect(notify).not.toHaveBeenCalled();
  });

  it('fires at once for a moment already past', () => {
    scheduler().schedule(new Date('2026-11-19T10:00:00.000Z'));
    vi.advanceTimersByTime(0);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('waits beyond the 24.8-day timer limit without firing early', () => {
    scheduler().schedule(new Date('2026-12-31T10:00:00.000Z'));
    vi.advanceTimersByTime(30 * 24 * 3600_000);
    expect(notify).not.toHaveBeenCalled();
    vi.advanceTimersByTime(11 * 24 * 3600_000);
    expect(notify).toHaveBeenCalledTimes(1);
  });
});
