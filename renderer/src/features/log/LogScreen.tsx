import { format } from 'date-fns';
import { useMemo, useState } from 'react';
import { localDateOf } from '@shared/domain/dates';
import type { Conversation } from '@shared/domain/types';
import { useUiStore } from '@renderer/state/ui-store';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { usePeople } from '@renderer/hooks/use-people';
import { ConversationEntry } from './ConversationEntry';
import { LogFiltersBar } from './LogFiltersBar';
import { useTimeline } from '@renderer/hooks/use-conversations';
import { SearchPanel } from '@renderer/features/search/SearchPanel';

const PAGE_SIZE = 50;

function groupByDay(conversations: readonly Conversation[]): [string, Conversation[]][] {
  const days = new Map<string, Conversation[]>();
  for (const conversation of conversations) {
    const day = localDateOf(conversation.occurredAt);
    days.set(day, [...(days.get(day) ?? []), conversation]);
  }
  return [...days.entries()];
}

/** Every conversation, newest first, grouped by day; 50 at a time. */
export function LogScreen() {
  const filters = useUiStore((state) => state.logFilters);
  const openQuickLog = useUiStore((state) => state.openQuickLog);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const conversations = useTimeline(filters, limit);
  const people = usePeople();
  const byId = useMemo(() => new Map((people ?? []).map((p) => [p.id, p])), [people]);
  const filtered = Object.values(filters).some((value) => value !== '');
  // While something is typed in the search field, its results take the timeline's place.
  const searching = useUiStore((state) => state.search.query !== '');
  // The palette shares the field's query: while it is open over the Log, only the palette searches.
  const paletteOpen = useUiStore((state) => state.search.open);

  return (
    <section className="screen">
      <div className="screen-header">
        <ScreenHeading>Log</ScreenHeading>
        <button type="button" className="primary" onClick={() => openQuickLog()}>
          Log a conversation
        </button>
      </div>
      {!paletteOpen && <SearchPanel label="Search everything written" collapsedWhenEmpty />}
      {!searching && people && <LogFiltersBar people={people} />}
      {!searching && conversations && conversations.length === 0 && (
        <div className="empty-state">
          {filtered ? (
            <p>No conversation matches these filters.</p>
          ) : (
            <p>
              <strong>Nothing logged yet.</strong> Right after your next meeting with a peer, press <kbd>Ctrl</kbd>+
              <kbd>L</kbd> (⌘L on a Mac): who, what was said, what each of you promised. It takes under 30 seconds.
            </p>
          )}
        </div>
      )}
      {!searching &&
        conversations &&
        groupByDay(conversations).map(([day, items]) => (
          <section key={day} className="day" aria-labelledby={`day-${day}`}>
            <h2 id={`day-${day}`}>{format(new Date(`${day}T12:00:00`), 'EEEE d MMMM yyyy')}</h2>
            {items.map((conversation) => (
              <ConversationEntry key={conversation.id} conversation={conversation} people={byId} />
            ))}
          </section>
        ))}
      {!searching && conversations && conversations.length === limit && (
        <button type="button" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
          Show older conversations
        </button>
      )}
    </section>
  );
}
