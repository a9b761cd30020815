import { STANCE_LABELS } from '@shared/domain/labels';
import { localDateOf } from '@shared/domain/dates';
import { useStanceHistory } from '@renderer/hooks/use-people';

/** Every recorded stance, newest first, so drift is visible. */
export function StanceHistory({ personId }: { personId: string }) {
  const history = useStanceHistory(personId);
  if (!history) return null;
  return (
    <section aria-labelledby="stance-history-heading">
      <h2 id="stance-history-heading">Stance history</h2>
      <ol className="stance-history" reversed>
        {[...history].reverse().map((change) => (
          <li key={change.id}>
            <time dateTime={change.changedAt}>{localDateOf(change.changedAt)}</time>{' '}
            {change.from === null
              ? `first noted as ${STANCE_LABELS[change.to]}`
              : `${STANCE_LABELS[change.from]} → ${STANCE_LABELS[change.to]}`}
          </li>
        ))}
      </ol>
    </section>
  );
}
