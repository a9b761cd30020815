/** How long main waits for the page's `readyToQuit` before it quits anyway. */
export const QUIT_WAIT_MS = 5_000;

export type QuitHandshakeDependencies = {
  /** Sends BEFORE_QUIT_CHANNEL to the page; false when there is no page to ask. */
  askPage: () => boolean;
  /** Electron's `app.quit()`, which emits `before-quit` again. */
  quit: () => void;
  setTimer: (callback: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
};

export type QuitHandshake = {
  /** The app's `before-quit` listener. */
  handleBeforeQuit(event: { preventDefault(): void }): void;
  /**
   * The main window's `close` listener where closing the last window quits the app (Windows and
   * Linux): the close becomes a quit, so the page is asked before it goes away.
   */
  handleWindowClose(event: { preventDefault(): void }): void;
  /** The page's `readyToQuit`: quits now. False when no quit was asked for. */
  pageIsReady(): boolean;
};

/**
 * On quit, the page takes its quit backup (SPEC §7) before the window goes away. The first
 * `before-quit` is held back and the page asked; the app quits for real when the page says it is
 * ready or after `QUIT_WAIT_MS`, whichever comes first, so a page that hangs or crashed never keeps
 * the app open. With no page to ask, the quit goes ahead at once.
 */
export function createQuitHandshake(deps: QuitHandshakeDependencies): QuitHandshake {
  let state: 'running' | 'waiting' | 'quitting' = 'running';
  let timer: unknown = null;

  const quitNow = () => {
    if (state !== 'waiting') return;
    deps.clearTimer(timer);
    timer = null;
    state = 'quitting';
    deps.quit();
  };

  return {
    handleBeforeQuit(event) {
      if (state === 'quitting') return;
      // A second Cmd+Q while the page works changes nothing: the wait is already bounded.
      if (state === 'waiting') {
        event.preventDefault();
        return;
      }
      if (!deps.askPage()) {
        state = 'quitting';
        return;
      }
      event.preventDefault();
      state = 'waiting';
      timer = deps.setTimer(quitNow, QUIT_WAIT_MS);
    },

    handleWindowClose(event) {
      if (state === 'quitting') return;
      event.preventDefault();
      deps.quit();
    },

    pageIsReady() {
      quitNow();
      return state === 'quitting';
    },
  };
}
