import { describe, expect, it } from 'vitest';
import {
  CBI_DEGREE_OPTIONS,
  CBI_FREQUENCY_OPTIONS,
  CBI_PERSONAL,
  CBI_WORK,
  CHECK_IN_INSTRUMENTS,
  INSTRUMENT_VERSION,
  UCLA3,
  UCLA3_OPTIONS,
} from '@shared/domain/check-in-instruments';
import {
  CBI_BANDS_NOTE,
  SCORING_EXPLANATIONS,
  SELF_CHECK_DISCLAIMER,
  UCLA_BANDS_NOTE,
  answersAreValid,
  cbiBand,
  scoreCbiPersonal,
  scoreCbiWork,
  scoreCheckIn,
  scoreUcla3,
  uclaBand,
} from '@shared/domain/check-in-scoring';
import type { ItemAnswer } from '@shared/domain/types';

const _ = null;

describe('check-in instruments', () => {
  it('has the published number of items with stable ids', () => {
    expect(CBI_WORK.items.map((item) => item.id)).toEqual([
      'cbi-work-1',
      'cbi-work-2',
      'cbi-work-3',
      'cbi-work-4',
      'cbi-work-5',
      'cbi-work-6',
      'cbi-work-7',
    ]);
    expect(CBI_PERSONAL.items.map((item) => item.id)).toEqual([
      'cbi-personal-1',
      'cbi-personal-2',
      'cbi-personal-3',
      'cbi-personal-4',
      'cbi-personal-5',
      'cbi-personal-6',
    ]);
    expect(UCLA3.items.map((item) => item.id)).toEqual(['ucla3-1', 'ucla3-2', 'ucla3-3']);
    expect(INSTRUMENT_VERSION).toBe(1);
  });

  it('gives work items 1–3 the degree options and every other CBI item the frequency options', () => {
    expect(CBI_WORK.items.map((item) => item.options)).toEqual([
      ...Array.from({ length: 3 }, () => CBI_DEGREE_OPTIONS),
      ...Array.from({ length: 4 }, () => CBI_FREQUENCY_OPTIONS),
    ]);
    expect(CBI_PERSONAL.items.every((item) => item.options === CBI_FREQUENCY_OPTIONS)).toBe(true);
    expect(UCLA3.items.every((item) => item.options === UCLA3_OPTIONS)).toBe(true);
    expect(CBI_DEGREE_OPTIONS).toEqual([
      'To a very high degree',
      'To a high degree',
      'Somewhat',
      'To a low degree',
      'To a very low degree',
    ]);
    expect(CBI_FREQUENCY_OPTIONS).toEqual(['Always', 'Often', 'Sometimes', 'Seldom', 'Never or almost never']);
    expect(UCLA3_OPTIONS).toEqual(['Hardly ever', 'Some of the time', 'Often']);
  });

  it('reverse-scores only work item 7', () => {
    const reversed = CHECK_IN_INSTRUMENTS.flatMap((instrument) =>
      instrument.items.filter((item) => item.reverseScored).map((item) => item.id),
    );
    expect(reversed).toEqual(['cbi-work-7']);
  });

  it('uses the published wording of the personal items', () => {
    expect(CBI_PERSONAL.items.map((item) => item.text)).toEqual([
      'How often do you feel tired?',
      'How often are you physically exhausted?',
      'How often are you emotionally exhausted?',
      "How often do you think: “I can't take it anymore”?",
      'How often do you feel worn out?',
      'How often do you feel weak and susceptible to illness?',
    ]);
  });

  it.each([
    [CBI_WORK.citation, ['Kristensen', 'Borritz', 'Villadsen', 'Christensen', 'Work & Stress, 19(3)', '2005']],
    [UCLA3.citation, ['Hughes', 'Waite', 'Hawkley', 'Cacioppo', 'Research on Aging, 26(6)', '2004']],
  ])('cites the source: %s', (citation, parts) => {
    for (const part of parts) expect(citation).toContain(part);
  });
});

describe('scoreCbiWork', () => {
  it.each<[string, ItemAnswer[], number | null]>([
    // Item 7's first option ("Always" having energy left) is the least burnout, so it scores 0.
    ['all first options', [0, 0, 0, 0, 0, 0, 0], 600 / 7],
    ['all last options', [4, 4, 4, 4, 4, 4, 4], 100 / 7],
    ['all middle options', [2, 2, 2, 2, 2, 2, 2], 50],
    ['item 7 alone at its first option', [2, 2, 2, 2, 2, 2, 0], 300 / 7],
    ['item 7 alone at its last option', [2, 2, 2, 2, 2, 2, 4], 400 / 7],
    ['item 7 reversed with only 4 answered', [_, _, _, 0, 0, 0, 4], 100],
    ['item 7 reversed with only 4 answered, other way', [_, _, _, 4, 4, 4, 0], 0],
    ['the mean of answered items only', [0, 1, 2, 3, _, _, _], 62.5],
    ['4 answered is enough', [1, _, 1, _, 1, _, 1], (75 + 75 + 75 + 25) / 4],
    ['3 answered is too few', [0, 0, 0, _, _, _, _], null],
    ['nothing answered is no score, not zero', [_, _, _, _, _, _, _], null],
  ])('%s', (_label, answers, expected) => {
    const score = scoreCbiWork(answers);
    if (expected === null) expect(score).toBeNull();
    else expect(score).toBeCloseTo(expected, 10);
  });

  it('scores all first options as 85.71…', () => {
    expect(scoreCbiWork([0, 0, 0, 0, 0, 0, 0])?.toFixed(2)).toBe('85.71');
  });
});

