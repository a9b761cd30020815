import { useEffect, useState, type ReactNode } from 'react';

/**
 * The quick log: a modal over any screen (Ctrl/Cmd+L). The dialog itself is in the start-up bundle, so it
 * shows the moment it is asked for, under the same name throughout; `children` is its form, whose code
 * loads on first use (App.tsx). Focus returns where it was when the dialog closes.
 */
export function QuickLogDialog({ children }: { children: ReactNode }) {
  // Read as the dialog first renders: by the time an effect runs, the people box has taken the focus
  // (autoFocus, as it mounts).
  const [returnFocusTo] = useState(() => document.activeElement);
  // An effect, not a layout effect: the screen behind stays inert, unable to take focus, until the commit
  // that removes the dialog is done.
  useEffect(
    () => () => {
      if (returnFocusTo instanceof HTMLElement) returnFocusTo.focus();
    },
    [returnFocusTo],
  );
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="quick-log-title">
        <h2 id="quick-log-title">Log a conversation</h2>
        {children}
      </div>
    </div>
  );
}
