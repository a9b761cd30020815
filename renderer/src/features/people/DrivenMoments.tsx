import { useState } from 'react';
import { Link } from 'wouter';
import { isLeftOut } from '@shared/domain/left-out-pattern';
import { AREA_LABELS, INVOLVEMENT_LABELS } from '@shared/domain/strategy-moment';
import type { Person } from '@shared/domain/types';
import { useMomentsDrivenBy } from '@renderer/hooks/use-strategy-moments';

/** How many of the newest moments are drawn before "Show all". */
const FIRST_SHOWN = 10;

/**
 * The strategic decisions this person drove, newest first, and how involved I was in each: a peer whose
 * decisions keep reaching me afterwards is one to talk to before the next one is drafted.
 */
export function DrivenMoments({ person }: { person: Person }) {
  const moments = useMomentsDrivenBy(person.id);
  // A CEO may drive hundreds over the years: the newest are drawn, the rest when asked for.
  const [showAll, setShowAll] = useState(false);
  if (!moments) return null;
  const leftOut = moments.filter(isLeftOut).length;
  const shown = showAll ? moments : moments.slice(0, FIRST_SHOWN);

  return (
    <section aria-labelledby="driven-moments-heading">
      <h2 id="driven-moments-heading">Strategy moments they drove</h2>
      {moments.length === 0 ? (
        <p className="subtle">No strategy moments recorded as driven by {person.name}.</p>
      ) : (
        <>
          <p>
            You were informed or blindsided in {leftOut} of {moments.length}.
          </p>
          <ul className="driven-moments" aria-label={`Strategy moments ${person.name} drove`}>
            {shown.map((moment) => (
              <li key={moment.id}>
                <time dateTime={moment.occurredOn}>{moment.occurredOn}</time>{' '}
                <Link href={`/roadmap/${moment.id}`}>{moment.title}</Link>{' '}
                <span className="subtle">{AREA_LABELS[moment.area]}</span>{' '}
                <span className={isLeftOut(moment) ? 'involvement involvement-left-out' : 'involvement'}>
                  {INVOLVEMENT_LABELS[moment.involvement]}
                </span>
              </li>
            ))}
          </ul>
          {shown.length < moments.length && (
            <button type="button" onClick={() => setShowAll(true)}>
              Show all {moments.length}
            </button>
          )}
        </>
      )}
    </section>
  );
}
