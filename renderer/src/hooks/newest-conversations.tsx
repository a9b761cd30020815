import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Conversation } from '@shared/domain/types';
import { listTimeline, settledWriteCount } from '@renderer/db/conversations-repository';
import { whenIdle } from './when-idle';

/** How many conversations the Log loads at a time, and so how many the app keeps at hand for it. */
export const TIMELINE_PAGE = 50;

/** A timeline read, and how many writes had settled when it began (to tell which saves it holds). */
export type StoredTimeline = { rows: Conversation[]; readAt: number };

/** Reads a timeline page, noting first which writes it is sure to hold. */
export async function readStoredTimeline(read: () => Promise<Conversation[]>): Promise<StoredTimeline> {
  // Taken before reading: every write settled by now is in what the read returns.
  const readAt = settledWriteCount();
  return { rows: await read(), readAt };
}

const NewestConversationsContext = createContext<StoredTimeline | undefined>(undefined);

/**
 * The newest page of the whole timeline, read once the app is idle after start and kept open (a live
 * query, so every save refreshes it): the Log, unfiltered, then draws its first screen in the frame it
 * opens instead of two frames later, after its own read has been started and answered.
 */
export function NewestConversationsProvider({ children }: { children: ReactNode }) {
  // Not at start: Today's reads go first.
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), 200), []);
  const newest = useLiveQuery(
    async () => (idle ? await readStoredTimeline(() => listTimeline({}, TIMELINE_PAGE)) : undefined),
    [idle],
  );
  return <NewestConversationsContext.Provider value={newest}>{children}</NewestConversationsContext.Provider>;
}

/** The newest page of the whole timeline when the app holds it already; `undefined` until then. */
export function useNewestConversations(): StoredTimeline | undefined {
  return useContext(NewestConversationsContext);
}
