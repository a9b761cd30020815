import { Link } from 'wouter';
import { isLeftOut } from '@shared/domain/left-out-pattern';
import { AREA_LABELS, INVOLVEMENT_LABELS } from '@shared/domain/strategy-moment';
import type { Person } from '@shared/domain/types';
import { useMomentsDrivenBy } from '@renderer/hooks/use-strategy-moments';

/**
 * The strategic decisions this person drove, newest first, and how involved I was in each: a peer whose
 * decisions keep reaching me afterwards is one to talk to before the next one is drafted.
 */
export function DrivenMoments({ person }: { person: Person }) {
  const moments = useMomentsDrivenBy(person.id);
  if (!moments) return null;
  const leftOut = moments.filter(isLeftOut).length;

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
            {moments.map((moment) => (
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
        </>
      )}
    </section>
  );
}
