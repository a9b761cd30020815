import { Link } from 'wouter';
import { ATTENTION_EXPLANATION } from '@shared/domain/alliance';
import { CADENCE_LABELS, describeDaysSince } from '@renderer/features/people/cadence-words';
import { useAttentionList } from '@renderer/features/people/use-relationships';

const SHOWN = 5;

/** The five people who most need a conversation, by influence and relationship health. */
export function AttentionList() {
  const attention = useAttentionList();
  if (!attention) return null;
  const top = attention.entries.slice(0, SHOWN);
  return (
    <section className="card" aria-labelledby="attention-heading">
      <h2 id="attention-heading">Who needs you</h2>
      {top.length === 0 ? (
        <p className="subtle">
          Add the executives your roadmap depends on in <Link href="/people">People</Link>, and they will show here when
          a conversation is due.
        </p>
      ) : (
        <ol className="attention-list">
          {top.map(({ personId, status }) => {
            const person = attention.people.get(personId);
            if (!person) return null;
            return (
              <li key={personId}>
                <Link href={`/people/${personId}`}>{person.name}</Link>{' '}
                <span className={`status status-${status.cadence.status}`}>
                  {CADENCE_LABELS[status.cadence.status]}
                </span>{' '}
                <span className="subtle">
                  health {status.health.score} · last talked {describeDaysSince(status.daysSince).toLowerCase()}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <details>
        <summary>How is this ordered?</summary>
        <p>{ATTENTION_EXPLANATION}</p>
      </details>
    </section>
  );
}
