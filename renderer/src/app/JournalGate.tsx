import { useEffect, useState, type ReactNode } from 'react';
import { openJournal, type OpenOutcome } from '@renderer/db/journal-repository';

/**
 * Opens the journal before any screen reads it. If it cannot be opened, nothing is written and the
 * user is told why and what to do, instead of a screen that fails at its first query.
 */
export function JournalGate({ children }: { children: ReactNode }) {
  const [outcome, setOutcome] = useState<OpenOutcome>();
  useEffect(() => {
    let current = true;
    void openJournal().then((result) => {
      if (current) setOutcome(result);
    });
    return () => {
      current = false;
    };
  }, []);

  if (!outcome) return null;
  if (outcome.ok) return children;
  return (
    <main className="screen journal-unavailable" aria-labelledby="journal-unavailable-heading">
      <h1 id="journal-unavailable-heading">Your journal could not be opened</h1>
      {outcome.reason === 'newer-version' ? (
        <>
          <p role="alert">
            This journal was saved by a newer version of Upstream (storage version {outcome.foundVersion}) than this one
            (storage version {outcome.supportedVersion}).
          </p>
          <p>
            Nothing has been changed. Install the newer version of Upstream to open it; this version will not touch it.
          </p>
        </>
      ) : (
        <>
          <p role="alert">The browser's storage refused to open it ({outcome.detail}). Nothing has been changed.</p>
          <p>Close other Upstream windows, check that the disk is not full, then try again.</p>
          <button type="button" onClick={() => window.location.reload()}>
            Try again
          </button>
        </>
      )}
    </main>
  );
}
