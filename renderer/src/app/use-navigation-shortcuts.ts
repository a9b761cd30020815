import { useLayoutEffect } from 'react';
import { useLocation } from 'wouter';
import { shortcut } from '@renderer/platform/keyboard';
import { SCREENS } from './screens';
import { useUiStore } from '@renderer/state/ui-store';

/** The quick log's shortcut as `aria-keyshortcuts` names it, and as shown on screen. */
export const QUICK_LOG_SHORTCUT = shortcut({ modifiers: ['primary'], key: 'L' });
export const SEARCH_SHORTCUT = shortcut({ modifiers: ['primary'], key: 'K' });

/**
 * Alt+1 … Alt+6 open the screens of the main navigation; Ctrl/Cmd+L opens the quick log, Ctrl/Cmd+K search
 * and Ctrl/Cmd+Shift+M a new strategy moment, from anywhere.
 */
export function useNavigationShortcuts(): void {
  const [, navigate] = useLocation();
  const openQuickLog = useUiStore((state) => state.openQuickLog);
  const openSearch = useUiStore((state) => state.openSearch);
  // Before the first paint: a Ctrl+L pressed as soon as Today shows must not fall between paint and listener.
  useLayoutEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        openQuickLog();
        return;
      }
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (!useUiStore.getState().quickLog.open) openSearch();
        return;
      }
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.shiftKey && event.key.toLowerCase() === 'm') {
        // Not over the quick log: what is typed there stays until it is saved or closed.
        if (useUiStore.getState().quickLog.open) return;
        event.preventDefault();
        navigate('/roadmap/new');
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // `code`, not `key`: on macOS Option+digit types a symbol.
      const match = /^Digit([1-9])$/.exec(event.code);
      const screen = match ? SCREENS[Number(match[1]) - 1] : undefined;
      if (!screen) return;
      event.preventDefault();
      navigate(screen.path);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate, openQuickLog, openSearch]);
}
