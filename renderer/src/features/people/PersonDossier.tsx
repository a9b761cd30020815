import { useMemo, useState } from 'react';
import { personStatus } from '@shared/domain/relationships';
import type { Person } from '@shared/domain/types';
import { useUiStore } from '@renderer/state/ui-store';
import { useNow } from '@renderer/hooks/use-now';
import { CommitmentList } from '@renderer/features/commitments/CommitmentList';
import { usePersonCommitments } from '@renderer/hooks/use-commitments';
import { ConversationEntry } from '@renderer/features/log/ConversationEntry';
import { usePersonConversations } from '@renderer/hooks/use-conversations';
import { RelationshipSummary } from './RelationshipSummary';
import { WarmthChart } from './WarmthChart';
import { usePeople } from '@renderer/hooks/use-people';

const TIMELINE_PAGE = 20;

/** The parts of a person's page that come from conversations: status, commitments, timeline, warmth. */
export function PersonDossier({ person }: { person: Person }) {
  const conversations = usePersonConversations(person.id);
  const commitments = usePersonCommitments(person.id);
  const people = usePeople();
  const openQuickLog = useUiStore((state) => state.openQuickLog);
  const [shown, setShown] = useState(TIMELINE_PAGE);
  const byId = useMemo(() => new Map((people ?? []).map((p) => [p.id, p])), [people]);
  const now = useNow();
  const status = useMemo(
    () => (conversations && commitments ? personStatus(person, conversations, commitments, now) : undefined),
    [person, conversations, commitments, now],
  );
  if (!conversations || !commitments || !status) return null;
  const open = commitments.filter((c) => !c.doneOn);
  const done = commitments.filter((c) => c.doneOn);

  return (
    <>
      <p>
        <button type="button" className="primary" onClick={() => openQuickLog([person.id])}>
          Log a conversation with {person.name}
        </button>
      </p>
      <RelationshipSummary status={status} />
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">Commitments</h2>
        <CommitmentList
          label={`Open commitments with ${person.name}`}
          commitments={open}
          emptyText="Nothing open either way."
        />
        {done.length > 0 && (
          <details>
            <summary>Done ({done.length})</summary>
            <CommitmentList label={`Done commitments with ${person.name}`} commitments={done} emptyText="" />
          </details>
        )}
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Conversations ({conversations.length})</h2>
        {conversations.length === 0 ? (
          <p className="subtle">No conversations logged with {person.name} yet.</p>
        ) : (
          conversations
            .slice(0, shown)
            .map((conversation) => (
              <ConversationEntry key={conversation.id} conversation={conversation} people={byId} />
            ))
        )}
        {conversations.length > shown && (
          <button type="button" onClick={() => setShown((current) => current + TIMELINE_PAGE)}>
            Show older conversations
          </button>
        )}
      </section>
      <WarmthChart personId={person.id} conversations={conversations} />
    </>
  );
}
