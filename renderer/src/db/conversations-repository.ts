import { Dexie } from 'dexie';
import { conversationInputSchema, issuesByPath, type ConversationInput } from '@shared/domain/conversation';
import { localDateOf } from '@shared/domain/dates';
import type { Commitment, Conversation, ConversationKind, LocalDate, NoteItem, Person } from '@shared/domain/types';
import { toCommitmentRow } from './commitments-repository';
import { RECENT_CONVERSATIONS_KEPT, db, type PersonActivity } from './database';
import { newRecord, nowIso } from './records';
import { ValidationError } from './write-errors';

export type TimelineFilters = {
  personId?: string;
  kind?: ConversationKind;
  tag?: string;
  /** Local dates, inclusive. */
  from?: LocalDate;
  to?: LocalDate;
};

/** Everything a delete removed, so Undo can put it back exactly. */
export type DeletedConversation = {
  conversation: Conversation;
  commitments: Commitment[];
  people: Person[];
};

const byNewest = (a: Conversation, b: Conversation) =>
  b.occurredAt.localeCompare(a.occurredAt) || b.createdAt.localeCompare(a.createdAt);

/** Rebuilds the pre-aggregated activity of these people from their conversations (a person's own index range). */
async function refreshActivity(personIds: Iterable<string>): Promise<void> {
  for (const personId of new Set(personIds)) {
    const theirs = await db.conversations.where('personIds').equals(personId).toArray();
    if (theirs.length === 0) {
      await db.personActivity.delete(personId);
      continue;
    }
    // The newest conversations (for days since) and the newest rated ones (for the warmth mean), so
    // a run of unrated conversations cannot hide the ratings the person page would use.
    const newestFirst = theirs.sort(byNewest);
    const kept = new Set([
      ...newestFirst.slice(0, RECENT_CONVERSATIONS_KEPT),
      ...newestFirst.filter((c) => c.warmth !== undefined).slice(0, RECENT_CONVERSATIONS_KEPT),
    ]);
    const recent = newestFirst
      .filter((conversation) => kept.has(conversation))
      .map(({ id, createdAt, occurredAt, personIds: ids, warmth }) => ({
        id,
        createdAt,
        occurredAt,
        personIds: ids,
        ...(warmth === undefined ? {} : { warmth }),
      }));
    await db.personActivity.put({ personId, recent });
  }
}

function noteItems(texts: readonly string[], notedOn: LocalDate, conversationId: string): NoteItem[] {
  return texts.map((text) => ({ id: crypto.randomUUID(), text, notedOn, conversationId }));
}

function parse(input: ConversationInput): ConversationInput {
  const parsed = conversationInputSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(issuesByPath(parsed.error.issues));
  return parsed.data;
}

/**
 * Saves a conversation (new, or the one with `id`) together with the commitments made in it and
 * the priorities and worries heard, which go onto each person's lists. One transaction: all of it
 * is saved, or none.
 */
export async function saveConversation(input: ConversationInput, id?: string): Promise<Conversation> {
  const { heard, newCommitments, title, warmth, ...fields } = parse(input);
  return db.transaction('rw', [db.conversations, db.commitments, db.people, db.personActivity], async () => {
    const existing = id === undefined ? undefined : await db.conversations.get(id);
    if (id !== undefined && !existing) throw new Error('This conversation no longer exists.');
    const people = await db.people.bulkGet(fields.personIds);
    if (people.some((person) => !person)) throw new ValidationError({ personIds: 'Someone chosen no longer exists.' });

    const base = {
      ...fields,
      ...(title ? { title } : {}),
      ...(warmth === null ? {} : { warmth }),
      source: existing?.source ?? ('manual' as const),
    };
    const conversation: Conversation = existing
      ? {
          ...base,
          id: existing.id,
          createdAt: existing.createdAt,
          updatedAt: nowIso(),
          ...(existing.calendarUid ? { calendarUid: existing.calendarUid } : {}),
        }
      : newRecord(base);
    await db.conversations.put(conversation);

    await db.commitments.bulkAdd(
      newCommitments.map((commitment) =>
        toCommitmentRow(newRecord({ ...commitment, conversationId: conversation.id })),
      ),
    );

    const notedOn = localDateOf(conversation.occurredAt);
    if (heard.priorities.length + heard.worries.length > 0) {
      for (const person of people) {
        if (!person) continue;
        await db.people.put({
          ...person,
          priorities: [...person.priorities, ...noteItems(heard.priorities, notedOn, conversation.id)],
          worries: [...person.worries, ...noteItems(heard.worries, notedOn, conversation.id)],
          updatedAt: nowIso(),
        });
      }
    }
    await refreshActivity([...fields.personIds, ...(existing?.personIds ?? [])]);
    return conversation;
  });
}

