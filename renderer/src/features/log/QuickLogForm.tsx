import { useCallback, useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import { currentStorageFailure } from '@renderer/db/journal-repository';
import { useUiStore } from '@renderer/state/ui-store';
import { ConversationForm } from './ConversationForm';
import { emptyConversationForm } from './conversation-form-state';

export const NEW_CONVERSATION_DRAFT = 'conversation:new';

/**
 * The quick log's form, inside QuickLogDialog; its code loads on first use. Its people box takes the focus
 * as it appears, starting from what was typed in the box that stood in for it (QuickLogShell). Tab stays
 * inside the dialog, and Escape closes it.
 */
export function QuickLogForm() {
  const { personIds, typedAhead } = useUiStore((state) => state.quickLog);
  const closeQuickLog = useUiStore((state) => state.closeQuickLog);
  // Once storage has failed, nothing typed can be kept as a draft: closing without saving would lose it.
  const close = useCallback(() => {
    const loses = currentStorageFailure() !== null;
    if (
      loses &&
      !window.confirm('Upstream has stopped saving, so what you typed here cannot be kept. Close and lose it?')
    ) {
      return;
    }
    closeQuickLog();
  }, [closeQuickLog]);
  const showNotice = useUiStore((state) => state.showNotice);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const [, navigate] = useLocation();
  // A conversation where you learned of a decision goes on to a strategy moment, prefilled from it. The box
  // is read when saving; it starts unticked each time the dialog opens.
  const revealedDecision = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Escape closes the dialog wherever focus is, even if it fell to the page; the form handles
    // (and marks as handled) Escape pressed inside it.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) close();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [close]);

  return (
    <div
      ref={fieldsRef}
      onKeyDown={(event) => {
        if (event.key !== 'Tab' || !fieldsRef.current) return;
        const focusable = fieldsRef.current.querySelectorAll<HTMLElement>(
          'input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])',
        );
        const first = focusable[0];
        const last = focusable[focusable.length - 1];
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last?.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first?.focus();
        }
      }}
    >
      <ConversationForm
        initial={emptyConversationForm(new Date(), personIds)}
        draftKey={NEW_CONVERSATION_DRAFT}
        autoFocus
        typedAhead={typedAhead}
        onCancel={close}
        beforeActions={
          <label className="checkbox revealed-decision">
            <input type="checkbox" ref={revealedDecision} />
            This conversation revealed a decision: record a strategy moment next
          </label>
        }
        onSaved={(conversation, added) => {
          closeQuickLog();
          const completeThem =
            added.length === 0 ? '' : ` Added ${added.join(', ')}: complete their profile on their page.`;
          showNotice({ message: `Conversation saved.${completeThem}`, tone: 'info' });
          if (revealedDecision.current?.checked) navigate(`/roadmap/new/from/${conversation.id}`);
        }}
      />
    </div>
  );
}
