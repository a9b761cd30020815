import {
  CADENCE_EXPLANATION,
  HEALTH_EXPLANATION,
  HEALTH_WEIGHTS,
  type PersonStatus,
} from '@shared/domain/relationships';
import { CADENCE_LABELS, describeDaysSince } from './cadence-words';

const DIRECTION_LABELS = { up: 'warming', down: 'cooling', flat: 'steady', unknown: 'not enough ratings yet' } as const;

/** Days since, cadence status and health with its three components, each with how it is computed. */
export function RelationshipSummary({ status }: { status: PersonStatus }) {
  const { daysSince, cadence, warmth, health, overdueIOweCount } = status;
  return (
    <section className="relationship-summary" aria-labelledby="relationship-heading">
      <h2 id="relationship-heading">Relationship</h2>
      <dl className="stats">
        <div>
          <dt>Last talked</dt>
          <dd>{describeDaysSince(daysSince)}</dd>
        </div>
        <div>
          <dt>Cadence</dt>
          <dd>
            <span className={`status status-${cadence.status}`}>{CADENCE_LABELS[cadence.status]}</span>{' '}
            <span className="subtle">(every {cadence.cadenceDays} days)</span>
          </dd>
        </div>
        <div>
          <dt>Health</dt>
          <dd>
            <strong>{health.score}</strong>/100
          </dd>
        </div>
      </dl>
      <table className="data-table health-components">
        <caption>Health, component by component</caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Value</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Recency</th>
            <td>{Math.round(health.components.recency * 100)}%</td>
            <td>
              {health.points.recency.toFixed(1)} of {HEALTH_WEIGHTS.recency}
            </td>
          </tr>
          <tr>
            <th scope="row">Warmth</th>
            <td>
              {warmth.ewma === null
                ? 'no ratings (counts as half)'
                : `${warmth.ewma.toFixed(1)}/5, ${DIRECTION_LABELS[warmth.direction]}`}
            </td>
            <td>
              {health.points.warmth.toFixed(1)} of {HEALTH_WEIGHTS.warmth}
            </td>
          </tr>
          <tr>
            <th scope="row">Commitments</th>
            <td>{overdueIOweCount} overdue that I owe</td>
            <td>
              {health.points.commitments.toFixed(1)} of {HEALTH_WEIGHTS.commitments}
            </td>
          </tr>
        </tbody>
      </table>
      <details>
        <summary>How is this computed?</summary>
        <p>{CADENCE_EXPLANATION}</p>
        <p>{HEALTH_EXPLANATION}</p>
      </details>
    </section>
  );
}
