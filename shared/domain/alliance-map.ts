import { subDays } from 'date-fns';
import { STANCE_LABELS } from './labels';
import type { CadenceStatus } from './relationships';
import { compareNames, compareStrings } from './compare';
import { STANCES, type Stance } from './types';

// SPEC §5 People, the alliance map: where each person sits (x = stance, y = influence), how big their
// dot is (conversations in the last 90 days), which colour (health band), how a screen reader names
// them, and where the arrow keys go from one person to the next. The component chooses the geometry
// in SVG units and draws; the arithmetic is here, so it is tested without a browser.

/** The dot size counts conversations from this many days before now up to now. */
export const ALLIANCE_MAP_WINDOW_DAYS = 90;

/**
 * The instants the dot sizes count between: the same clock time ALLIANCE_MAP_WINDOW_DAYS local calendar
 * days ago (subDays keeps the clock time across a daylight-saving change), up to now. Conversations
 * dated after now are not counted, as everywhere else.
 */
export function allianceMapWindow(now: Date): { from: Date; to: Date } {
  return { from: subDays(now, ALLIANCE_MAP_WINDOW_DAYS), to: now };
}

/**
 * At this many conversations in the window a dot reaches its largest size: about one a week over the 90
 * days. More than that is a close working relationship already; a bigger dot would only crowd the map.
 */
export const FULL_SIZE_CONVERSATIONS = 13;

const LOWEST_INFLUENCE = 1;
const HIGHEST_INFLUENCE = 5;

export const HEALTH_BANDS = ['strong', 'fair', 'weak'] as const;
export type HealthBand = (typeof HEALTH_BANDS)[number];

/**
 * The least health score of each colour band: a convention for reading the map at a glance, not a
 * published cut-off. 70 is reached on track with no warmth ratings yet (40 + 20 + 20 = 80), or due with
 * good warmth; below 45 is someone never talked to, or long overdue without warmth to show for it.
 */
export const HEALTH_BAND_FLOORS: Readonly<Record<HealthBand, number>> = { strong: 70, fair: 45, weak: 0 };

export const HEALTH_BAND_LABELS: Readonly<Record<HealthBand, string>> = {
  strong: 'Strong',
  fair: 'Fair',
  weak: 'Weak',
};

export const ALLIANCE_MAP_EXPLANATION =
  'Left to right: how each person stands toward your agenda now. Bottom to top: their influence over ' +
  'roadmap and budget (1–5). A bigger dot means more conversations in the last 90 days (full size at ' +
  `${FULL_SIZE_CONVERSATIONS}, about one a week). The colour is the relationship's health band: strong ` +
  `${HEALTH_BAND_FLOORS.strong}–100, fair ${HEALTH_BAND_FLOORS.fair}–${HEALTH_BAND_FLOORS.strong - 1}, weak below ` +
  `${HEALTH_BAND_FLOORS.fair} (a convention for reading the map, not a published cut-off). A dashed ring and ` +
  'arrow show the stance you want them to reach.';

export function healthBand(score: number): HealthBand {
  if (score >= HEALTH_BAND_FLOORS.strong) return 'strong';
  if (score >= HEALTH_BAND_FLOORS.fair) return 'fair';
  return 'weak';
}

/**
 * A dot's radius: `minRadius` with no conversations, growing with the square root of the count so the
 * dot's area (what the eye compares) grows about in step with it, and `maxRadius` from
 * FULL_SIZE_CONVERSATIONS on. A count that is not a positive number draws the smallest dot.
 */
export function dotRadius(conversations: number, minRadius: number, maxRadius: number): number {
  const count = Number.isFinite(conversations) ? Math.max(0, conversations) : 0;
  const share = Math.sqrt(Math.min(count, FULL_SIZE_CONVERSATIONS) / FULL_SIZE_CONVERSATIONS);
  return minRadius + (maxRadius - minRadius) * share;
}

/** The sizes the component draws in, in SVG units. */
export type MapGeometry = {
  /** Width of one stance column. */
  columnWidth: number;
  /** Height of one influence row; it grows, up to `maxRowHeight`, when a cell holds many people. */
  minRowHeight: number;
  maxRowHeight: number;
  minRadius: number;
  maxRadius: number;
  /** The least width one person takes in a cell: a dot with its name under it. */
  slotWidth: number;
  /** Height of the name under a dot. */
  labelHeight: number;
  /** Average width of one character of a name, to shorten names to their slot. */
  labelCharWidth: number;
  /** Room kept clear around each dot. */
  gap: number;
};

