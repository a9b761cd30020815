import { fc, test as propertyTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  FULL_SIZE_CONVERSATIONS,
  allianceMapWindow,
  describeCadence,
  dotRadius,
  healthBand,
  layoutAllianceMap,
  mapPersonName,
  nearestInDirection,
  shortName,
  type MapGeometry,
  type MapPersonInput,
  type MapPoint,
} from '@shared/domain/alliance-map';
import { STANCES } from '@shared/domain/types';

const GEOMETRY: MapGeometry = {
  columnWidth: 160,
  minRowHeight: 90,
  maxRowHeight: 200,
  minRadius: 6,
  maxRadius: 16,
  slotWidth: 52,
  labelHeight: 14,
  labelCharWidth: 6.5,
  gap: 3,
};

let sequence = 0;
function person(overrides: Partial<MapPersonInput> = {}): MapPersonInput {
  sequence += 1;
  return {
    id: `p-${String(sequence).padStart(3, '0')}`,
    name: `Person ${sequence}`,
    stance: 'neutral',
    desiredStance: 'supportive',
    influence: 3,
    conversations: 0,
    ...overrides,
  };
}

function pointOf(layout: { points: MapPoint[] }, id: string): MapPoint {
  const found = layout.points.find((point) => point.id === id);
  if (!found) throw new Error(`${id} is not on the map`);
  return found;
}

function overlap(a: MapPoint, b: MapPoint): boolean {
  return Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius;
}

describe('allianceMapWindow', () => {
  it('runs from the same clock time 90 local days ago up to now, across a daylight-saving change', () => {
    // The test zone is America/New_York: summer time ended on 2026-11-01, inside this window.
    const now = new Date(2026, 10, 21, 9, 30);
    const { from, to } = allianceMapWindow(now);
    expect(to).toBe(now);
    expect([from.getFullYear(), from.getMonth(), from.getDate(), from.getHours(), from.getMinutes()]).toEqual([
      2026, 7, 23, 9, 30,
    ]);
  });
});

describe('healthBand', () => {
  it.each([
    [100, 'strong'],
    [70, 'strong'],
    [69, 'fair'],
    [45, 'fair'],
    [44, 'weak'],
    [40, 'weak'],
    [0, 'weak'],
  ])('%i is %s', (score, band) => {
    expect(healthBand(score)).toBe(band);
  });
});

describe('dotRadius', () => {
  it.each([
    ['no conversations', 0, 6],
    ['a negative count', -3, 6],
    ['not a number', Number.NaN, 6],
    ['full size', FULL_SIZE_CONVERSATIONS, 16],
    ['more than full size', 400, 16],
    ['an infinite count', Number.POSITIVE_INFINITY, 6],
  ])('%s', (_case, count, radius) => {
    expect(dotRadius(count, 6, 16)).toBe(radius);
  });

  it('grows with the square root of the count, so a quarter of the full count is half the growth', () => {
    expect(dotRadius(FULL_SIZE_CONVERSATIONS / 4, 6, 16)).toBeCloseTo(11);
  });

  it('never shrinks as the count grows', () => {
    const radii = Array.from({ length: 20 }, (_, count) => dotRadius(count, 6, 16));
    expect(radii).toEqual(radii.toSorted((a, b) => a - b));
  });
});

describe('shortName', () => {
  it.each([
    ['Dana Ruiz', 12, 'Dana Ruiz'],
    ['  Dana Ruiz  ', 9, 'Dana Ruiz'],
    ['Dana Ruiz-Whitfield', 12, 'Dana'],
    ['Bartholomew Smith', 6, 'Barth…'],
    ['Bartholomew', 1, '…'],
    ['Dana', 0, ''],
  ])('%s in %i characters is %s', (name, maxChars, expected) => {
    expect(shortName(name, maxChars)).toBe(expected);
  });
});

