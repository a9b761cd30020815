import { useEffect } from 'react';
import { useUiStore } from '@renderer/state/ui-store';
import { describeWriteError } from '@renderer/db/write-errors';

const NOTICE_SECONDS = 8;

/** Shows the latest notice (with Undo when the action can be taken back) and hides it after a while. */
export function NoticeBar() {
  const notice = useUiStore((state) => state.notice);
  const dismiss = useUiStore((state) => state.dismissNotice);
  const showNotice = useUiStore((state) => state.showNotice);

  useEffect(() => {
    if (!notice) return undefined;
    const timer = window.setTimeout(dismiss, NOTICE_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);

  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className={`notice notice-${notice.tone}`}>
          <span>{notice.message}</span>
          {notice.undo && (
            <button
              type="button"
              onClick={() => {
                dismiss();
                Promise.resolve(notice.undo?.()).catch((error: unknown) =>
                  showNotice({ message: `Could not undo: ${describeWriteError(error)}`, tone: 'error' }),
                );
              }}
            >
              Undo
            </button>
          )}
          <button type="button" aria-label="Dismiss message" onClick={dismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
