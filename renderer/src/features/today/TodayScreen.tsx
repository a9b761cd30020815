import { lazy, Suspense, useMemo } from 'react';
import type { Person } from '@shared/domain/types';
import { Link } from 'wouter';
import { useUiStore } from '@renderer/state/ui-store';
import { ErrorBoundary } from '@renderer/components/ErrorBoundary';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { CheckInDueCard } from '@renderer/features/check-in/CheckInDueCard';
import { CommitmentList, FIRST_SHOWN } from '@renderer/features/commitments/CommitmentList';
import { useRelationships } from '@renderer/features/people/relationships-context';
import { useSoonestOpenCommitments } from '@renderer/hooks/use-commitments';
import { useStrategyMomentsBetween } from '@renderer/hooks/use-strategy-moments';
import { useTodayMomentsWindow } from './use-roadmap-today';
import { AllianceBreadthCard } from './AllianceBreadthCard';
import { AttentionList } from './AttentionList';
import { TodayWarnings } from './TodayWarnings';

// The chart cards come after what needs acting on, and load just after it: they stay out of the start-up
// JavaScript (SPEC §9).
const UpstreamScoreCard = lazy(() => import('./UpstreamScoreCard').then((m) => ({ default: m.UpstreamScoreCard })));
const WellbeingTrendsCard = lazy(() =>
  import('./WellbeingTrendsCard').then((m) => ({ default: m.WellbeingTrendsCard })),
);

/** How many open commitments Today lists each way, as many as a list shows at first; the commitments screen has the rest. */
const COMMITMENTS_SHOWN = FIRST_SHOWN;

/** "What needs me now?" at a glance. */
export function TodayScreen() {
  const openQuickLog = useUiStore((state) => state.openQuickLog);
  // The people come with the relationship numbers: read once for the whole app.
  const relationships = useRelationships();
  // The soonest-due few each way, through an index: years of open promises are the commitments screen's.
  const iOwe = useSoonestOpenCommitments('i-owe', COMMITMENTS_SHOWN);
  const theyOwe = useSoonestOpenCommitments('they-owe', COMMITMENTS_SHOWN);
  // Read once for the roadmap warnings and the upstream card: only the quarters and days they look at.
  const shown = useTodayMomentsWindow();
  const moments = useStrategyMomentsBetween(shown.from, shown.to);
  const byId = useMemo(() => relationships?.peopleById ?? new Map<string, Person>(), [relationships]);

  return (
    <section className="screen">
      <div className="screen-header">
        <ScreenHeading>Today</ScreenHeading>
        <button type="button" className="primary" onClick={() => openQuickLog()}>
          Quick log
        </button>
      </div>
      <div className="today-grid">
        <ErrorBoundary what="The check-in card">
          <CheckInDueCard />
        </ErrorBoundary>
        <ErrorBoundary what="The warnings">
          <TodayWarnings moments={moments} />
        </ErrorBoundary>
        <ErrorBoundary what="The attention list">
          <AttentionList />
        </ErrorBoundary>
        <section className="card" aria-labelledby="today-commitments-heading">
          <h2 id="today-commitments-heading">Open commitments</h2>
          <h3>I owe</h3>
          <CommitmentList label="I owe" commitments={iOwe ?? []} people={byId} emptyText="Nothing you owe anyone." />
          <h3>They owe</h3>
          <CommitmentList
            label="They owe"
            commitments={theyOwe ?? []}
            people={byId}
            emptyText="No one owes you anything."
          />
          <p>
            <Link href="/commitments">All open commitments</Link>
          </p>
        </section>
        <ErrorBoundary what="Alliance breadth">
          <AllianceBreadthCard />
        </ErrorBoundary>
        <ErrorBoundary what="The upstream score">
          <Suspense fallback={null}>
            <UpstreamScoreCard moments={moments} />
          </Suspense>
        </ErrorBoundary>
        <ErrorBoundary what="The wellbeing trends">
          <Suspense fallback={null}>
            <WellbeingTrendsCard />
          </Suspense>
        </ErrorBoundary>
      </div>
    </section>
  );
}
