import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryPlatform, renderApp } from './render-app';

afterEach(() => vi.useRealTimers());

describe('check-in reminder', () => {
  it('schedules this week’s reminder, then next week’s once it has passed', async () => {
    // One second before the default reminder (Friday 16:00); the clock runs on in real time.
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date(2026, 10, 20, 15, 59, 59));
    const scheduled: (string | null)[] = [];
    const platform = createMemoryPlatform({
      scheduleCheckInReminder: async (at) => {
        scheduled.push(at === null ? null : at.toISOString());
        return { ok: true, value: at === null ? 'cleared' : 'scheduled' };
      },
    });
    renderApp('/', platform);

    const thisFriday = new Date(2026, 10, 20, 16, 0).toISOString();
    const nextFriday = new Date(2026, 10, 27, 16, 0).toISOString();
    await waitFor(() => expect(scheduled).toContain(thisFriday));
    await waitFor(() => expect(scheduled).toContain(nextFriday), { timeout: 5000 });
    expect(scheduled.filter((at) => at !== null)).toEqual([thisFriday, nextFriday]);
  }, 10_000);
});
