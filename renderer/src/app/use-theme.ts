import { useEffect } from 'react';
import type { Theme } from '@shared/domain/types';

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Applies the chosen theme to the page; "system" follows the OS and its changes. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const apply = () => {
      document.documentElement.dataset['theme'] = theme === 'system' ? (prefersDark() ? 'dark' : 'light') : theme;
    };
    apply();
    if (theme !== 'system' || typeof window.matchMedia !== 'function') return undefined;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
