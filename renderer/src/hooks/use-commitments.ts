import { useLiveQuery } from 'dexie-react-hooks';
import type { Commitment } from '@shared/domain/types';
import {
  countDoneCommitmentsWith,
  listCommitmentsForConversation,
  listDoneCommitmentsForPerson,
  listOpenCommitments,
  listOpenCommitmentsForPerson,
} from '@renderer/db/commitments-repository';

export function useOpenCommitments(): Commitment[] | undefined {
  return useLiveQuery(listOpenCommitments, []);
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
