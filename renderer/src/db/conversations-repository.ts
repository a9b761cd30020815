import type { ConversationInput } from '@shared/domain/conversation';
import type * as ConversationRules from '@shared/domain/conversation';
import type * as PersonRules from '@shared/domain/person';
import { issuesByPath } from '@shared/domain/field-errors';
import { localDateOf } from '@shared/domain/dates';
import { tagKey, type PersonActivity, type PersonTimelineEntry } from '@shared/domain/derived-data';
import type { Commitment, Conversation, ConversationKind, LocalDate, NoteItem, Person } from '@shared/domain/types';
import { newPersonWrites } from './people-repository';
import { newRecord, nextUpdatedAt } from './records';
import {
  readConversation,
  readNewestRatedEntries,
  readTimeline,
  countConversationsOfBetween,
} from './tables/conversations-table';
import {
  readAllPersonActivity,
  readPersonActivity,
  readCommitmentsForConversation,
  readSettingsRecord,
  readTagCounts,
} from './tables/other-tables';
import { readAllPeople, readPeople } from './tables/people-table';
import { showBeforeCommit } from './tables/in-flight';
import { basedOn, put, remove, transact, type WriteOp } from './tables/write';
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

function noteItems(texts: readonly string[], notedOn: LocalDate, conversationId: string): NoteItem[] {
  return texts.map((text) => ({ id: crypto.randomUUID(), text, notedOn, conversationId }));
}

type Rules = { conversation: typeof ConversationRules; person: typeof PersonRules };

/**
 * The conversation rules (zod) and a new person's blank profile. They load with the first save (the form has
 * them already): Today and the shell read conversations, they never write one, so the rules stay out of the
 * start-up JavaScript. Kept once loaded, so that a later save reaches the in-flight display without waiting.
 */
let loadedRules: Rules | undefined;

async function loadRules(): Promise<Rules> {
  const [conversation, person] = await Promise.all([
    import('@shared/domain/conversation'),
    import('@shared/domain/person'),
  ]);
  loadedRules = { conversation, person };
  return loadedRules;
}

function parse(rules: Rules, input: ConversationInput): ConversationInput {
  const parsed = rules.conversation.conversationInputSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(issuesByPath(parsed.error.issues));
  return parsed.data;
}

/** What a conversation record holds of the input, for the people it is with (ids known by now). */
function recordFields(input: ConversationInput, personIds: string[]) {
  const { heard: _heard, newCommitments: _promised, newPeople: _newPeople, title, warmth, ...chosen } = input;
  return { ...chosen, personIds, ...(title ? { title } : {}), ...(warmth === null ? {} : { warmth }) };
}

/**
 * Saves a conversation (new, or the one with `id`) together with the commitments made in it and
 * the priorities and worries heard, which go onto each person's lists. One transaction: all of it
 * is saved, or none.
 */
export async function saveConversation(input: ConversationInput, id?: string): Promise<Conversation> {
  const rules = loadedRules ?? (await loadRules());
  const parsed = parse(rules, input);
  // A new conversation that names no one new is whole already: it is shown in flight now, before anything is
  // read, so it appears at once however busy the database is. Any other save is shown by its commit.
  const known =
    id === undefined && (parsed.newPeople ?? []).length === 0
      ? newRecord({ ...recordFields(parsed, parsed.personIds), source: 'manual' as const })
      : undefined;
  const takeBack = known ? showBeforeCommit(known) : undefined;
  try {
    return await writeConversation(rules, parsed, id, known);
  } finally {
    takeBack?.();
  }
}

