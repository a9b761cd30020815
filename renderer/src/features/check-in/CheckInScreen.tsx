import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { compareIsoWeeks, isIsoWeek, isoWeekOf } from '@shared/domain/iso-week';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { useNow } from '@renderer/hooks/use-now';

// The check-in page (form, results, charts) loads on first visit, keeping it out of the start-up bundle
// (SPEC §9: initial JavaScript under 150 KB gzip).
const CheckInWeekPage = lazy(() => import('./CheckInWeekPage').then((module) => ({ default: module.CheckInWeekPage })));

/** The current ISO week's check-in (`/check-in`). */
export function CheckInScreen() {
  const week = isoWeekOf(useNow());
  return (
    <Suspense fallback={null}>
      {/* A new week starting while the screen is open gives a fresh page for it. */}
      <CheckInWeekPage key={week} week={week} currentWeek={week} />
    </Suspense>
  );
}

/** A given week's check-in (`/check-in/2026-W47`), to view or edit a past week. */
export function CheckInWeekScreen({ week }: { week: string }) {
  const currentWeek = isoWeekOf(useNow());
  if (!isIsoWeek(week) || compareIsoWeeks(week, currentWeek) > 0) {
    return (
      <section className="screen">
        <ScreenHeading>No check-in for this week</ScreenHeading>
        <p>
          {isIsoWeek(week) ? `${week} has not started yet.` : `“${week}” is not a week like ${currentWeek}.`}{' '}
          <Link href="/check-in">Go to this week’s check-in</Link>
        </p>
      </section>
    );
  }
  return (
    <Suspense fallback={null}>
      <CheckInWeekPage key={week} week={week} currentWeek={currentWeek} />
    </Suspense>
  );
}