/** Deletes a conversation with its commitments and what was heard in it; returns what Undo needs. */
export async function deleteConversation(id: string): Promise<DeletedConversation> {
  return db.transaction('rw', [db.conversations, db.commitments, db.people, db.personActivity], async () => {
    const conversation = await db.conversations.get(id);
    if (!conversation) throw new Error('This conversation no longer exists.');
    const commitmentRows = await db.commitments.where('conversationId').equals(id).toArray();
    // Everyone in it, and anyone it was moved away from by an edit who still holds what was heard in it
    // (a journal holds hundreds of people, so this scan is small).
    const people = await db.people
      .filter(
        (person) =>
          conversation.personIds.includes(person.id) ||
          [...person.priorities, ...person.worries].some((item) => item.conversationId === id),
      )
      .toArray();
    const notFromThisConversation = (item: NoteItem) => item.conversationId !== id;
    for (const person of people) {
      await db.people.put({
        ...person,
        priorities: person.priorities.filter(notFromThisConversation),
        worries: person.worries.filter(notFromThisConversation),
      });
    }
    await db.commitments.bulkDelete(commitmentRows.map((row) => row.id));
    await db.conversations.delete(id);
    await refreshActivity(conversation.personIds);
    const commitments = commitmentRows.map(({ open: _open, ...commitment }) => commitment);
    return { conversation, commitments, people };
  });
}

export async function restoreConversation(deleted: DeletedConversation): Promise<void> {
  await db.transaction('rw', [db.conversations, db.commitments, db.people, db.personActivity], async () => {
    await db.conversations.put(deleted.conversation);
    await db.commitments.bulkPut(deleted.commitments.map(toCommitmentRow));
    for (const before of deleted.people) {
      const now = await db.people.get(before.id);
      if (!now) continue;
      // Put back only the items this conversation contributed; keep any other edits since.
      const mine = (items: NoteItem[]) => items.filter((item) => item.conversationId === deleted.conversation.id);
      await db.people.put({
        ...now,
        priorities: [...now.priorities, ...mine(before.priorities)],
        worries: [...now.worries, ...mine(before.worries)],
      });
    }
    await refreshActivity(deleted.conversation.personIds);
  });
}

export function getConversation(id: string): Promise<Conversation | undefined> {
  return db.conversations.get(id);
}

/** Tags are kept as typed but match whatever their case: #Hiring and #hiring are one tag. */
function sameTag(a: string, b: string): boolean {
  return a.toLocaleLowerCase() === b.toLocaleLowerCase();
}

function inRange(conversation: Conversation, filters: TimelineFilters): boolean {
  const day = localDateOf(conversation.occurredAt);
  return (
    (!filters.kind || conversation.kind === filters.kind) &&
    (!filters.tag || conversation.tags.some((tag) => sameTag(tag, filters.tag ?? ''))) &&
    (!filters.personId || conversation.personIds.includes(filters.personId)) &&
    (!filters.from || day >= filters.from) &&
    (!filters.to || day <= filters.to)
  );
}

/**
 * The newest `limit` conversations matching the filters. Without a person or tag filter this walks
 * the `occurredAt` index backwards and stops at `limit`, so it stays fast at 100,000 notes; a
 * person or tag filter reads only that person's or tag's index range.
 */
export async function listTimeline(filters: TimelineFilters, limit: number): Promise<Conversation[]> {
  if (filters.personId || filters.tag) {
    const candidates = filters.personId
      ? await db.conversations.where('personIds').equals(filters.personId).toArray()
      : await db.conversations
          .where('tags')
          .equalsIgnoreCase(filters.tag ?? '')
          .toArray();
    return candidates
      .filter((c) => inRange(c, filters))
      .sort(byNewest)
      .slice(0, limit);
  }
  // The local days of the filter as instants; inRange checks each record exactly.
  const lower = filters.from ? new Date(`${filters.from}T00:00:00`).toISOString() : Dexie.minKey;
  const upper = filters.to ? new Date(`${filters.to}T23:59:59.999`).toISOString() : Dexie.maxKey;
  return db.conversations
    .where('occurredAt')
    .between(lower, upper, true, true)
    .reverse()
    .filter((c) => inRange(c, filters))
    .limit(limit)
    .toArray();
}

/** Conversations from `from` (an instant) on: a bounded range of the date index. */
export function listConversationsSince(from: Date): Promise<Conversation[]> {
  return db.conversations.where('occurredAt').aboveOrEqual(from.toISOString()).toArray();
}

/** One person's conversations, newest first. */
export async function listConversationsForPerson(personId: string): Promise<Conversation[]> {
  return (await db.conversations.where('personIds').equals(personId).toArray()).sort(byNewest);
}

/** Every tag in use, once whatever its case, from the tag index's keys alone. */
export async function listTags(): Promise<string[]> {
  const tags: string[] = [];
  for (const key of await db.conversations.orderBy('tags').uniqueKeys()) {
    const tag = String(key);
    if (!tags.some((known) => sameTag(known, tag))) tags.push(tag);
  }
  return tags;
}

export function listPersonActivity(): Promise<PersonActivity[]> {
  return db.personActivity.toArray();
}
