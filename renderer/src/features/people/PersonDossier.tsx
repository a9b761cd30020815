import { useState } from 'react';
import type { Person } from '@shared/domain/types';
import { useUiStore } from '@renderer/state/ui-store';
import { CommitmentList } from '@renderer/features/commitments/CommitmentList';
import { usePersonCommitments } from '@renderer/hooks/use-commitments';
import { ConversationEntry } from '@renderer/components/ConversationEntry';
import { usePersonConversationCount, usePersonConversations } from '@renderer/hooks/use-conversations';
import { useRelationships } from './relationships-context';
import { RelationshipSummary } from './RelationshipSummary';
import { WarmthChart } from './WarmthChart';

const TIMELINE_PAGE = 20;

/** Before a meeting: the button to log it, and the open commitments both ways (done ones when asked for). */
export function PersonCommitments({ person }: { person: Person }) {
  const [showDone, setShowDone] = useState(false);
  // Years of kept promises are thousands of rows: they are only read and drawn when asked for.
  const commitments = usePersonCommitments(person.id, showDone);
  const openQuickLog = useUiStore((state) => state.openQuickLog);
  if (!commitments) return null;
  const { open, doneCount, done } = commitments;
  return (
    <>
      <p>
        <button type="button" className="primary" onClick={() => openQuickLog([person.id])}>
          Log a conversation with {person.name}
        </button>
      </p>
      <section aria-labelledby="commitments-heading">
        <h2 id="commitments-heading">Commitments</h2>
        <CommitmentList
          label={`Open commitments with ${person.name}`}
          commitments={open}
          emptyText="Nothing open either way."
        />
        {doneCount.count > 0 && (
          <details open={showDone} onToggle={(event) => setShowDone(event.currentTarget.open)}>
            <summary>
              Done ({doneCount.count}
              {doneCount.more ? '+' : ''})
            </summary>
            {showDone && done && (
              <CommitmentList label={`Done commitments with ${person.name}`} commitments={done} emptyText="" />
            )}
          </details>
        )}
      </section>
    </>
  );
}

/** After the preparation: relationship health, the conversations a page at a time, and the warmth chart. */
export function PersonHistory({ person }: { person: Person }) {
  const [shown, setShown] = useState(TIMELINE_PAGE);
  // Newest first, a page at a time: the dossier never reads a person's whole history.
  const conversations = usePersonConversations(person.id, shown);
  const total = usePersonConversationCount(person.id);
  // Everyone from the reads the app keeps open, so the entries are drawn once, with the names of all who took part.
  const relationships = useRelationships();
  // The same numbers as the People list and Today: one function over one input (the activity summary).
  const status = relationships?.statuses.get(person.id);
  if (!conversations || !relationships || !status) return null;
  // Until the count is in, a full page means there may be more.
  const more = total === undefined ? conversations.length === shown : total > conversations.length;

  return (
    <>
      <RelationshipSummary status={status} />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Conversations{total === undefined ? '' : ` (${total})`}</h2>
        {conversations.length === 0 ? (
          <p className="subtle">No conversations logged with {person.name} yet.</p>
        ) : (
          conversations.map((conversation) => (
            <ConversationEntry key={conversation.id} conversation={conversation} people={relationships.peopleById} />
          ))
        )}
        {more && (
          <button type="button" onClick={() => setShown((current) => current + TIMELINE_PAGE)}>
            Show older conversations
          </button>
        )}
      </section>
      <WarmthChart personId={person.id} />
    </>
  );
}
