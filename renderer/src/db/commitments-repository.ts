import { localDateOf } from '@shared/domain/dates';
import type { OpenCommitmentSummary } from '@shared/domain/commitment-summary';
import type { Commitment, CommitmentDirection } from '@shared/domain/types';
import { nextUpdatedAt } from './records';
import {
  countDoneCommitmentsForPerson,
  readCommitment,
  readCommitmentsForConversation,
  readCommitmentsForPerson,
  readOpenCommitments,
  readOpenCommitmentSummaries,
  readSoonestOpenCommitments,
} from './tables/other-tables';
import { basedOn, put, transact } from './tables/write';

/**
 * Every open commitment, both ways, through the `open` index: years of them, so only the screens that
 * show them all read them (the commitments screen, the brief), never start.
 */
export function listOpenCommitments(): Promise<Commitment[]> {
  return readOpenCommitments();
}

/** The first `limit` open commitments one way, overdue and soonest due first: what Today shows. */
export function listSoonestOpenCommitments(direction: CommitmentDirection, limit: number): Promise<Commitment[]> {
  return readSoonestOpenCommitments(direction, limit);
}

/** Each person's summary of the open commitments (the due dates of what I owe them): what health needs at start. */
export function listOpenCommitmentSummaries(): Promise<OpenCommitmentSummary[]> {
  return readOpenCommitmentSummaries();
}

/** A person's open commitments, both ways: what a dossier shows before a meeting. */
export function listOpenCommitmentsForPerson(personId: string): Promise<Commitment[]> {
  return readCommitmentsForPerson(personId, true);
}

/** A person's kept promises, both ways: years of them, read only when asked for. */
export function listDoneCommitmentsForPerson(personId: string): Promise<Commitment[]> {
  return readCommitmentsForPerson(personId, false);
}

/** How many done commitments the dossier counts before it says "more than". */
export const DONE_COUNTED_UP_TO = 100;

/** How many of a person's commitments are done, up to `upTo`; `more` when there are more than that. */
export async function countDoneCommitmentsWith(
  personId: string,
  upTo = DONE_COUNTED_UP_TO,
): Promise<{ count: number; more: boolean }> {
  const counted = await countDoneCommitmentsForPerson(personId, upTo);
  return { count: Math.min(counted, upTo), more: counted > upTo };
}

export function listCommitmentsForConversation(conversationId: string): Promise<Commitment[]> {
  return readCommitmentsForConversation(conversationId);
}

/** Marks a commitment done today, or open again. */
export function setCommitmentDone(id: string, done: boolean): Promise<void> {
  return transact(async () => {
    const current = await readCommitment(id);
    if (!current) throw new Error('This commitment no longer exists.');
    const { doneOn: _previous, ...rest } = current;
    const next: Commitment = done ? { ...rest, doneOn: localDateOf(new Date()) } : rest;
    return {
      ops: [put('commitments', { ...next, updatedAt: nextUpdatedAt(current.updatedAt) })],
      preconditions: [basedOn('commitments', id, current)],
      result: undefined,
    };
  });
}
