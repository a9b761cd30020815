import { format } from 'date-fns';
import * as z from 'zod/mini';
import { PENDING_PERSON_PREFIX, parseLines, parseTags, type ConversationInput } from '@shared/domain/conversation';
import { COMMITMENT_DIRECTIONS, CONVERSATION_KINDS, type Commitment, type Conversation } from '@shared/domain/types';

/**
 * The conversation form as typed: strings, as the inputs hold them. This is also what a draft
 * stores, so the schema below checks drafts saved by an earlier session before they are offered.
 */
const commitmentRowSchema = z.object({
  key: z.string(),
  personId: z.string(),
  direction: z.enum(COMMITMENT_DIRECTIONS),
  text: z.string(),
  dueOn: z.string(),
});

export const conversationFormStateSchema = z.object({
  personIds: z.array(z.string()),
  kind: z.enum(CONVERSATION_KINDS),
  when: z.string(),
  title: z.string(),
  notes: z.string(),
  warmth: z.string(),
  listened: z.boolean(),
  plainLanguage: z.boolean(),
  offeredHelp: z.boolean(),
  tags: z.string(),
  prioritiesHeard: z.string(),
  worriesHeard: z.string(),
  commitments: z.array(commitmentRowSchema),
  /** People added by name, not yet created: they are, with the conversation, when it is saved. */
  newPeople: z.optional(z.array(z.object({ id: z.string(), name: z.string() }))),
});

export type ConversationFormState = z.infer<typeof conversationFormStateSchema>;
export type CommitmentRowState = z.infer<typeof commitmentRowSchema>;

export function isConversationFormState(value: unknown): value is ConversationFormState {
  return conversationFormStateSchema.safeParse(value).success;
}

/** `datetime-local` wants local `YYYY-MM-DDTHH:mm`. */
export function toLocalDateTimeInput(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm");
}

export function emptyConversationForm(now: Date, personIds: string[] = []): ConversationFormState {
  return {
    personIds,
    kind: 'one-on-one',
    when: toLocalDateTimeInput(now),
    title: '',
    notes: '',
    warmth: '',
    listened: false,
    plainLanguage: false,
    offeredHelp: false,
    tags: '',
    prioritiesHeard: '',
    worriesHeard: '',
    commitments: [],
  };
}

export function conversationToForm(conversation: Conversation): ConversationFormState {
  return {
    personIds: conversation.personIds,
    kind: conversation.kind,
    when: toLocalDateTimeInput(new Date(conversation.occurredAt)),
    title: conversation.title ?? '',
    notes: conversation.notes,
    warmth: conversation.warmth === undefined ? '' : String(conversation.warmth),
    listened: conversation.habits?.listened ?? false,
    plainLanguage: conversation.habits?.plainLanguage ?? false,
    offeredHelp: conversation.habits?.offeredHelp ?? false,
    tags: conversation.tags.join(', '),
    prioritiesHeard: '',
    worriesHeard: '',
    commitments: [],
  };
}

function toInstant(localDateTime: string): string {
  const date = new Date(localDateTime);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** The form's strings as the domain input; the domain schema then says what is wrong, if anything. */
export function formToInput(form: ConversationFormState): ConversationInput {
  return {
    occurredAt: toInstant(form.when),
    personIds: form.personIds,
    kind: form.kind,
    title: form.title,
    notes: form.notes,
    warmth: form.warmth === '' ? null : Number(form.warmth),
    habits: { listened: form.listened, plainLanguage: form.plainLanguage, offeredHelp: form.offeredHelp },
    tags: parseTags(form.tags),
    heard: { priorities: parseLines(form.prioritiesHeard), worries: parseLines(form.worriesHeard) },
    newCommitments: form.commitments.map(({ personId, direction, text, dueOn }) => ({
      personId,
      direction,
      text,
      ...(dueOn ? { dueOn } : {}),
    })),
    // Only those still chosen: someone added and then removed again is never created.
    newPeople: (form.newPeople ?? []).filter((person) => form.personIds.includes(person.id)),
  };
}

/** Adds someone by name, to be created when the conversation is saved; returns the id they carry until then. */
export function withNewPerson(form: ConversationFormState, name: string): { form: ConversationFormState; id: string } {
  const id = `${PENDING_PERSON_PREFIX}${crypto.randomUUID()}`;
  return { form: { ...form, newPeople: [...(form.newPeople ?? []), { id, name }] }, id };
}

/** Whether the form holds anything the user typed (an empty form is not worth a draft). */
export function hasContent(form: ConversationFormState): boolean {
  return (
    form.personIds.length > 0 ||
    [form.title, form.notes, form.tags, form.prioritiesHeard, form.worriesHeard].some((text) => text.trim() !== '') ||
    form.commitments.length > 0 ||
    form.warmth !== ''
  );
}

export function newCommitmentRow(direction: Commitment['direction'], personId: string): CommitmentRowState {
  return { key: crypto.randomUUID(), personId, direction, text: '', dueOn: '' };
}

/**
 * The form with these people. A commitment with someone no longer in the conversation moves to the
 * first person left, so no row points at someone who is not there (and cannot be fixed).
 */
export function withPeople(form: ConversationFormState, personIds: string[]): ConversationFormState {
  const first = personIds[0] ?? '';
  return {
    ...form,
    personIds,
    commitments: form.commitments.map((row) => (personIds.includes(row.personId) ? row : { ...row, personId: first })),
  };
}