describe('scoreCbiPersonal', () => {
  it.each<[string, ItemAnswer[], number | null]>([
    ['all first options', [0, 0, 0, 0, 0, 0], 100],
    ['all last options', [4, 4, 4, 4, 4, 4], 0],
    ['mixed', [0, 1, 2, 3, 4, 2], 50],
    ['3 answered is enough', [1, _, 2, _, 3, _], 50],
    ['2 answered is too few', [0, 0, _, _, _, _], null],
    ['nothing answered', [_, _, _, _, _, _], null],
  ])('%s', (_label, answers, expected) => {
    expect(scoreCbiPersonal(answers)).toBe(expected);
  });
});

describe('scoreUcla3', () => {
  it.each<[ItemAnswer[], number | null]>([
    [[0, 0, 0], 3],
    [[2, 2, 2], 9],
    [[0, 1, 2], 6],
    [[1, 1, 0], 5],
    [[_, 2, 2], null],
    [[2, 2, _], null],
    [[_, _, _], null],
  ])('%j sums to %s', (answers, expected) => {
    expect(scoreUcla3(answers)).toBe(expected);
  });
});

describe('out-of-range answers', () => {
  it.each<[string, () => unknown]>([
    ['CBI index above the last option', () => scoreCbiWork([5, 0, 0, 0, 0, 0, 0])],
    ['negative index', () => scoreCbiWork([0, 0, 0, -1, 0, 0, 0])],
    ['fractional index', () => scoreCbiPersonal([0, 0, 1.5, 0, 0, 0])],
    ['NaN', () => scoreCbiPersonal([0, 0, Number.NaN, 0, 0, 0])],
    ['UCLA index 3', () => scoreUcla3([0, 3, 0])],
    ['too few entries', () => scoreCbiWork([0, 0, 0, 0, 0, 0])],
    ['too many entries', () => scoreUcla3([0, 0, 0, 0])],
  ])('%s throws a RangeError', (_label, score) => {
    expect(score).toThrow(RangeError);
  });

  it('names the item in the error', () => {
    expect(() => scoreCbiWork([0, 0, 9, 0, 0, 0, 0])).toThrow(/cbi-work-3/);
  });

  it.each<[string, boolean]>([
    ['valid', true],
    ['invalid', false],
  ])('answersAreValid lets forms check first (%s)', (kind, valid) => {
    const answers: ItemAnswer[] = kind === 'valid' ? [0, _, 2] : [0, _, 7];
    expect(answersAreValid(UCLA3, answers)).toBe(valid);
  });
});

describe('scoreCheckIn', () => {
  it('scores all three scales', () => {
    expect(scoreCheckIn({ cbiWork: [2, 2, 2, 2, 2, 2, 2], cbiPersonal: [0, 0, 0, 0, 0, 0], ucla3: [0, 1, 2] })).toEqual(
      { cbiWork: 50, cbiPersonal: 100, ucla3: 6 },
    );
  });

  it('gives no personal score when the scale is turned off', () => {
    expect(scoreCheckIn({ cbiWork: [_, _, _, _, _, _, _], ucla3: [0, _, 0] })).toEqual({
      cbiWork: null,
      cbiPersonal: null,
      ucla3: null,
    });
  });
});

describe('bands', () => {
  it.each([
    [0, 'low'],
    [49.99, 'low'],
    [50, 'moderate'],
    [74.99, 'moderate'],
    [75, 'high'],
    [100, 'high'],
  ])('CBI %s is %s', (score, band) => {
    expect(cbiBand(score)).toBe(band);
  });

  it.each([
    [3, 'not-lonely'],
    [5, 'not-lonely'],
    [6, 'lonely'],
    [9, 'lonely'],
  ])('UCLA-3 %s is %s', (score, band) => {
    expect(uclaBand(score)).toBe(band);
  });

  it.each([-1, 100.01, Number.NaN])('CBI %s is not a score', (score) => {
    expect(() => cbiBand(score)).toThrow(RangeError);
  });

  it.each([2, 10, Number.NaN])('UCLA-3 %s is not a score', (score) => {
    expect(() => uclaBand(score)).toThrow(RangeError);
  });
});

describe('explanations', () => {
  it('explains every scale and says the bands are conventions, not a diagnosis', () => {
    expect(SCORING_EXPLANATIONS['cbi-work']).toMatch(/fewer than 4/);
    expect(SCORING_EXPLANATIONS['cbi-personal']).toMatch(/fewer than 3/);
    expect(SCORING_EXPLANATIONS.ucla3).toMatch(/skipped/);
    expect(CBI_BANDS_NOTE).toMatch(/convention/);
    expect(UCLA_BANDS_NOTE).toMatch(/descriptive/);
    expect(SELF_CHECK_DISCLAIMER).toMatch(/not a diagnosis/);
  });
});
