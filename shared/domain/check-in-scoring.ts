import { CBI_PERSONAL, CBI_WORK, UCLA3, type Instrument, type InstrumentId } from './check-in-instruments';
import type { CheckIn, ItemAnswer } from './types';

// Published scoring of the check-in's instruments (SPEC §4). Scores are returned unrounded; the UI rounds
// for display, so a band is always decided on the exact score.
//
// Out-of-range answers throw a RangeError instead of being treated as skipped: a stored index outside the
// options can only come from a bug or a corrupted import, and silently scoring it as "skipped" would show a
// plausible but wrong number. Forms and importers check with `answersAreValid` before writing.

export type CbiBand = 'low' | 'moderate' | 'high';
export type UclaBand = 'not-lonely' | 'lonely';

export type CheckInScores = {
  /** 0–100, or `null` when fewer than 4 of the 7 items were answered. */
  cbiWork: number | null;
  /** 0–100, or `null` when fewer than 3 of the 6 items were answered or the scale was turned off. */
  cbiPersonal: number | null;
  /** 3–9, or `null` when any item was skipped. */
  ucla3: number | null;
};

/** CBI scores from this value up are "moderate". */
export const CBI_MODERATE_FROM = 50;
/** CBI scores from this value up are "high". */
export const CBI_HIGH_FROM = 75;
/** UCLA-3 sums from this value up are "lonely". */
export const UCLA_LONELY_FROM = 6;

/** Fewest answered items that still give a CBI scale score (SPEC §4); below it there is no score, never a zero. */
export const CBI_MIN_ANSWERED = { 'cbi-work': 4, 'cbi-personal': 3 } as const;

// Indexed by the option chosen: the first option is the most burnout.
const CBI_POINTS = [100, 75, 50, 25, 0] as const;
const UCLA3_POINTS = [1, 2, 3] as const;

/** Whether `answers` has one entry per item, each `null` or a whole-number index of one of that item's options. */
export function answersAreValid(instrument: Instrument, answers: readonly ItemAnswer[]): boolean {
  return answersProblem(instrument, answers) === null;
}

export function scoreCbiWork(answers: readonly ItemAnswer[]): number | null {
  return scoreCbiScale(CBI_WORK, answers, CBI_MIN_ANSWERED['cbi-work']);
}

export function scoreCbiPersonal(answers: readonly ItemAnswer[]): number | null {
  return scoreCbiScale(CBI_PERSONAL, answers, CBI_MIN_ANSWERED['cbi-personal']);
}

/** Sum of 1 (Hardly ever), 2 (Some of the time), 3 (Often); the published scale has no rule for missing items. */
export function scoreUcla3(answers: readonly ItemAnswer[]): number | null {
  assertValid(UCLA3, answers);
  let sum = 0;
  for (const answer of answers) {
    if (answer === null) return null;
    sum += pointsAt(UCLA3_POINTS, answer);
  }
  return sum;
}

export function scoreCheckIn(checkIn: Pick<CheckIn, 'cbiWork' | 'cbiPersonal' | 'ucla3'>): CheckInScores {
  return {
    cbiWork: scoreCbiWork(checkIn.cbiWork),
    cbiPersonal: checkIn.cbiPersonal === undefined ? null : scoreCbiPersonal(checkIn.cbiPersonal),
    ucla3: scoreUcla3(checkIn.ucla3),
  };
}

export function cbiBand(score: number): CbiBand {
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new RangeError(`A CBI score is between 0 and 100, got ${score}`);
  }
  if (score >= CBI_HIGH_FROM) return 'high';
  if (score >= CBI_MODERATE_FROM) return 'moderate';
  return 'low';
}

export function uclaBand(score: number): UclaBand {
  if (!Number.isFinite(score) || score < 3 || score > 9) {
    throw new RangeError(`A UCLA-3 score is between 3 and 9, got ${score}`);
  }
  return score >= UCLA_LONELY_FROM ? 'lonely' : 'not-lonely';
}