async function writeConversation(
  rules: Rules,
  input: ConversationInput,
  id: string | undefined,
  known: Conversation | undefined,
): Promise<Conversation> {
  const { heard, newCommitments: promised, newPeople = [] } = input;
  // Someone added by name starts from a blank profile, with the cadences of the settings.
  const cadenceDefaults = newPeople.length > 0 ? (await readSettingsRecord())?.cadenceDefaults : undefined;
  return transact(async () => {
    const existing = id === undefined ? undefined : await readConversation(id);
    if (id !== undefined && !existing) throw new Error('This conversation no longer exists.');
    // People added by name in the form become people now, in this transaction: a cancelled or failed save
    // leaves no one behind. Their pending ids are replaced by their new ones everywhere in the input.
    const added = await Promise.all(
      newPeople.map(async (pending) => ({
        pending: pending.id,
        ...(await newPersonWrites(
          { ...rules.person.emptyPersonInput(cadenceDefaults), name: pending.name },
          { profileIncomplete: true },
        )),
      })),
    );
    const realId = (personId: string) => added.find((entry) => entry.pending === personId)?.person.id ?? personId;
    const personIds = input.personIds.map(realId);
    const newCommitments = promised.map((commitment) => ({ ...commitment, personId: realId(commitment.personId) }));
    const existingIds = personIds.filter((personId) => !added.some((entry) => entry.person.id === personId));
    const found = await readPeople(existingIds);
    const people = [
      ...found.filter((person): person is Person => person !== undefined),
      ...added.map((entry) => entry.person),
    ];
    if (found.some((person) => person === undefined)) {
      throw new ValidationError({ personIds: 'Someone chosen no longer exists.' });
    }

    const base = { ...recordFields(input, personIds), source: existing?.source ?? ('manual' as const) };
    const conversation: Conversation = existing
      ? {
          ...base,
          id: existing.id,
          createdAt: existing.createdAt,
          updatedAt: nextUpdatedAt(existing.updatedAt),
          ...(existing.calendarUid ? { calendarUid: existing.calendarUid } : {}),
        }
      : (known ?? newRecord(base));
    const ops: WriteOp[] = [
      ...added.flatMap((entry) => entry.ops),
      put('conversations', conversation),
      ...newCommitments.map((commitment) =>
        put('commitments', newRecord({ ...commitment, conversationId: conversation.id })),
      ),
    ];
    const notedOn = localDateOf(conversation.occurredAt);
    if (heard.priorities.length + heard.worries.length > 0) {
      for (const person of people) {
        ops.push(
          put('people', {
            ...person,
            priorities: [...person.priorities, ...noteItems(heard.priorities, notedOn, conversation.id)],
            worries: [...person.worries, ...noteItems(heard.worries, notedOn, conversation.id)],
            updatedAt: nextUpdatedAt(person.updatedAt),
          }),
        );
      }
    }
    return {
      ops,
      preconditions: [
        basedOn('conversations', conversation.id, existing),
        ...people.map((person) =>
          basedOn('people', person.id, added.some((entry) => entry.person === person) ? null : person),
        ),
      ],
      result: conversation,
    };
  });
}

/** Deletes a conversation with its commitments and what was heard in it; returns what Undo needs. */
export async function deleteConversation(id: string): Promise<DeletedConversation> {
  return transact(async () => {
    const conversation = await readConversation(id);
    if (!conversation) throw new Error('This conversation no longer exists.');
    const commitments = await readCommitmentsForConversation(id);
    // Everyone in it, and anyone it was moved away from by an edit who still holds what was heard in it
    // (a journal holds hundreds of people, so this scan is small).
    const people = (await readAllPeople()).filter(
      (person) =>
        conversation.personIds.includes(person.id) ||
        [...person.priorities, ...person.worries].some((item) => item.conversationId === id),
    );
    const notFromThisConversation = (item: NoteItem) => item.conversationId !== id;
    return {
      ops: [
        ...people.map((person) =>
          put('people', {
            ...person,
            priorities: person.priorities.filter(notFromThisConversation),
            worries: person.worries.filter(notFromThisConversation),
          }),
        ),
        ...commitments.map((commitment) => remove('commitments', commitment.id)),
        remove('conversations', id),
      ],
      preconditions: [
        basedOn('conversations', id, conversation),
        ...people.map((person) => basedOn('people', person.id, person)),
      ],
      result: { conversation, commitments, people },
    };
  });
}

