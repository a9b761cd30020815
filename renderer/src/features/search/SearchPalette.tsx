import { useEffect, useRef } from 'react';
import { useUiStore } from '@renderer/state/ui-store';
import { SearchPanel } from './SearchPanel';

/**
 * The search palette (Ctrl/Cmd+K from anywhere): a modal over the screen. Escape closes it and
 * focus goes back where it was; what was typed stays for the next time it opens.
 */
export function SearchPalette() {
  const closeSearch = useUiStore((state) => state.closeSearch);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        event.preventDefault();
        closeSearch();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      previous?.focus();
    };
  }, [closeSearch]);

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) closeSearch();
      }}
    >
      <div
        ref={dialogRef}
        className="modal search-palette"
        role="dialog"
        aria-modal="true"
        aria-labelledby="search-title"
      >
        <h2 id="search-title">Search</h2>
        <SearchPanel label="Search the journal" autoFocus onOpened={closeSearch} />
      </div>
    </div>
  );
}
