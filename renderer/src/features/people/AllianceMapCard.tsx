import { describeCadence } from '@shared/domain/alliance-map';
import { STANCE_LABELS } from '@shared/domain/labels';
import type { PersonStatus } from '@shared/domain/relationships';
import type { Person } from '@shared/domain/types';
import { describeDaysSince } from './cadence-words';

export type CardPlacement = {
  /** The dot's centre as a share of the map's width and height, 0–100. */
  leftPercent: number;
  topPercent: number;
  /** Open towards the left when the dot is in the right half, so the card stays on the map. */
  side: 'left' | 'right';
  vertical: 'down' | 'middle' | 'up';
};

function sentenceCase(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/**
 * What hovering or focusing a dot shows: the person and where the relationship stands. The last two
 * facts are the ones the dot's accessible name leaves out, so the dot points at them as its description
 * (`detailsIds`) and a screen reader hears them too.
 */
export function AllianceMapCard({
  detailsIds,
  person,
  status,
  conversations,
  placement,
}: {
  detailsIds: readonly [string, string];
  person: Person;
  status: PersonStatus;
  conversations: number;
  placement: CardPlacement;
}) {
  const { cadence, daysSince, health } = status;
  return (
    <div
      className={`map-card map-card-${placement.side} map-card-${placement.vertical}`}
      style={{ left: `${placement.leftPercent}%`, top: `${placement.topPercent}%` }}
    >
      <p className="map-card-name">{person.name}</p>
      {person.title && <p className="subtle">{person.title}</p>}
      <dl>
        <div>
          <dt>Stance</dt>
          <dd>
            {STANCE_LABELS[person.stance]} now → {STANCE_LABELS[person.desiredStance]} desired
          </dd>
        </div>
        <div>
          <dt>Influence</dt>
          <dd>{person.influence} of 5</dd>
        </div>
        <div>
          <dt>Cadence</dt>
          <dd>
            <span className={`status status-${cadence.status}`}>
              {sentenceCase(describeCadence(cadence.status, daysSince, cadence.cadenceDays))}
            </span>{' '}
            <span className="subtle">(every {cadence.cadenceDays} days)</span>
          </dd>
        </div>
        <div>
          <dt>Health</dt>
          <dd>{health.score}/100</dd>
        </div>
        <div id={detailsIds[0]}>
          <dt>Last talked</dt>
          <dd>{describeDaysSince(daysSince)}</dd>
        </div>
        <div id={detailsIds[1]}>
          <dt>Last 90 days</dt>
          <dd>
            {conversations} conversation{conversations === 1 ? '' : 's'}
          </dd>
        </div>
      </dl>
    </div>
  );
}
