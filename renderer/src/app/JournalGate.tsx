import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { MarkerVerdict } from '@shared/domain/backups';
import { openJournal, type OpenOutcome } from '@renderer/db/journal-repository';
import { usePlatform } from '@renderer/platform/platform-context';

// Rarely needed, and it brings the restore code: fetched only when a journal needs recovering.
const RecoveryScreen = lazy(() => import('./RecoveryScreen').then((module) => ({ default: module.RecoveryScreen })));

/** A marker that cannot be read (no private file storage here, say) gives nothing to compare with. */
async function verdictOf(check: Promise<MarkerVerdict>): Promise<MarkerVerdict> {
  try {
    return await check;
  } catch {
    return { kind: 'consistent' };
  }
}

/**
 * Opens the journal before any screen reads it. If it cannot be opened, nothing is written and the
 * user is told why and what to do, instead of a screen that fails at its first query. If it opens but
 * holds far less than its marker says it did, the recovery screen comes first.
 */
export function JournalGate({ children }: { children: ReactNode }) {
  const { safekeeping } = usePlatform();
  const [outcome, setOutcome] = useState<OpenOutcome>();
  const [verdict, setVerdict] = useState<MarkerVerdict>();
  useEffect(() => {
    let current = true;
    // The marker check loads beside the opening journal, not in the start-up JavaScript.
    const markerCheck = import('@renderer/db/journal-marker-repository');
    void openJournal().then(async (result) => {
      const check = async () => (await markerCheck).checkAgainstMarker(safekeeping);
      const checked = result.ok ? await verdictOf(check()) : undefined;
      if (!current) return;
      setVerdict(checked);
      setOutcome(result);
    });
    return () => {
      current = false;
    };
  }, [safekeeping]);

  if (!outcome) return null;
  if (outcome.ok && verdict && verdict.kind !== 'consistent') {
    return (
      <Suspense fallback={null}>
        <RecoveryScreen verdict={verdict} onDone={() => setVerdict({ kind: 'consistent' })} />
      </Suspense>
    );
  }
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