describe('layoutAllianceMap', () => {
  it('is an empty plot of the least size with nobody', () => {
    expect(layoutAllianceMap([], GEOMETRY)).toEqual({
      width: 800,
      height: 450,
      rows: [5, 4, 3, 2, 1].map((influence, index) => ({ influence, top: index * 90, height: 90 })),
      points: [],
    });
  });

  it('puts stance left to right in the order of STANCES and influence bottom to top', () => {
    const people = STANCES.map((stance, index) => person({ stance, influence: index + 1 }));
    const layout = layoutAllianceMap(people, GEOMETRY);
    const placed = people.map((p) => pointOf(layout, p.id));
    // One person per cell sits in its middle.
    expect(placed.map((p) => p.x)).toEqual([80, 240, 400, 560, 720]);
    expect(placed.map((p) => p.column)).toEqual([0, 1, 2, 3, 4]);
    // Influence 1 is the bottom row, 5 the top; the dot sits above its name.
    expect(placed.map((p) => p.y)).toEqual([398, 308, 218, 128, 38]);
  });

  it('brings an influence outside 1–5 onto the map', () => {
    const low = person({ influence: 0 });
    const high = person({ influence: 9 });
    const broken = person({ influence: Number.NaN });
    const layout = layoutAllianceMap([low, high, broken], GEOMETRY);
    expect([low, high, broken].map((p) => pointOf(layout, p.id).influence)).toEqual([1, 5, 1]);
  });

  it('places the desired stance at the same height, and none when it is the stance now', () => {
    const moving = person({ stance: 'skeptical', desiredStance: 'champion' });
    const settled = person({ stance: 'supportive', desiredStance: 'supportive' });
    const layout = layoutAllianceMap([moving, settled], GEOMETRY);
    expect(pointOf(layout, moving.id).desiredX).toBe(720);
    expect(pointOf(layout, settled.id).desiredX).toBeNull();
  });

  it('sizes dots by conversations', () => {
    const quiet = person({ stance: 'opposed' });
    const busy = person({ stance: 'champion', conversations: 40 });
    const layout = layoutAllianceMap([quiet, busy], GEOMETRY);
    expect(pointOf(layout, quiet.id).radius).toBe(6);
    expect(pointOf(layout, busy.id).radius).toBe(16);
  });

  it('spreads people with the same stance and influence as a centred grid ordered by name, without overlap', () => {
    const names = ['Eve', 'bob', 'Ann', 'Dee', 'Cy'];
    const people = names.map((name) => person({ name, conversations: FULL_SIZE_CONVERSATIONS }));
    const layout = layoutAllianceMap(people, GEOMETRY);
    // Three fit across a 160-wide column (slots of 52), so five make two lines: 3, then 2 centred.
    const byName = (name: string) => pointOf(layout, people[names.indexOf(name)]?.id ?? '');
    expect(['Ann', 'bob', 'Cy'].map((name) => byName(name).y)).toEqual([
      byName('Ann').y,
      byName('Ann').y,
      byName('Ann').y,
    ]);
    expect(byName('Dee').y).toBeGreaterThan(byName('Ann').y);
    // Within the neutral column (320–480): thirds across, then the short line centred.
    const across = (name: string) => Math.round((byName(name).x - 320) * 3);
    expect(['Ann', 'bob', 'Cy'].map(across)).toEqual([80, 240, 400]);
    expect(['Dee', 'Eve'].map(across)).toEqual([160, 320]);
    for (const a of layout.points) {
      for (const b of layout.points) if (a !== b) expect(overlap(a, b)).toBe(false);
    }
    // Every name still fits (rows grew to hold two lines of labelled dots), in reading order.
    expect(layout.points.map((p) => p.label)).toEqual(['Ann', 'bob', 'Cy', 'Dee', 'Eve']);
    // Only the crowded row grew, to hold two lines of labelled dots; the others keep the least height.
    expect(layout.rows.map((row) => row.height)).toEqual([90, 90, 2 * (2 * 16 + 14 + 6), 90, 90]);
    expect(layout.height).toBe(4 * 90 + 104);
  });

  it('does not depend on the order people come in', () => {
    const people = ['Ann', 'Bo', 'Cy', 'Di'].map((name) => person({ name }));
    const forward = layoutAllianceMap(people, GEOMETRY);
    const backward = layoutAllianceMap(people.toReversed(), GEOMETRY);
    expect(backward).toEqual(forward);
  });

  it('shrinks every dot by the same factor and drops names when one cell is too crowded', () => {
    const crowd = Array.from({ length: 30 }, () => person({ conversations: FULL_SIZE_CONVERSATIONS }));
    const elsewhere = person({ stance: 'champion', influence: 5, conversations: FULL_SIZE_CONVERSATIONS });
    const layout = layoutAllianceMap([...crowd, elsewhere], GEOMETRY);
    expect(layout.rows.map((row) => row.height)).toEqual([90, 90, GEOMETRY.maxRowHeight, 90, 90]);
    const radii = new Set(layout.points.map((p) => p.radius));
    expect(radii.size).toBe(1);
    expect([...radii][0]).toBeLessThan(16);
    expect(layout.points.every((p) => p.label === '')).toBe(true);
    for (const a of layout.points) {
      for (const b of layout.points) if (a !== b) expect(overlap(a, b)).toBe(false);
    }
    // Everyone stays inside their own cell.
    for (const p of layout.points) {
      expect(p.x - p.radius).toBeGreaterThanOrEqual(p.column * GEOMETRY.columnWidth);
      expect(p.x + p.radius).toBeLessThanOrEqual((p.column + 1) * GEOMETRY.columnWidth);
      const row = layout.rows.find((candidate) => candidate.influence === p.influence);
      if (!row) throw new Error(`no row ${p.influence}`);
      expect(p.y - p.radius).toBeGreaterThanOrEqual(row.top);
      expect(p.y + p.radius).toBeLessThanOrEqual(row.top + row.height);
    }
  });

  it('lists points in reading order: the top row first, left to right', () => {
    const bottomLeft = person({ stance: 'opposed', influence: 1 });
    const topRight = person({ stance: 'champion', influence: 5 });
    const topLeft = person({ stance: 'opposed', influence: 5 });
    const layout = layoutAllianceMap([bottomLeft, topRight, topLeft], GEOMETRY);
    expect(layout.points.map((p) => p.id)).toEqual([topLeft.id, topRight.id, bottomLeft.id]);
  });
});

