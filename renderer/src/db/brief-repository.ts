import type { DateRange } from '@shared/domain/local-calendar';
import type { BriefConversation } from '@shared/domain/offsite-brief';
import type { StrategyMoment } from '@shared/domain/types';
import { readTimeline } from './tables/conversations-table';
import { readStrategyMomentsBetween } from './tables/other-tables';

// What the offsite brief reads beyond the relationship numbers every screen shares: each chosen person's
// latest conversation and the period's strategy moments. Both are bounded by an index, whatever the size
// of the journal: one step back along each person's timeline, and one range of the moments' day index.

/**
 * The latest conversation up to `now` with each of these people, as facts (no notes): a conversation
 * logged ahead of time is not the last one yet. A group conversation shared by two of them comes once.
 */
export async function listLatestConversations(personIds: readonly string[], now: Date): Promise<BriefConversation[]> {
  const to = now.toISOString();
  const latest = await Promise.all(personIds.map((personId) => readTimeline({ personId, to }, 1)));
  const byId = new Map<string, BriefConversation>();
  for (const { id, createdAt, occurredAt, personIds: people, kind, title, warmth } of latest.flat()) {
    byId.set(id, {
      id,
      createdAt,
      occurredAt,
      personIds: people,
      kind,
      ...(title ? { title } : {}),
      ...(warmth === undefined ? {} : { warmth }),
    });
  }
  return [...byId.values()];
}

/** The strategy moments dated within the period, newest first. */
export function listStrategyMomentsIn(period: DateRange): Promise<StrategyMoment[]> {
  return readStrategyMomentsBetween(period.from, period.to);
}