/** What the layout needs of a person. */
export type MapPersonInput = {
  id: string;
  name: string;
  stance: Stance;
  desiredStance: Stance;
  influence: number;
  /** Conversations in the window (ALLIANCE_MAP_WINDOW_DAYS). */
  conversations: number;
};

export type MapPoint = {
  id: string;
  /** The stance's index in STANCES: 0 opposed … 4 champion. */
  column: number;
  /** The influence the person is plotted at: 1–5 (a stored value outside that is brought inside). */
  influence: number;
  /** Centre of the dot in the plot's coordinates: 0,0 is the top left, y grows downwards as in SVG. */
  x: number;
  y: number;
  radius: number;
  /** Where the desired stance is at the same height; `null` when it is the stance now. */
  desiredX: number | null;
  /** The name as it fits under the dot; empty when the map is too crowded for names. */
  label: string;
};

/** One influence level's band across the map. */
export type MapRow = { influence: number; top: number; height: number };

export type MapLayout = {
  width: number;
  height: number;
  /** The influence levels from the top of the map (5) down to 1. */
  rows: MapRow[];
  /** Everyone, in reading order: the top (most influential) row first, left to right within it. */
  points: MapPoint[];
};

function plottedInfluence(influence: number): number {
  if (!Number.isFinite(influence)) return LOWEST_INFLUENCE;
  return Math.min(HIGHEST_INFLUENCE, Math.max(LOWEST_INFLUENCE, Math.round(influence)));
}

/**
 * The name shortened to `maxChars`: the whole name when it fits, else the first name, else the first
 * name cut with an ellipsis. The full name is always in the accessible name and the card.
 */
export function shortName(name: string, maxChars: number): string {
  const whole = name.trim();
  if (maxChars < 1) return '';
  if (whole.length <= maxChars) return whole;
  const first = whole.split(/\s+/)[0] ?? whole;
  if (first.length <= maxChars) return first;
  return maxChars === 1 ? '…' : `${first.slice(0, maxChars - 1)}…`;
}

/**
 * Places everyone on the map. People in the same cell (same stance and influence) share it as a small
 * grid, as many across as their slots fit, centred, ordered by name, so no two dots overlap. A row whose
 * cells need more lines grows, up to `maxRowHeight` (influence is a ranking, so rows of different
 * heights mislead no one, and the rest of the map stays compact); past that every dot on the map shrinks
 * by the same factor, so sizes stay comparable, and names are left out.
 */
export function layoutAllianceMap(people: readonly MapPersonInput[], geometry: MapGeometry): MapLayout {
  const { columnWidth, minRowHeight, maxRowHeight, minRadius, maxRadius, slotWidth, labelHeight, gap } = geometry;
  const perLine = Math.max(1, Math.floor(columnWidth / slotWidth));
  const linesIn = (count: number) => Math.ceil(count / Math.min(count, perLine));

  const cells = new Map<string, { column: number; influence: number; people: MapPersonInput[] }>();
  for (const person of people) {
    const column = STANCES.indexOf(person.stance);
    const influence = plottedInfluence(person.influence);
    const key = `${column}:${influence}`;
    const cell = cells.get(key) ?? { column, influence, people: [] };
    cell.people.push(person);
    cells.set(key, cell);
  }

  const labelledSlotHeight = 2 * maxRadius + labelHeight + 2 * gap;
  const rows: MapRow[] = [];
  let top = 0;
  for (let influence = HIGHEST_INFLUENCE; influence >= LOWEST_INFLUENCE; influence -= 1) {
    const lines = [...cells.values()]
      .filter((cell) => cell.influence === influence)
      .reduce((most, cell) => Math.max(most, linesIn(cell.people.length)), 1);
    const height = Math.min(maxRowHeight, Math.max(minRowHeight, lines * labelledSlotHeight));
    rows.push({ influence, top, height });
    top += height;
  }
  const rowOf = (influence: number): MapRow => rows[HIGHEST_INFLUENCE - influence] ?? { influence, top: 0, height: 0 };

  // The most crowded cell decides for the whole map, so a dot's size and its name mean the same everywhere.
  const tightestSlotHeight = Math.min(
    Number.POSITIVE_INFINITY,
    ...[...cells.values()].map((cell) => rowOf(cell.influence).height / linesIn(cell.people.length)),
  );
  const withLabels = tightestSlotHeight >= labelledSlotHeight;
  const dotRoom = tightestSlotHeight - 2 * gap - (withLabels ? labelHeight : 0);
  const scale = Math.max(
    0,
    Math.min(1, dotRoom / (2 * maxRadius), (columnWidth / perLine - 2 * gap) / (2 * maxRadius)),
  );

  const points: MapPoint[] = [];
  for (const cell of cells.values()) {
    const members = cell.people.toSorted((a, b) => compareNames(a.name, b.name) || compareStrings(a.id, b.id));
    const row = rowOf(cell.influence);
    const across = Math.min(members.length, perLine);
    const lines = linesIn(members.length);
    const slotW = columnWidth / across;
    const slotH = row.height / lines;
    const left = cell.column * columnWidth;
    const maxChars = Math.floor((slotW - gap) / geometry.labelCharWidth);
    members.forEach((person, index) => {
      const line = Math.floor(index / across);
      // The last line may be short: centre it under the full ones.
      const inLine = Math.min(across, members.length - line * across);
      const offset = ((across - inLine) * slotW) / 2;
      const dx = offset + ((index % across) + 0.5) * slotW;
      // With a name under it, the dot sits above the middle of its slot so the pair is centred.
      const dy = (line + 0.5) * slotH - (withLabels ? labelHeight / 2 : 0);
      const desiredColumn = STANCES.indexOf(person.desiredStance);
      points.push({
        id: person.id,
        column: cell.column,
        influence: cell.influence,
        x: left + dx,
        y: row.top + dy,
        radius: dotRadius(person.conversations, minRadius, maxRadius) * scale,
        desiredX: desiredColumn === cell.column ? null : desiredColumn * columnWidth + dx,
        label: withLabels ? shortName(person.name, maxChars) : '',
      });
    });
  }
  points.sort((a, b) => a.y - b.y || a.x - b.x || compareStrings(a.id, b.id));
  return { width: STANCES.length * columnWidth, height: top, rows, points };
}

