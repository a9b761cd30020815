import { Link, useLocation } from 'wouter';
import { SCREENS, shortcutFor } from './screens';
import { useUiStore } from '@renderer/state/ui-store';
import { QUICK_LOG_SHORTCUT, SEARCH_SHORTCUT } from './use-navigation-shortcuts';

function isCurrent(screenPath: string, location: string): boolean {
  return screenPath === '/' ? location === '/' : location === screenPath || location.startsWith(`${screenPath}/`);
}

export function Navigation({ inert = false }: { inert?: boolean }) {
  const [location] = useLocation();
  const openQuickLog = useUiStore((state) => state.openQuickLog);
  const openSearch = useUiStore((state) => state.openSearch);
  return (
    <nav className="sidebar" aria-label="Main" inert={inert}>
      <p className="brand">Upstream</p>
      <button
        type="button"
        className="primary quick-log-button"
        aria-keyshortcuts={QUICK_LOG_SHORTCUT.aria}
        onClick={() => openQuickLog()}
      >
        Log a conversation <kbd aria-hidden="true">{QUICK_LOG_SHORTCUT.label}</kbd>
      </button>
      <button type="button" className="search-button" aria-keyshortcuts={SEARCH_SHORTCUT.aria} onClick={openSearch}>
        Search <kbd aria-hidden="true">{SEARCH_SHORTCUT.label}</kbd>
      </button>
      <ul>
        {SCREENS.map((screen, index) => (
          <li key={screen.path}>
            <Link
              href={screen.path}
              aria-current={isCurrent(screen.path, location) ? 'page' : undefined}
              aria-keyshortcuts={shortcutFor(index).aria}
            >
              <span>{screen.label}</span>
              <kbd aria-hidden="true">{shortcutFor(index).label}</kbd>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
