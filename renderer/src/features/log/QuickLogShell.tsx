import { useId } from 'react';
import { useUiStore } from '@renderer/state/ui-store';

/**
 * Stands in for the quick log's people box while the form's code loads (up to a second on a slow machine),
 * so that nothing typed right after Ctrl/Cmd+L is lost: the people picker starts from what was typed here.
 * It looks like the picker and has its label. It is in the start-up bundle, so it stays this small.
 */
export function QuickLogShell() {
  const id = useId();
  const text = useUiStore((state) => state.quickLog.typedAhead.text);
  const typeAhead = useUiStore((state) => state.typeAhead);
  const closeQuickLog = useUiStore((state) => state.closeQuickLog);
  return (
    <div className="field people-picker">
      <label htmlFor={id}>People</label>
      <input
        id={id}
        autoFocus
        autoComplete="off"
        placeholder="Type a name"
        value={text}
        onChange={(event) => typeAhead({ text: event.target.value })}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            // Closes without the question the form asks once storage has failed: that question is about the
            // draft, and a name half typed is never part of one, here or in the picker.
            closeQuickLog();
          } else if (event.key === 'Tab') {
            // The only field so far: focus stays in the dialog, as the form keeps it there.
            event.preventDefault();
          } else if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !event.nativeEvent.isComposing) {
            // Kept for the picker, which takes it as an Enter pressed while its people list loads: it picks the
            // best match once the list is there, so it never adds a duplicate of someone who exists. Ignoring it
            // would lose a key the user pressed; acting on it here, with no list, could only guess. Ctrl/Cmd+Enter
            // (save) waits for the form; an input method's Enter confirms its characters.
            event.preventDefault();
            typeAhead({ enter: true });
          }
        }}
      />
    </div>
  );
}
