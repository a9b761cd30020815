import { useEffect, useRef, useState } from 'react';
import { deleteDraft, getDraft, saveDraft, stashDraft } from '@renderer/db/drafts-repository';

/** The draft is written once typing pauses this long… */
const PAUSE_MS = 250;
/** …and, while typing goes on without a pause, at least this often: closing the window loses at most this much. */
export const DRAFT_MAX_WAIT_MS = 1000;

export type DraftOptions<T> = {
  /**
   * Checks what was stored, because a draft from an older version of the app may not have today's
   * shape. A module-level function: a new one on every render would look the draft up again.
   */
  isValid: (value: unknown) => value is T;
  /**
   * Whether this content holds nothing worth keeping (an empty form, or one still as it opened). Such
   * content deletes the draft instead of being written, and a stored draft like it is not offered.
   */
  isBlank: (value: T) => boolean;
};

export type DraftState<T> = {
  /**
   * The stored draft offered back to the user: `undefined` while looking, `null` when nothing is on
   * offer (there was none, or the offer has been answered).
   */
  offered: T | null | undefined;
  /**
   * Call on every change. The draft is written after a pause in typing, at least once a second
   * while typing goes on, and when the page is hidden; while a draft is on offer, nothing is written
   * until the user restores or discards it.
   */
  update(value: T): void;
  /** The user took the offered draft back: the form now shows it, and later changes are written over it. */
  restore(): void;
  /** The user threw the offered draft away: what they typed meanwhile, if anything, becomes the draft. */
  discard(): void;
  /**
   * Call once the form is saved or its changes are thrown away. A draft still on offer, never
   * answered, is left for next time.
   */
  clear(): Promise<void>;
};

/** What one form holds for one draft key between a change and its write. */
type DraftSession<T> = {
  formKey: string;
  /** Whether this form may write the stored draft: not while looking, nor while an earlier one is on offer. */
  owned: boolean;
  /** Changed since the last write. Kept while a draft is on offer, so discarding it keeps what was typed. */
  pending: { value: T } | null;
  /** The latest content worth keeping, written or not: what is stashed as the page goes away. */
  latest: { value: T } | null;
  lastWriteAt: number;
  pauseTimer: number | undefined;
  maxWaitTimer: number | undefined;
};

// Every draft read and write runs in the order it was asked for, whichever form asked: a draft deleted
// on save must never be brought back by an older write that lands after the delete, and a form opened
// again at once must find what the closing one wrote. A write waits only for those before it, so one
// asked for as the page hides still starts at once when nothing else is under way.
let inFlight = 0;
let lastInLine: Promise<unknown> = Promise.resolve();

function inOrder<R>(operation: () => Promise<R>): Promise<R> {
  const started = inFlight === 0 ? operation() : lastInLine.then(operation);
  inFlight += 1;
  // A failed draft write must not stop the ones after it. Nothing is lost with it: the form still
  // holds everything typed, and the next write carries all of it.
  lastInLine = started
    .catch(() => undefined)
    .finally(() => {
      inFlight -= 1;
    });
  return started;
}

function stopTimers(session: DraftSession<unknown>): void {
  window.clearTimeout(session.pauseTimer);
  window.clearTimeout(session.maxWaitTimer);
  session.pauseTimer = undefined;
  session.maxWaitTimer = undefined;
}

function writePending<T>(session: DraftSession<T>): void {
  stopTimers(session);
  if (!session.owned || !session.pending) return;
  const { value } = session.pending;
  session.pending = null;
  session.lastWriteAt = performance.now();
  void inOrder(() => saveDraft(session.formKey, value));
}

function scheduleWrite<T>(session: DraftSession<T>): void {
  window.clearTimeout(session.pauseTimer);
  session.pauseTimer = window.setTimeout(() => writePending(session), PAUSE_MS);
  if (session.maxWaitTimer === undefined) {
    // Someone typing steadily since the last write gets the next one a second after it, not a
    // second after their next key.
    const sinceWrite = performance.now() - session.lastWriteAt;
    const wait = sinceWrite < DRAFT_MAX_WAIT_MS ? DRAFT_MAX_WAIT_MS - sinceWrite : DRAFT_MAX_WAIT_MS;
    session.maxWaitTimer = window.setTimeout(() => writePending(session), wait);
  }
}

function deleteStored(session: DraftSession<unknown>): Promise<void> {
  session.pending = null;
  session.latest = null;
  stopTimers(session);
  return session.owned ? inOrder(() => deleteDraft(session.formKey)) : Promise.resolve();
}

/**
 * Autosaves a form's content under `formKey`, and owns the rule that a draft found when the form
 * opens is never overwritten before the user has answered its offer.
 */
export function useDraft<T>(formKey: string, { isValid, isBlank }: DraftOptions<T>): DraftState<T> {
  const [offer, setOffer] = useState<{ formKey: string; value: T | null }>();
  const session = useRef<DraftSession<T> | null>(null);
  // The lookup answers after a render or two; it judges the draft it finds by the form as it is then.
  const isBlankNow = useRef(isBlank);
  useEffect(() => {
    isBlankNow.current = isBlank;
  });

  useEffect(() => {
    const own: DraftSession<T> = {
      formKey,
      owned: false,
      pending: null,
      latest: null,
      lastWriteAt: Number.NEGATIVE_INFINITY,
      pauseTimer: undefined,
      maxWaitTimer: undefined,
    };
    session.current = own;
    let current = true;
    void inOrder(() => getDraft(formKey)).then((draft) => {
      if (!current) return;
      const found = draft && isValid(draft.value) && !isBlankNow.current(draft.value) ? draft.value : null;
      setOffer({ formKey, value: found });
      if (found === null) {
        // Nothing to offer, so the form owns the key: what was typed while looking is written now.
        own.owned = true;
        if (own.pending) scheduleWrite(own);
      }
    });
    // Hiding the page (switching away, closing the window, reloading) writes what is pending at once.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') writePending(own);
    };
    // A write started as the page goes away may be cut off with it, so the latest content is also
    // stashed synchronously. Only here, at the very end: a stash taken earlier could go stale and be
    // recovered over newer text.
    const onPageHide = () => {
      writePending(own);
      if (own.owned && own.latest) stashDraft(formKey, own.latest.value);
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      current = false;
      // The form closes but the page stays, so this write has time to land.
      writePending(own);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [formKey, isValid]);

  const answerOffer = () => {
    if (session.current) session.current.owned = true;
    setOffer({ formKey, value: null });
  };

  return {
    offered: offer?.formKey === formKey ? offer.value : undefined,
    update(value) {
      const own = session.current;
      if (!own) return;
      if (isBlank(value)) {
        // Emptying the form empties the draft too, so deleted text does not come back.
        void deleteStored(own);
        return;
      }
      own.pending = { value };
      own.latest = { value };
      if (own.owned) scheduleWrite(own);
    },
    restore() {
      const own = session.current;
      if (!own) return;
      // The form now shows the stored draft; what was typed before restoring is replaced by it.
      own.pending = null;
      own.latest = null;
      answerOffer();
    },
    discard() {
      const own = session.current;
      if (!own) return;
      answerOffer();
      if (own.pending) writePending(own);
      else void deleteStored(own);
    },
    clear() {
      return session.current ? deleteStored(session.current) : Promise.resolve();
    },
  };
}