describe('nearestInDirection', () => {
  const at = (id: string, x: number, y: number) => ({ id, x, y });

  it('goes to the nearest point in the direction of the arrow', () => {
    const points = [at('centre', 0, 0), at('near-right', 10, 2), at('far-right', 30, 0), at('above', 0, -10)];
    expect(nearestInDirection(points, 'centre', 'right')).toBe('near-right');
    expect(nearestInDirection(points, 'centre', 'up')).toBe('above');
    expect(nearestInDirection(points, 'far-right', 'left')).toBe('near-right');
  });

  it('looks 45° either side of the arrow, the edge included, and no wider', () => {
    const points = [at('from', 0, 0), at('on-the-edge', 10, 10), at('outside', 10, -11)];
    expect(nearestInDirection(points, 'from', 'right')).toBe('on-the-edge');
    expect(nearestInDirection(points, 'from', 'down')).toBe('on-the-edge');
    expect(nearestInDirection(points, 'from', 'up')).toBe('outside');
  });

  it('prefers a point farther ahead over a nearer one outside the cone', () => {
    const points = [at('from', 0, 0), at('beside', 2, 8), at('ahead', 20, 0)];
    expect(nearestInDirection(points, 'from', 'right')).toBe('ahead');
  });

  it('stays put when no one is that way, or the starting point is not on the map', () => {
    const points = [at('only', 0, 0), at('right', 10, 0)];
    expect(nearestInDirection(points, 'right', 'right')).toBeNull();
    expect(nearestInDirection(points, 'only', 'up')).toBeNull();
    expect(nearestInDirection(points, 'missing', 'right')).toBeNull();
    expect(nearestInDirection([], 'missing', 'left')).toBeNull();
  });

  it('ignores a point exactly on top of the starting one', () => {
    expect(nearestInDirection([at('a', 5, 5), at('b', 5, 5)], 'a', 'right')).toBeNull();
  });

  it('breaks a tie by the order of the points', () => {
    const points = [at('from', 0, 0), at('first', 10, -5), at('second', 10, 5)];
    expect(nearestInDirection(points, 'from', 'right')).toBe('first');
    expect(
      nearestInDirection(
        [points[0], points[2], points[1]].flatMap((p) => p ?? []),
        'from',
        'right',
      ),
    ).toBe('second');
  });

  propertyTest.prop([
    fc.array(
      fc.record({
        stance: fc.constantFrom(...STANCES),
        influence: fc.integer({ min: 1, max: 5 }),
        conversations: fc.nat(20),
      }),
      { minLength: 1, maxLength: 40 },
    ),
  ])('reaches everyone on a laid-out map from the first person by arrow keys', (people) => {
    const layout = layoutAllianceMap(
      people.map((p, index) => ({ ...p, id: `p${index}`, name: `P ${index}`, desiredStance: p.stance })),
      GEOMETRY,
    );
    const start = layout.points[0]?.id ?? '';
    const reached = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      const from = queue.shift() ?? '';
      for (const direction of ['left', 'right', 'up', 'down'] as const) {
        const next = nearestInDirection(layout.points, from, direction);
        if (next !== null && !reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect(reached.size).toBe(layout.points.length);
  });
});

describe('describeCadence', () => {
  it.each([
    ['on-track', 3, 14, 'on track'],
    ['due', 15, 14, 'due 1 day ago'],
    ['due', 20, 14, 'due 6 days ago'],
    ['overdue', 23, 14, 'overdue by 9 days'],
    ['overdue', 2, 0, 'overdue by 1 day'],
    ['never', null, 14, 'never talked'],
  ] as const)('%s at %s days on a %i-day cadence is “%s”', (status, days, cadence, text) => {
    expect(describeCadence(status, days, cadence)).toBe(text);
  });
});

describe('mapPersonName', () => {
  const dana = {
    name: 'Dana Ruiz',
    title: 'CFO',
    stance: 'skeptical',
    desiredStance: 'supportive',
    influence: 5,
    cadence: 'overdue',
    daysSince: 23,
    cadenceDays: 14,
    health: 48,
  } as const;

  it('says everything the dot shows', () => {
    expect(mapPersonName(dana)).toBe(
      'Dana Ruiz, CFO, skeptical → supportive, influence 5, overdue by 9 days, health 48',
    );
  });

  it('leaves out a missing title and says when the stance is already the one wanted', () => {
    expect(mapPersonName({ ...dana, title: '  ', desiredStance: 'skeptical', cadence: 'never', daysSince: null })).toBe(
      'Dana Ruiz, skeptical, as desired, influence 5, never talked, health 48',
    );
  });
});
