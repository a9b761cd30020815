import type { Commitment } from '@shared/domain/types';
import { localDateOf } from '@shared/domain/dates';
import { db, type CommitmentRow } from './database';
import { nowIso } from './records';

function toCommitment({ open: _open, ...commitment }: CommitmentRow): Commitment {
  return commitment;
}

export function toCommitmentRow(commitment: Commitment): CommitmentRow {
  return { ...commitment, open: commitment.doneOn ? 0 : 1 };
}

/** Every open commitment, both ways: a bounded read through the `open` index. */
export async function listOpenCommitments(): Promise<Commitment[]> {
  return (await db.commitments.where('open').equals(1).toArray()).map(toCommitment);
}

export async function listCommitmentsForPerson(personId: string): Promise<Commitment[]> {
  return (await db.commitments.where('personId').equals(personId).toArray()).map(toCommitment);
}

export async function listCommitmentsForConversation(conversationId: string): Promise<Commitment[]> {
  return (await db.commitments.where('conversationId').equals(conversationId).toArray()).map(toCommitment);
}

/** Marks a commitment done today, or open again. */
export async function setCommitmentDone(id: string, done: boolean): Promise<void> {
  await db.transaction('rw', db.commitments, async () => {
    const row = await db.commitments.get(id);
    if (!row) throw new Error('This commitment no longer exists.');
    const { doneOn: _previous, ...rest } = toCommitment(row);
    const next: Commitment = done ? { ...rest, doneOn: localDateOf(new Date()) } : rest;
    await db.commitments.put(toCommitmentRow({ ...next, updatedAt: nowIso() }));
  });
}
