import { useEffect, useRef, useState } from 'react';
import { deleteDraft, getDraft, saveDraft, stashDraft } from '@renderer/db/drafts-repository';

const SAVE_DELAY_MS = 250;

export type DraftState<T> = {
  /** The saved draft found when the form opened, or `null` when there was none; `undefined` while looking. */
  found: T | null | undefined;
  /** Call on every change; the draft is written shortly after typing pauses, and when the page is hidden. */
  update(value: T): void;
  /** Call after the form is saved or the draft discarded. */
  clear(): Promise<void>;
};

/**
 * Autosaves a form's content under `formKey`. `isValid` (a module-level function) checks what was
 * stored, because a draft from an older version of the app may not have today's shape.
 */
export function useDraft<T>(formKey: string, isValid: (value: unknown) => value is T): DraftState<T> {
  const [loaded, setLoaded] = useState<{ formKey: string; value: T | null }>();
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void getDraft(formKey).then((draft) => {
      if (current) setLoaded({ formKey, value: draft && isValid(draft.value) ? draft.value : null });
    });
    const flush = () => {
      window.clearTimeout(timer.current);
      if (pending.current) {
        // The synchronous stash survives the page going away; the IndexedDB write may not.
        stashDraft(formKey, pending.current.value);
        void saveDraft(formKey, pending.current.value);
      }
      pending.current = null;
    };
    // Hiding the page (closing the window, reloading, switching away) writes what is pending at once.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      current = false;
      flush();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [formKey, isValid]);

  return {
    found: loaded?.formKey === formKey ? loaded.value : undefined,
    update(value) {
      pending.current = { value };
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => {
        if (pending.current) void saveDraft(formKey, pending.current.value);
        pending.current = null;
      }, SAVE_DELAY_MS);
    },
    async clear() {
      window.clearTimeout(timer.current);
      pending.current = null;
      await deleteDraft(formKey);
    },
  };
}
