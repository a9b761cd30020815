import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIT_WAIT_MS, createQuitHandshake } from '../../electron/main/quit-handshake';

// A small stand-in for Electron's quit: `app.quit()` emits `before-quit` and, when no listener
// prevents it, closes the windows (each emits `close`) and exits. The handshake is the real one.

type Event = { preventDefault: () => void; prevented: boolean };

function event(): Event {
  const created: Event = {
    prevented: false,
    preventDefault: () => {
      created.prevented = true;
    },
  };
  return created;
}

function fakeApp({ hasPage = true } = {}) {
  const record = { asked: 0, quitCalls: 0, exited: false, windowClosed: false };
  const handshake = createQuitHandshake({
    askPage: () => {
      if (hasPage) record.asked += 1;
      return hasPage;
    },
    quit: () => quit(),
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  });
  /** What Electron does on app.quit(); true when the quit went through. */
  function quit(): boolean {
    record.quitCalls += 1;
    const beforeQuit = event();
    handshake.handleBeforeQuit(beforeQuit);
    if (beforeQuit.prevented) return false;
    const close = event();
    handshake.handleWindowClose(close);
    record.windowClosed = !close.prevented;
    record.exited = record.windowClosed;
    return record.exited;
  }
  /** The user closes the window (Windows, Linux). */
  function closeWindow(): boolean {
    const close = event();
    handshake.handleWindowClose(close);
    return close.prevented;
  }
  return { handshake, record, quit, closeWindow };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('quit handshake', () => {
  it('holds the first quit back and asks the page', () => {
    const { record, quit } = fakeApp();
    expect(quit()).toBe(false);
    expect(record.asked).toBe(1);
    expect(record.exited).toBe(false);
  });

  it('quits for real as soon as the page is ready, and not again when the time limit passes', () => {
    const { handshake, record, quit } = fakeApp();
    quit();
    vi.advanceTimersByTime(1_000);
    expect(handshake.pageIsReady()).toBe(true);
    expect(record).toEqual({ asked: 1, quitCalls: 2, exited: true, windowClosed: true });
    vi.advanceTimersByTime(QUIT_WAIT_MS * 2);
    expect(record.quitCalls).toBe(2);
  });

  it('quits after the time limit when the page never answers, and not a millisecond before', () => {
    const { record, quit } = fakeApp();
    quit();
    vi.advanceTimersByTime(QUIT_WAIT_MS - 1);
    expect(record.exited).toBe(false);
    vi.advanceTimersByTime(1);
    expect(record.exited).toBe(true);
    expect(record.quitCalls).toBe(2);
  });

  it('answers a page that is ready too late without quitting twice', () => {
    const { handshake, record, quit } = fakeApp();
    quit();
    vi.advanceTimersByTime(QUIT_WAIT_MS);
    expect(handshake.pageIsReady()).toBe(true);
    expect(record.quitCalls).toBe(2);
  });

  it('quits at once when there is no page to ask', () => {
    const { record, quit } = fakeApp({ hasPage: false });
    expect(quit()).toBe(true);
    expect(record).toEqual({ asked: 0, quitCalls: 1, exited: true, windowClosed: true });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('asks the page only once when the user quits again while it works', () => {
    const { handshake, record, quit } = fakeApp();
    quit();
    expect(quit()).toBe(false);
    expect(record.asked).toBe(1);
    handshake.pageIsReady();
    expect(record.exited).toBe(true);
  });

  it('does nothing when the page says it is ready but no quit was asked for', () => {
    const { handshake, record } = fakeApp();
    expect(handshake.pageIsReady()).toBe(false);
    expect(record.quitCalls).toBe(0);
  });

  it('turns closing the window into a quit, so the page is asked while it is still open', () => {
    const { handshake, record, closeWindow } = fakeApp();
    expect(closeWindow()).toBe(true);
    expect(record).toEqual({ asked: 1, quitCalls: 1, exited: false, windowClosed: false });
    // Closing it again while the page works is held back too.
    expect(closeWindow()).toBe(true);
    expect(record.asked).toBe(1);
    handshake.pageIsReady();
    expect(record.exited).toBe(true);
  });

  it('lets the window close once the quit is under way', () => {
    const { handshake, quit, closeWindow } = fakeApp();
    quit();
    handshake.pageIsReady();
    expect(closeWindow()).toBe(false);
  });
});
