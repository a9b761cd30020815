import { describe, expect, it } from 'vitest';
import {
  LEFT_OUT_PATTERN_EXPLANATION,
  LEFT_OUT_RECURS_FROM,
  isLeftOut,
  leftOutPattern,
} from '@shared/domain/left-out-pattern';
import type { Involvement } from '@shared/domain/types';
import { makeMoment, makeMoments } from './moment-factories';

const CFO = 'person-cfo';
const CEO = 'person-ceo';
const CRO = 'person-cro';

describe('isLeftOut', () => {
  it.each<[Involvement, boolean]>([
    ['blindsided', true],
    ['informed', true],
    ['present', false],
    ['consulted', false],
    ['shaped', false],
  ])('%s → %s', (involvement, expected) => {
    expect(isLeftOut({ involvement })).toBe(expected);
  });
});

describe('leftOutPattern', () => {
  it('counts areas and drivers of the informed and blindsided moments only, most first', () => {
    const moments = [
      makeMoment('2026-05-10', { involvement: 'blindsided', area: 'budget', drivenBy: [CFO] }),
      makeMoment('2026-06-01', { involvement: 'informed', area: 'budget', drivenBy: [CFO, CEO] }),
      makeMoment('2026-07-01', { involvement: 'informed', area: 'org', drivenBy: [CEO] }),
      makeMoment('2026-07-15', { involvement: 'blindsided', area: 'pricing', drivenBy: [] }),
      // In the room or better: not left out, whoever drove it.
      makeMoment('2026-07-20', { involvement: 'present', area: 'budget', drivenBy: [CFO, CRO] }),
      makeMoment('2026-07-21', { involvement: 'shaped', area: 'org', drivenBy: [CRO] }),
    ];
    expect(leftOutPattern(moments)).toEqual({
      leftOut: 4,
      areas: [
        { area: 'budget', count: 2, lastOn: '2026-06-01', recurs: true },
        // One each: the most recent first.
        { area: 'pricing', count: 1, lastOn: '2026-07-15', recurs: false },
        { area: 'org', count: 1, lastOn: '2026-07-01', recurs: false },
      ],
      drivers: [
        // Two each: the CEO left me out more recently.
        { personId: CEO, count: 2, lastOn: '2026-07-01', recurs: true },
        { personId: CFO, count: 2, lastOn: '2026-06-01', recurs: true },
      ],
    });
  });

  it.each([
    [1, false],
    [2, true],
    [3, true],
  ])('an area and a driver in %i left-out moment(s) recur: %s', (count, recurs) => {
    expect(LEFT_OUT_RECURS_FROM).toBe(2);
    const pattern = leftOutPattern(makeMoments(count, '2026-09-01', { involvement: 'informed', drivenBy: [CFO] }));
    expect(pattern.areas).toEqual([{ area: 'roadmap', count, lastOn: '2026-09-01', recurs }]);
    expect(pattern.drivers).toEqual([{ personId: CFO, count, lastOn: '2026-09-01', recurs }]);
  });

  it('counts a person listed twice on one moment once, and ignores blank ids', () => {
    const pattern = leftOutPattern([
      makeMoment('2026-09-01', { involvement: 'blindsided', drivenBy: [CFO, CFO, ' '] }),
    ]);
    expect(pattern.drivers).toEqual([{ personId: CFO, count: 1, lastOn: '2026-09-01', recurs: false }]);
  });

  it('breaks a full tie by the order of areas in the form and by person id', () => {
    const moments = [
      makeMoment('2026-09-01', { involvement: 'informed', area: 'platform', drivenBy: [CRO] }),
      makeMoment('2026-09-01', { involvement: 'informed', area: 'budget', drivenBy: [CEO] }),
      makeMoment('2026-09-01', { involvement: 'informed', area: 'acquisition', drivenBy: [CFO] }),
    ];
    const pattern = leftOutPattern(moments);
    expect(pattern.areas.map((a) => a.area)).toEqual(['acquisition', 'budget', 'platform']);
    expect(pattern.drivers.map((d) => d.personId)).toEqual([CEO, CFO, CRO]);
  });

  it('finds nothing in no moments or only involved ones', () => {
    const empty = { leftOut: 0, areas: [], drivers: [] };
    expect(leftOutPattern([])).toEqual(empty);
    expect(leftOutPattern([makeMoment('2026-09-01', { involvement: 'consulted', drivenBy: [CFO] })])).toEqual(empty);
  });

  it('refuses a left-out moment with a malformed day', () => {
    expect(() => leftOutPattern([makeMoment('2026-02-30', { involvement: 'informed' })])).toThrow(RangeError);
  });

  it('explains the threshold it uses', () => {
    expect(LEFT_OUT_PATTERN_EXPLANATION).toContain('2 or more');
    expect(LEFT_OUT_PATTERN_EXPLANATION).toContain('informed');
    expect(LEFT_OUT_PATTERN_EXPLANATION).toContain('blindsided');
  });
});
