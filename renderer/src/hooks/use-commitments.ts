import { useLiveQuery } from 'dexie-react-hooks';
import type { Commitment } from '@shared/domain/types';
import {
  listCommitmentsForConversation,
  listCommitmentsForPerson,
  listOpenCommitments,
} from '@renderer/db/commitments-repository';

export function useOpenCommitments(): Commitment[] | undefined {
  return useLiveQuery(listOpenCommitments, []);
}

export function usePersonCommitments(personId: string): Commitment[] | undefined {
  return useLiveQuery(() => listCommitmentsForPerson(personId), [personId]);
}

export function useConversationCommitments(conversationId: string): Commitment[] | undefined {
  return useLiveQuery(() => listCommitmentsForConversation(conversationId), [conversationId]);
}
