import { format } from 'date-fns';
import { KIND_LABELS } from './labels';
import type { Commitment, Conversation, Person } from './types';

// The Markdown export of conversations (SPEC §7): one readable document, newest conversation first, for
// reading or printing outside the app. Notes are written as typed (they are Markdown already); names, titles
// and tags have Markdown's special characters escaped so they cannot turn into links or headings.

export type MarkdownSource = {
  readonly people: readonly Pick<Person, 'id' | 'name'>[];
  readonly conversations: readonly Conversation[];
  readonly commitments: readonly Commitment[];
};

/** Escapes the characters that make inline Markdown (emphasis, links, code, HTML) in a one-line value. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>#|!~]/g, (character) => `\\${character}`)
    .replace(/\s+/g, ' ')
    .trim();
}

function commitmentLine(commitment: Commitment, personName: string): string {
  const who = commitment.direction === 'i-owe' ? `I owe ${personName}` : `${personName} owes me`;
  const due = commitment.dueOn ? `, due ${commitment.dueOn}` : '';
  const box = commitment.doneOn ? `[x]` : `[ ]`;
  const done = commitment.doneOn ? `, done ${commitment.doneOn}` : '';
  return `- ${box} ${who}: ${escapeInline(commitment.text)}${due}${done}`;
}

/** How many conversations one piece of `conversationsMarkdownPieces` holds at most. */
const CONVERSATIONS_PER_PIECE = 500;

/** The conversations as Markdown; times in the local time zone of the machine that exports. */
export function conversationsAsMarkdown(source: MarkdownSource, exportedAt: Date): string {
  return [...conversationsMarkdownPieces(source, exportedAt)].join('');
}

/**
 * `conversationsAsMarkdown`'s document in pieces of at most `perPiece` conversations, so that 100,000 notes
 * are written a piece at a time, never in one long task.
 */
export function* conversationsMarkdownPieces(
  source: MarkdownSource,
  exportedAt: Date,
  perPiece = CONVERSATIONS_PER_PIECE,
): Generator<string> {
  const names = new Map(source.people.map((person) => [person.id, person.name]));
  const nameOf = (id: string) => escapeInline(names.get(id) ?? 'someone no longer in the journal');
  const commitmentsOf = new Map<string, Commitment[]>();
  for (const commitment of source.commitments) {
    if (!commitment.conversationId) continue;
    commitmentsOf.set(commitment.conversationId, [...(commitmentsOf.get(commitment.conversationId) ?? []), commitment]);
  }
  const newestFirst = [...source.conversations].sort(
    (a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || a.id.localeCompare(b.id),
  );
  yield [
    '# Upstream: conversations',
    '',
    `Exported ${format(exportedAt, 'd MMMM yyyy, HH:mm')}. ${newestFirst.length.toLocaleString('en')} ${newestFirst.length === 1 ? 'conversation' : 'conversations, newest first'}.`,
  ].join('\n');
  for (let start = 0; start < newestFirst.length; start += perPiece) {
    const lines: string[] = [];
    for (const conversation of newestFirst.slice(start, start + perPiece)) {
      const people = conversation.personIds.map(nameOf).join(', ');
      const title = conversation.title ? `: ${escapeInline(conversation.title)}` : '';
      lines.push(
        '',
        `## ${format(new Date(conversation.occurredAt), 'yyyy-MM-dd HH:mm')}, ${KIND_LABELS[conversation.kind]} with ${people}${title}`,
        '',
      );
      const facts = [
        conversation.warmth === undefined ? null : `Warmth: ${conversation.warmth} of 5`,
        conversation.tags.length === 0 ? null : `Tags: ${conversation.tags.map(escapeInline).join(', ')}`,
      ].filter((fact) => fact !== null);
      if (facts.length > 0) lines.push(facts.join(' · '), '');
      lines.push(conversation.notes.trim() === '' ? '_No notes._' : conversation.notes.trim());
      const promises = commitmentsOf.get(conversation.id) ?? [];
      if (promises.length > 0) {
        lines.push('', '### Commitments', '');
        for (const commitment of promises) lines.push(commitmentLine(commitment, nameOf(commitment.personId)));
      }
    }
    // Each piece goes on from the line before it.
    yield `\n${lines.join('\n')}`;
  }
  yield '\n';
}