export const CBI_BAND_LABELS = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
} as const satisfies Record<CbiBand, string>;

export const UCLA_BAND_LABELS = {
  'not-lonely': 'Not lonely',
  lonely: 'Lonely',
} as const satisfies Record<UclaBand, string>;

/** The "how is this computed?" line under each score. */
export const SCORING_EXPLANATIONS = {
  'cbi-work':
    'Each answer scores 100 for the first option (“To a very high degree” or “Always”), then 75, 50, 25, ' +
    'and 0 for the last (“To a very low degree” or “Never or almost never”). The question about having ' +
    'enough energy for family and friends is scored the other way round, because more energy means less ' +
    'burnout. Your score is the average of the questions you answered, from 0 to 100. With fewer than 4 of ' +
    'the 7 questions answered there is no score.',
  'cbi-personal':
    'Each answer scores 100 for “Always”, then 75, 50, 25, and 0 for “Never or almost never”. Your score is ' +
    'the average of the questions you answered, from 0 to 100. With fewer than 3 of the 6 questions ' +
    'answered there is no score.',
  ucla3:
    'Each answer counts 1 for “Hardly ever”, 2 for “Some of the time” and 3 for “Often”. Your score is the ' +
    'sum of the three, from 3 to 9. If any question is skipped there is no score.',
} as const satisfies Record<InstrumentId, string>;

export const CBI_BAND_EXPLANATIONS = {
  low: 'Below 50: low burnout.',
  moderate: '50 to under 75: moderate burnout.',
  high: '75 or more: high burnout.',
} as const satisfies Record<CbiBand, string>;

export const CBI_BANDS_NOTE =
  'These bands are a convention used in research with the Copenhagen Burnout Inventory to describe scores, ' +
  'not a clinical threshold.';

export const UCLA_BAND_EXPLANATIONS = {
  'not-lonely': '3 to 5: not lonely.',
  lonely: '6 to 9: lonely.',
} as const satisfies Record<UclaBand, string>;

export const UCLA_BANDS_NOTE =
  'The cut-off at 6 is descriptive, used in research to group answers; it is not a diagnosis.';

export const SELF_CHECK_DISCLAIMER =
  'This check-in is a self-check to help you notice how you are doing over time, not a diagnosis. If you ' +
  'are struggling, talk to someone you trust or to a health professional.';

function scoreCbiScale(instrument: Instrument, answers: readonly ItemAnswer[], minAnswered: number): number | null {
  assertValid(instrument, answers);
  let sum = 0;
  let answered = 0;
  answers.forEach((answer, index) => {
    if (answer === null) return;
    const reversed = instrument.items[index]?.reverseScored === true;
    sum += pointsAt(CBI_POINTS, reversed ? CBI_POINTS.length - 1 - answer : answer);
    answered += 1;
  });
  return answered < minAnswered ? null : sum / answered;
}

function assertValid(instrument: Instrument, answers: readonly ItemAnswer[]): void {
  const problem = answersProblem(instrument, answers);
  if (problem !== null) throw new RangeError(problem);
}

function answersProblem(instrument: Instrument, answers: readonly ItemAnswer[]): string | null {
  if (answers.length !== instrument.items.length) {
    return `${instrument.id} has ${instrument.items.length} items, got ${answers.length} answers`;
  }
  for (const [index, answer] of answers.entries()) {
    const optionCount = instrument.items[index]?.options.length ?? 0;
    if (answer !== null && !(Number.isInteger(answer) && answer >= 0 && answer < optionCount)) {
      return `${instrument.items[index]?.id ?? instrument.id}: answer ${answer} is not an option index 0–${optionCount - 1}`;
    }
  }
  return null;
}

// Indexes are validated before scoring; the guard only satisfies noUncheckedIndexedAccess.
function pointsAt(points: readonly number[], index: number): number {
  const value = points[index];
  if (value === undefined) throw new RangeError(`No points for option ${index}`);
  return value;
}
