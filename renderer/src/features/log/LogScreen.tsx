import { useState } from 'react';
import { useUiStore } from '@renderer/state/ui-store';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { useRelationships } from '@renderer/features/people/relationships-context';
import { LogTimeline } from './LogTimeline';
import { LogFiltersBar } from './LogFiltersBar';
import { useTimeline } from '@renderer/hooks/use-conversations';
import { TIMELINE_PAGE } from '@renderer/hooks/newest-conversations';
import { SearchPanel } from '@renderer/features/search/SearchPanel';

/** Every conversation, newest first, grouped by day; loaded 50 at a time, drawn only near the window. */
export function LogScreen() {
  const filters = useUiStore((state) => state.logFilters);
  const openQuickLog = useUiStore((state) => state.openQuickLog);
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const conversations = useTimeline(filters, limit);
  // Everyone, from the reads the app keeps open: already here when the Log opens, so its entries are drawn
  // once, with their names, rather than first as "Someone removed" and again when a people query answers.
  const relationships = useRelationships();
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
      {!searching && relationships && <LogFiltersBar people={relationships.people} />}
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
      {!searching && conversations && relationships && (
        <LogTimeline
          conversations={conversations}
          people={relationships.peopleById}
          more={conversations.length === limit}
        />
      )}
      {!searching && conversations && conversations.length === limit && (
        <button type="button" onClick={() => setLimit((current) => current + TIMELINE_PAGE)}>
          Show older conversations
        </button>
      )}
    </section>
  );
}