export async function restoreConversation(deleted: DeletedConversation): Promise<void> {
  await transact(async () => {
    const now = await readPeople(deleted.people.map((person) => person.id));
    // Put back only the items this conversation contributed; keep any other edits since.
    const mine = (items: NoteItem[]) => items.filter((item) => item.conversationId === deleted.conversation.id);
    const people = deleted.people.flatMap((before, index) => {
      const current = now[index];
      return current
        ? [
            {
              ...current,
              priorities: [...current.priorities, ...mine(before.priorities)],
              worries: [...current.worries, ...mine(before.worries)],
            },
          ]
        : [];
    });
    return {
      ops: [
        put('conversations', deleted.conversation),
        ...deleted.commitments.map((commitment) => put('commitments', commitment)),
        ...people.map((person) => put('people', person)),
      ],
      preconditions: [
        basedOn('conversations', deleted.conversation.id, null),
        ...now.flatMap((person) => (person ? [basedOn('people', person.id, person)] : [])),
      ],
      result: undefined,
    };
  });
}

export function getConversation(id: string): Promise<Conversation | undefined> {
  return readConversation(id);
}

/** The local days of a filter as instants (the start of `from`, the end of `to`). */
function instantBounds(filters: TimelineFilters): { from?: string; to?: string } {
  return {
    ...(filters.from ? { from: new Date(`${filters.from}T00:00:00`).toISOString() } : {}),
    ...(filters.to ? { to: new Date(`${filters.to}T23:59:59.999`).toISOString() } : {}),
  };
}

/**
 * The newest `limit` conversations matching the filters, newest first. Bounded whatever the
 * journal's size: it walks the date index, or the person's or tag's own index, backwards and
 * stops at `limit`.
 */
export function listTimeline(filters: TimelineFilters, limit: number): Promise<Conversation[]> {
  const { kind } = filters;
  return readTimeline(
    {
      ...(filters.personId ? { personId: filters.personId } : {}),
      ...(filters.tag ? { tagKey: tagKey(filters.tag) } : {}),
      ...instantBounds(filters),
      ...(kind ? { accept: (row: Conversation) => row.kind === kind } : {}),
    },
    limit,
  );
}

/** Whether a conversation passes the filters as listTimeline applies them: for one not read from it (being saved). */
export function passesTimelineFilters(conversation: Conversation, filters: TimelineFilters): boolean {
  const { from, to } = instantBounds(filters);
  const wantedTag = filters.tag ? tagKey(filters.tag) : null;
  return (
    (!filters.personId || conversation.personIds.includes(filters.personId)) &&
    (!filters.kind || conversation.kind === filters.kind) &&
    (!wantedTag || conversation.tags.some((tag) => tagKey(tag) === wantedTag)) &&
    (!from || conversation.occurredAt >= from) &&
    (!to || conversation.occurredAt <= to)
  );
}

export { conversationsInFlight, settledWriteCount, subscribeConversationsInFlight } from './tables/in-flight';

/** One person's newest `limit` conversations, newest first. */
export function listConversationsForPerson(personId: string, limit: number): Promise<Conversation[]> {
  return readTimeline({ personId }, limit);
}

/** How many conversations a person is in: kept in their activity summary by every write, never counted. */
export async function countConversationsForPerson(personId: string): Promise<number> {
  return (await readPersonActivity(personId))?.conversationCount ?? 0;
}

/**
 * How many conversations each person had from `from` to `to` (both included), by person id. One index
 * range per person, counted by keys: the alliance map's dot sizes without reading a conversation.
 */
export async function countConversationsByPersonBetween(
  personIds: readonly string[],
  from: Date,
  to: Date,
): Promise<Map<string, number>> {
  const [fromInstant, toInstant] = [from.toISOString(), to.toISOString()];
  const counts = await Promise.all(
    personIds.map((personId) => countConversationsOfBetween(personId, fromInstant, toInstant)),
  );
  return new Map(personIds.map((personId, index) => [personId, counts[index] ?? 0]));
}

/** A person's newest `limit` warmth ratings with their instants, oldest first (no notes are read). */
export function listWarmthRatings(personId: string, limit: number): Promise<PersonTimelineEntry[]> {
  return readNewestRatedEntries(personId, limit);
}

/** Every tag in use, once whatever its case, from the tag-count aggregate. */
export async function listTags(): Promise<string[]> {
  return (await readTagCounts()).map((count) => count.label);
}

export function listPersonActivity(): Promise<PersonActivity[]> {
  return readAllPersonActivity();
}
