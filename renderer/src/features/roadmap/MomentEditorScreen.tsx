import { Link, useLocation } from 'wouter';
import { localDateOf } from '@shared/domain/dates';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import {
  deleteStrategyMoment,
  restoreStrategyMoment,
  saveStrategyMoment,
} from '@renderer/db/strategy-moments-repository';
import { describeWriteError } from '@renderer/db/write-errors';
import { useConversation } from '@renderer/hooks/use-conversations';
import { useStrategyMoment } from '@renderer/hooks/use-strategy-moments';
import { useUiStore } from '@renderer/state/ui-store';
import { MomentForm } from './MomentForm';
import { emptyMomentForm, toMomentForm, type MomentFormState } from './moment-form-state';

export const NEW_MOMENT_DRAFT = 'moment:new';

function NewMoment({ initial, draftKey }: { initial: MomentFormState; draftKey: string }) {
  const [, navigate] = useLocation();
  const showNotice = useUiStore((state) => state.showNotice);
  return (
    <section className="screen">
      <ScreenHeading>Record a strategy moment</ScreenHeading>
      <p className="subtle">A decision that mattered, and where you stood when it was made.</p>
      <MomentForm
        initial={initial}
        draftKey={draftKey}
        submitLabel="Save strategy moment"
        onCancel={() => navigate('/roadmap')}
        onSubmit={async (input) => {
          await saveStrategyMoment(input);
          showNotice({ message: 'Strategy moment saved.', tone: 'info' });
          navigate('/roadmap');
        }}
      />
    </section>
  );
}

export function NewMomentScreen() {
  return <NewMoment initial={emptyMomentForm(localDateOf(new Date()))} draftKey={NEW_MOMENT_DRAFT} />;
}

/** A moment learned of in a conversation: its day, its people and the link to it are filled in. */
export function NewMomentFromConversationScreen({ conversationId }: { conversationId: string }) {
  const conversation = useConversation(conversationId);
  if (conversation === undefined) return null;
  const initial =
    conversation === null
      ? emptyMomentForm(localDateOf(new Date()))
      : emptyMomentForm(localDateOf(conversation.occurredAt), {
          drivenBy: conversation.personIds,
          conversationId: conversation.id,
        });
  return <NewMoment key={conversationId} initial={initial} draftKey={`moment:from:${conversationId}`} />;
}

export function EditMomentScreen({ id }: { id: string }) {
  const [, navigate] = useLocation();
  const moment = useStrategyMoment(id);
  const showNotice = useUiStore((state) => state.showNotice);
  if (moment === undefined) return null;
  if (moment === null) {
    return (
      <section className="screen">
        <ScreenHeading>Strategy moment not found</ScreenHeading>
        <p>
          It may have been deleted. <Link href="/roadmap">Back to the roadmap room</Link>
        </p>
      </section>
    );
  }

  async function remove() {
    try {
      const deleted = await deleteStrategyMoment(id);
      navigate('/roadmap');
      showNotice({
        message: `“${deleted.title}” deleted.`,
        tone: 'info',
        undo: () => restoreStrategyMoment(deleted),
      });
    } catch (error) {
      showNotice({ message: describeWriteError(error), tone: 'error' });
    }
  }

  return (
    <section className="screen">
      <ScreenHeading>Edit strategy moment</ScreenHeading>
      <MomentForm
        key={id}
        initial={toMomentForm(moment)}
        draftKey={`moment:${id}`}
        submitLabel="Save changes"
        onCancel={() => navigate('/roadmap')}
        onSubmit={async (input) => {
          await saveStrategyMoment(input, id);
          showNotice({ message: 'Changes saved.', tone: 'info' });
          navigate('/roadmap');
        }}
      />
      <p>
        <button type="button" className="danger" onClick={() => void remove()}>
          Delete this strategy moment
        </button>
      </p>
    </section>
  );
}
