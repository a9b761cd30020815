import { Link, useLocation } from 'wouter';
import { useUiStore } from '@renderer/state/ui-store';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { CommitmentList } from '@renderer/features/commitments/CommitmentList';
import { useConversationCommitments } from '@renderer/hooks/use-commitments';
import { ConversationForm } from './ConversationForm';
import { conversationToForm } from './conversation-form-state';
import { useConversation } from '@renderer/hooks/use-conversations';

export function EditConversationScreen({ id }: { id: string }) {
  const conversation = useConversation(id);
  const commitments = useConversationCommitments(id);
  const [, navigate] = useLocation();
  const showNotice = useUiStore((state) => state.showNotice);

  if (conversation === undefined) return null;
  if (conversation === null) {
    return (
      <section className="screen">
        <ScreenHeading>Conversation not found</ScreenHeading>
        <p>
          It may have been deleted. <Link href="/log">Back to the log</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="screen">
      <p>
        <Link href="/log">← Log</Link>
      </p>
      <ScreenHeading>Edit conversation</ScreenHeading>
      {commitments && commitments.length > 0 && (
        <section aria-labelledby="made-here-heading">
          <h2 id="made-here-heading">Commitments made in this conversation</h2>
          <CommitmentList label="Commitments made in this conversation" commitments={commitments} emptyText="" />
        </section>
      )}
      <ConversationForm
        // ConversationForm reads `initial` once, so live updates of the record never reset typing.
        initial={conversationToForm(conversation)}
        conversationId={id}
        draftKey={`conversation:${id}`}
        onCancel={() => navigate('/log')}
        onSaved={() => {
          showNotice({ message: 'Conversation saved.', tone: 'info' });
          navigate('/log');
        }}
      />
    </section>
  );
}
