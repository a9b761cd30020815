import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'wouter';
import {
  allianceMapWindow,
  healthBand,
  layoutAllianceMap,
  mapPersonName,
  nearestInDirection,
  type MapDirection,
  type MapGeometry,
  type MapLayout,
  type MapPoint,
} from '@shared/domain/alliance-map';
import { STANCE_LABELS } from '@shared/domain/labels';
import type { PersonStatus } from '@shared/domain/relationships';
import { STANCES, type Person } from '@shared/domain/types';
import { useConversationCountsBetween } from '@renderer/hooks/use-conversations';
import { useNow } from '@renderer/hooks/use-now';
import { AllianceMapCard, type CardPlacement } from './AllianceMapCard';
import { AllianceMapLegend } from './AllianceMapLegend';
import { DesireArrow, DesireHint } from './AllianceMapMarks';

// SVG units. The map scales to the width of the screen; these are its proportions and text sizes.
const GEOMETRY: MapGeometry = {
  columnWidth: 160,
  minRowHeight: 84,
  maxRowHeight: 220,
  minRadius: 6,
  maxRadius: 15,
  slotWidth: 52,
  labelHeight: 14,
  labelCharWidth: 6.4,
  gap: 3,
};
/** Room around the plot for the axes' labels. */
const MARGIN = { top: 8, right: 12, bottom: 50, left: 58 };

const KEY_DIRECTIONS: Partial<Record<string, MapDirection>> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Gridlines, the stance names under the columns and the influence levels beside the rows. */
function Axes({ layout }: { layout: MapLayout }) {
  const { columnWidth } = GEOMETRY;
  const { width, height, rows } = layout;
  return (
    <g className="map-axes" aria-hidden="true">
      <rect className="map-plot" x={0} y={0} width={width} height={height} />
      {STANCES.slice(1).map((stance, index) => (
        <line
          key={stance}
          className="map-gridline"
          x1={(index + 1) * columnWidth}
          y1={0}
          x2={(index + 1) * columnWidth}
          y2={height}
        />
      ))}
      {rows.slice(1).map((row) => (
        <line key={row.influence} className="map-gridline" x1={0} y1={row.top} x2={width} y2={row.top} />
      ))}
      {STANCES.map((stance, index) => (
        <text key={stance} className="map-tick" x={(index + 0.5) * columnWidth} y={height + 18} textAnchor="middle">
          {STANCE_LABELS[stance]}
        </text>
      ))}
      <text className="map-axis-title" x={width / 2} y={height + 40} textAnchor="middle">
        Stance toward my agenda →
      </text>
      {rows.map((row) => (
        <text key={row.influence} className="map-tick" x={-12} y={row.top + row.height / 2 + 4} textAnchor="end">
          {row.influence}
        </text>
      ))}
      <text className="map-axis-title" transform={`translate(${-40} ${height / 2}) rotate(-90)`} textAnchor="middle">
        Influence →
      </text>
    </g>
  );
}

/**
 * The alliance map (SPEC §5 People): each person a dot at their stance (x) and influence (y), sized by
 * conversations in the last 90 days, coloured by relationship health, with an arrow to the stance I
 * want them at. One tab stop: Tab enters at the last person focused (the top left at first), the arrow
 * keys move to the nearest person that way, Home and End to the first and last, Enter opens the
 * dossier. Hovering or focusing a dot shows a card; Escape hides it.
 */
