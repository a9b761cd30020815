import { useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { format } from 'date-fns';
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { localDateOf } from '@shared/domain/dates';
import type { ShownConversation } from '@shared/domain/saving';
import type { Person } from '@shared/domain/types';
import { ConversationEntry } from '@renderer/components/ConversationEntry';
import { dayRuns, windowKeepingFocus } from './timeline-window';

// Estimates only place entries not yet drawn; every drawn entry is measured, and re-measured when it
// changes size (its Markdown replacing the plain-text fallback, a window resize).
const ESTIMATED_ENTRY_PX = 180;
const ESTIMATED_DAY_HEADING_PX = 55;
// Entries drawn beyond each edge of the window: Tab and Shift+Tab always have a drawn entry to move to,
// and the browser scrolls it into view, which moves the window along.
const OVERSCAN = 4;

function dayHeading(day: string): string {
  return format(new Date(`${day}T12:00:00`), 'EEEE d MMMM yyyy');
}

/**
 * The loaded conversations, newest first and grouped by day, drawing only the entries in and near the
 * window (the page scrolls, not a box inside it): fifty Markdown notes cost more to lay out and paint
 * than to read (SPEC §9). `more` says older conversations may exist beyond those loaded.
 */
export function LogTimeline({
  conversations,
  people,
  more,
}: {
  conversations: readonly ShownConversation[];
  people: ReadonlyMap<string, Person>;
  more: boolean;
}) {
  const listRef = useRef<HTMLDivElement>(null);
  // Where the list starts on the page: the virtualiser reads the window's scroll offset.
  const [listTop, setListTop] = useState(0);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const days = useMemo(
    () => conversations.map((conversation) => localDateOf(conversation.occurredAt)),
    [conversations],
  );
  const startsDay = useCallback((index: number) => index === 0 || days[index] !== days[index - 1], [days]);
  const focusedIndex = focusedId === null ? -1 : conversations.findIndex(({ id }) => id === focusedId);

  const virtualizer = useWindowVirtualizer({
    count: conversations.length,
    estimateSize: (index) => ESTIMATED_ENTRY_PX + (startsDay(index) ? ESTIMATED_DAY_HEADING_PX : 0),
    getItemKey: useCallback((index: number) => conversations[index]?.id ?? index, [conversations]),
    overscan: OVERSCAN,
    scrollMargin: listTop,
    // The first render already draws a window's worth, instead of nothing until the window is measured.
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor: useCallback((range: Range) => windowKeepingFocus(range, focusedIndex), [focusedIndex]),
  });

  // Measured after every render: the filters above the list appear after it does and wrap when the window
  // narrows, moving the list. Setting the same top again is skipped, so this settles after one render.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const top = list.getBoundingClientRect().top + window.scrollY;
    if (top !== listTop) setListTop(top);
  });

  function trackFocus(event: FocusEvent<HTMLDivElement>) {
    const row = event.target.closest<HTMLElement>('[data-index]');
    setFocusedId(row ? (conversations[Number(row.dataset.index)]?.id ?? null) : null);
  }
  function forgetFocus(event: FocusEvent<HTMLDivElement>) {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) setFocusedId(null);
  }

  const setSize = more ? -1 : conversations.length;
  return (
    <div
      ref={listRef}
      className="timeline"
      data-entries={conversations.length}
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={trackFocus}
      onBlur={forgetFocus}
    >
      {dayRuns(virtualizer.getVirtualItems(), (index) => days[index] ?? '').map(({ day, items }) => (
        // Named by its day even while its heading (drawn with the day's first entry) is scrolled away.
        <section key={day} className="day" aria-label={dayHeading(day)}>
          {items.map((item) => {
            const conversation = conversations[item.index];
            if (!conversation) return null;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="timeline-row"
                style={{ transform: `translateY(${item.start - listTop}px)` }}
              >
                {startsDay(item.index) && <h2>{dayHeading(day)}</h2>}
                <ConversationEntry
                  conversation={conversation}
                  people={people}
                  position={{ inSet: item.index + 1, setSize }}
                />
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
