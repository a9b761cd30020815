import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { SCREENS } from './screens';

/** Alt+1 … Alt+6 open the screens of the main navigation from anywhere. */
export function useNavigationShortcuts(): void {
  const [, navigate] = useLocation();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
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
  }, [navigate]);
}
