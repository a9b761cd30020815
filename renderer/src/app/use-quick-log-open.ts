import { useLayoutEffect, useState } from 'react';
import { useUiStore } from '@renderer/state/ui-store';

/**
 * Whether the quick log is open, followed from before the first paint, like the shortcut that opens it
 * (use-navigation-shortcuts.ts). A store hook starts following the store only once the app's first effects
 * have run, a moment after paint: a Ctrl/Cmd+L pressed in between would show the quick log only then, and
 * the keys typed meanwhile would go nowhere (seen on a CPU slowed six times).
 */
export function useQuickLogOpen(): boolean {
  const [open, setOpen] = useState(() => useUiStore.getState().quickLog.open);
  useLayoutEffect(() => useUiStore.subscribe((state) => setOpen(state.quickLog.open)), []);
  return open;
}