export function AllianceMap({
  people,
  statuses,
}: {
  /** The people to draw, already filtered; archived people are the caller's to leave out. */
  people: readonly Person[];
  statuses: ReadonlyMap<string, PersonStatus>;
}) {
  const [, navigate] = useLocation();
  const counted = allianceMapWindow(useNow());
  const personIds = useMemo(() => people.map((person) => person.id), [people]);
  const counts = useConversationCountsBetween(personIds, counted.from, counted.to);
  const layout = useMemo(
    () =>
      layoutAllianceMap(
        people.map((person) => ({
          id: person.id,
          name: person.name,
          stance: person.stance,
          desiredStance: person.desiredStance,
          influence: person.influence,
          conversations: counts?.get(person.id) ?? 0,
        })),
        GEOMETRY,
      ),
    [people, counts],
  );
  const byId = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);

  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [cardDismissed, setCardDismissed] = useState(false);
  // Inside the SVG these are SVG `a` elements; React types every `a` as HTML, and both can take focus.
  const dots = useRef(new Map<string, HTMLOrSVGElement>());
  const hintId = useId();
  const lastTalkedId = useId();
  const recentId = useId();

  // The one dot in the tab order: the last one focused while it is still on the map, else the first.
  const tabStop = layout.points.some((point) => point.id === activeId) ? activeId : (layout.points[0]?.id ?? null);
  const cardId = hoveredId ?? (cardDismissed ? null : focusedId);
  const viewWidth = MARGIN.left + layout.width + MARGIN.right;
  const viewHeight = MARGIN.top + layout.height + MARGIN.bottom;

  const open = (id: string) => navigate(`/people/${id}`);
  const moveTo = (id: string | null) => {
    if (id === null) return;
    setActiveId(id);
    dots.current.get(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (tabStop === null || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = KEY_DIRECTIONS[event.key];
    if (direction) moveTo(nearestInDirection(layout.points, tabStop, direction));
    else if (event.key === 'Home') moveTo(layout.points[0]?.id ?? null);
    else if (event.key === 'End') moveTo(layout.points.at(-1)?.id ?? null);
    else if (event.key === 'Enter') open(tabStop);
    else if (event.key === 'Escape') {
      setHoveredId(null);
      setCardDismissed(true);
    } else return;
    // The keys are the map's: the page must not scroll, nor the link follow its href as well.
    event.preventDefault();
  };

  const placementOf = (point: MapPoint): CardPlacement => ({
    leftPercent: ((MARGIN.left + point.x) / viewWidth) * 100,
    topPercent: ((MARGIN.top + point.y) / viewHeight) * 100,
    side: point.x > layout.width / 2 ? 'left' : 'right',
    // Near the top the card hangs down from the dot, near the bottom it rises, so it stays on the map.
    vertical: point.y < layout.height / 3 ? 'down' : point.y > (2 * layout.height) / 3 ? 'up' : 'middle',
  });
  const cardPoint = layout.points.find((point) => point.id === cardId);
  const cardPerson = cardId === null ? undefined : byId.get(cardId);
  const cardStatus = cardId === null ? undefined : statuses.get(cardId);

  return (
    <div className="alliance-map">
      <p id={hintId} className="subtle map-hint">
        Arrow keys move between people, Enter opens their page.
      </p>
      <div className="map-frame" onMouseLeave={() => setHoveredId(null)}>
        <svg
          role="group"
          aria-label="Alliance map"
          aria-describedby={hintId}
          viewBox={`0 0 ${viewWidth} ${viewHeight}`}
          onKeyDown={onKeyDown}
        >
          <g transform={`translate(${MARGIN.left} ${MARGIN.top})`}>
            <Axes layout={layout} />
            <g aria-hidden="true">
              {layout.points.map((point) =>
                point.desiredX === null || point.id === cardId ? null : (
                  <DesireHint key={point.id} x={point.x} desiredX={point.desiredX} y={point.y} radius={point.radius} />
                ),
              )}
            </g>
            {layout.points.map((point) => {
              const person = byId.get(point.id);
              const status = statuses.get(point.id);
              if (!person || !status) return null;
              const showsCard = point.id === cardId && point.id === focusedId;
              return (
                <a
                  key={point.id}
                  href={`#/people/${point.id}`}
                  className={point.id === cardId ? 'map-person is-highlighted' : 'map-person'}
                  tabIndex={point.id === tabStop ? 0 : -1}
                  aria-label={mapPersonName({
                    name: person.name,
                    title: person.title,
                    stance: person.stance,
                    desiredStance: person.desiredStance,
                    influence: person.influence,
                    cadence: status.cadence.status,
                    daysSince: status.daysSince,
                    cadenceDays: status.cadence.cadenceDays,
                    health: status.health.score,
                  })}
                  aria-describedby={showsCard ? `${lastTalkedId} ${recentId}` : undefined}
                  ref={(element) => {
                    if (element) dots.current.set(point.id, element);
                    return () => {
                      dots.current.delete(point.id);
                    };
                  }}
                  onFocus={() => {
                    setActiveId(point.id);
                    setFocusedId(point.id);
                    setCardDismissed(false);
                  }}
                  onBlur={() => setFocusedId(null)}
                  onMouseEnter={() => setHoveredId(point.id)}
                  onClick={(event) => {
                    event.preventDefault();
                    open(point.id);
                  }}
                >
                  <circle className="map-focus-ring" cx={point.x} cy={point.y} r={point.radius + 4} />
                  <circle
                    className={`map-dot map-health-${healthBand(status.health.score)}`}
                    cx={point.x}
                    cy={point.y}
                    r={point.radius}
                  />
                  {point.label && (
                    <text
                      className="map-label"
                      x={point.x}
                      y={point.y + GEOMETRY.maxRadius + GEOMETRY.labelHeight - 3}
                      textAnchor="middle"
                    >
                      {point.label}
                    </text>
                  )}
                </a>
              );
            })}
            {/* Over the dots, so the whole way to the desired stance is seen even across a crowded row. */}
            {cardPoint && cardPoint.desiredX !== null && (
              <g aria-hidden="true">
                <DesireArrow x={cardPoint.x} desiredX={cardPoint.desiredX} y={cardPoint.y} radius={cardPoint.radius} />
              </g>
            )}
          </g>
        </svg>
        {cardPoint && cardPerson && cardStatus && (
          <AllianceMapCard
            detailsIds={[lastTalkedId, recentId]}
            person={cardPerson}
            status={cardStatus}
            conversations={counts?.get(cardPerson.id) ?? 0}
            placement={placementOf(cardPoint)}
          />
        )}
      </div>
      <AllianceMapLegend minRadius={GEOMETRY.minRadius} maxRadius={GEOMETRY.maxRadius} />
    </div>
  );
}
