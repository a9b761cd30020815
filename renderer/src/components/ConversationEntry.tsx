import { format } from 'date-fns';
import { Link } from 'wouter';
import { KIND_LABELS } from '@shared/domain/labels';
import type { ShownConversation } from '@shared/domain/saving';
import type { Person } from '@shared/domain/types';
import { Markdown } from '@renderer/components/Markdown';
import { useUiStore } from '@renderer/state/ui-store';
import { deleteConversation, restoreConversation } from '@renderer/db/conversations-repository';
import { describeWriteError } from '@renderer/db/write-errors';

const EXCERPT_LENGTH = 600;

/**
 * One conversation in a timeline: when, who, what kind, the notes, and Edit / Delete (with Undo). While
 * its write has not committed it says "Saving…" and offers neither.
 */
export function ConversationEntry({
  conversation,
  people,
  position,
}: {
  conversation: ShownConversation;
  people: ReadonlyMap<string, Person>;
  /** Its place in a timeline that draws only some entries (a `setSize` of -1: more may exist than are loaded). */
  position?: { inSet: number; setSize: number };
}) {
  const showNotice = useUiStore((state) => state.showNotice);
  const names = conversation.personIds.map((id) => people.get(id)?.name ?? 'Someone removed').join(', ');
  const heading = conversation.title ? `${conversation.title} — ${names}` : names;
  const notes =
    conversation.notes.length > EXCERPT_LENGTH ? `${conversation.notes.slice(0, EXCERPT_LENGTH)}…` : conversation.notes;

  async function remove() {
    try {
      const deleted = await deleteConversation(conversation.id);
      showNotice({
        message: `Conversation with ${names} deleted.`,
        tone: 'info',
        undo: () => restoreConversation(deleted),
      });
    } catch (error) {
      showNotice({ message: describeWriteError(error), tone: 'error' });
    }
  }

  return (
    <article
      className="conversation-entry"
      aria-label={heading}
      aria-busy={conversation.saving}
      aria-posinset={position?.inSet}
      aria-setsize={position?.setSize}
    >
      <header>
        <h3>
          <time dateTime={conversation.occurredAt}>{format(new Date(conversation.occurredAt), 'HH:mm')}</time> ·{' '}
          {KIND_LABELS[conversation.kind]} · {heading}
        </h3>
        {conversation.saving ? (
          <p className="subtle saving-status">Saving…</p>
        ) : (
          <div className="actions">
            <Link href={`/log/${conversation.id}`} className="button" aria-label={`Edit conversation: ${heading}`}>
              Edit
            </Link>
            <button type="button" aria-label={`Delete conversation: ${heading}`} onClick={() => void remove()}>
              Delete
            </button>
          </div>
        )}
      </header>
      {notes && <Markdown text={notes} />}
      <p className="meta subtle">
        {conversation.warmth !== undefined && <span>Warmth {conversation.warmth}/5</span>}
        {conversation.tags.map((tag) => (
          <span key={tag} className="tag">
            #{tag}
          </span>
        ))}
      </p>
    </article>
  );
}