export type MapDirection = 'left' | 'right' | 'up' | 'down';

/**
 * Where an arrow key goes from `fromId`: the nearest other point within the 90° cone around that
 * direction (up to 45° either side, the edges included), by straight-line distance. Ties go to the point
 * earlier in `points`, so the same map always answers the same. `null` when no one is that way (or
 * `fromId` is not on the map): focus stays where it is. Coordinates are SVG's, y downwards.
 */
export function nearestInDirection(
  points: readonly Pick<MapPoint, 'id' | 'x' | 'y'>[],
  fromId: string,
  direction: MapDirection,
): string | null {
  const from = points.find((point) => point.id === fromId);
  if (!from) return null;
  let nearest: string | null = null;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (const point of points) {
    if (point.id === fromId) continue;
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const ahead = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
    const aside = direction === 'right' || direction === 'left' ? Math.abs(dy) : Math.abs(dx);
    if (ahead <= 0 || aside > ahead) continue;
    const distance = Math.hypot(dx, dy);
    if (distance < nearestDistance) {
      nearest = point.id;
      nearestDistance = distance;
    }
  }
  return nearest;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The cadence in words: "on track", "due 2 days ago", "overdue by 9 days" or "never talked". The days
 * are those since the conversation was due (days since the last one minus the cadence).
 */
export function describeCadence(status: CadenceStatus, daysSince: number | null, cadenceDays: number): string {
  const late = daysSince === null ? 0 : daysSince - Math.max(1, cadenceDays);
  switch (status) {
    case 'on-track':
      return 'on track';
    case 'due':
      return `due ${plural(late, 'day')} ago`;
    case 'overdue':
      return `overdue by ${plural(late, 'day')}`;
    case 'never':
      return 'never talked';
  }
}

/** The stance now and the one wanted, in lower case: "skeptical → supportive", or "supportive, as desired". */
export function describeStances(stance: Stance, desiredStance: Stance): string {
  const now = STANCE_LABELS[stance].toLocaleLowerCase('en');
  if (stance === desiredStance) return `${now}, as desired`;
  return `${now} → ${STANCE_LABELS[desiredStance].toLocaleLowerCase('en')}`;
}

export type MapPersonSummary = {
  name: string;
  title: string;
  stance: Stance;
  desiredStance: Stance;
  influence: number;
  cadence: CadenceStatus;
  daysSince: number | null;
  cadenceDays: number;
  health: number;
};

/**
 * How a person on the map is announced: "Dana Ruiz, CFO, skeptical → supportive, influence 5, overdue by
 * 9 days, health 48". Everything the dot shows by place and colour is in words, influence included (the
 * map's height), so nothing is seen only.
 */
export function mapPersonName(person: MapPersonSummary): string {
  return [
    person.name.trim(),
    person.title.trim(),
    describeStances(person.stance, person.desiredStance),
    `influence ${plottedInfluence(person.influence)}`,
    describeCadence(person.cadence, person.daysSince, person.cadenceDays),
    `health ${person.health}`,
  ]
    .filter((part) => part !== '')
    .join(', ');
}
