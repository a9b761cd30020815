import { useLiveQuery } from 'dexie-react-hooks';
import type { Commitment, CommitmentDirection } from '@shared/domain/types';
import {
  countDoneCommitmentsWith,
  listCommitmentsForConversation,
  listDoneCommitmentsForPerson,
  listOpenCommitments,
  listOpenCommitmentsForPerson,
  listSoonestOpenCommitments,
} from '@renderer/db/commitments-repository';

/** Every open commitment: for the screens that list them all, not for start. */
export function useOpenCommitments(): Commitment[] | undefined {
  return useLiveQuery(listOpenCommitments, []);
}

/** The first `limit` open commitments one way, overdue and soonest due first. */
export function useSoonestOpenCommitments(direction: CommitmentDirection, limit: number): Commitment[] | undefined {
  return useLiveQuery(() => listSoonestOpenCommitments(direction, limit), [direction, limit]);
}

/** A person's open commitments, and how many are done (the done ones themselves only when `withDone`). */
export function usePersonCommitments(
  personId: string,
  withDone: boolean,
): { open: Commitment[]; doneCount: { count: number; more: boolean }; done: Commitment[] | undefined } | undefined {
  return useLiveQuery(async () => {
    const [open, doneCount, done] = await Promise.all([
      listOpenCommitmentsForPerson(personId),
      countDoneCommitmentsWith(personId),
      withDone ? listDoneCommitmentsForPerson(personId) : undefined,
    ]);
    return { open, doneCount, done };
  }, [personId, withDone]);
}

export function useConversationCommitments(conversationId: string): Commitment[] | undefined {
  return useLiveQuery(() => listCommitmentsForConversation(conversationId), [conversationId]);
}
