import { format, isValid } from 'date-fns';
import { CBI_HIGH_FROM, CBI_MODERATE_FROM, UCLA_LONELY_FROM, scoreCheckIn } from './check-in-scoring';
import { checkInMoment, isWeekDone, type CheckInScheduleSettings } from './check-in-schedule';
import { addIsoWeeks, compareIsoWeeks, isoWeekOf } from './iso-week';
import { leastSquaresSlope, weeklySeries } from './trends';
import type { CheckIn, IsoWeek } from './types';
import type { EarlyWarning, WarningRules } from './warning';

// The wellbeing early warnings of SPEC §4. Each warning carries its rule in words, shown to the user next to
// it, so the app never raises an alarm it cannot explain. Readings of the spec:
// - "3 consecutive check-ins" are the last three check-ins that have a CBI work score, in week order; weeks
//   without a check-in (or with too few answers to score) do not break the run, since a busy week off is not
//   evidence of recovery.
// - "any ≥ 75" is the latest scored check-in, not any check-in ever, or one bad week would warn forever.
// - The slope is over the 6 weeks ending with the current week (with at least 4 scored), so it fades when
//   check-ins stop instead of repeating a stale trend.
// - "2 of the last 3 check-ins" counts the last three check-ins with a UCLA-3 score; with only two, both
//   must be 6 or more.

export const CHECK_IN_WARNING_IDS = [
  'burnout-high',
  'burnout-sustained',
  'burnout-rising',
  'loneliness',
  'check-in-due',
] as const;
export type CheckInWarningId = (typeof CHECK_IN_WARNING_IDS)[number];

export type CheckInWarning = EarlyWarning<CheckInWarningId>;

/** Slope, in CBI points per week, from which a rising work-burnout trend warns. */
export const CBI_RISING_SLOPE_FROM = 5;
const SLOPE_WEEKS = 6;
const SLOPE_MIN_PRESENT = 4;
// A slope that is exactly 5 on paper can come out as 4.999999999 in floating point; it should still warn.
const SLOPE_TOLERANCE = 1e-9;
// More names than this make the message a list to read rather than a suggestion to act on.
const MAX_NAMED_ALLIES = 3;

export const CHECK_IN_WARNING_RULES = {
  'burnout-high': {
    title: 'Work burnout is high',
    rule: 'Your latest work-related burnout score (Copenhagen Burnout Inventory) is 75 or more.',
  },
  'burnout-sustained': {
    title: 'Work burnout has stayed up',
    rule: 'Your work-related burnout score was 50 or more in each of your last 3 check-ins.',
  },
  'burnout-rising': {
    title: 'Work burnout is rising',
    rule:
      'Your work-related burnout score rose by 5 or more points a week over the last 6 weeks (least-squares ' +
      'slope, from at least 4 check-ins in those weeks).',
  },
  loneliness: {
    title: 'You may be carrying this alone',
    rule: 'Your loneliness score (Three-Item Loneliness Scale) was 6 or more in 2 of your last 3 check-ins.',
  },
  'check-in-due': {
    title: "This week's check-in is due",
    rule: "This week's check-in is not done and its day and time, set in Settings, have passed.",
  },
} as const satisfies WarningRules<CheckInWarningId>;

/** A check-in reduced to what the warnings read. */
export type ScoredCheckIn = { week: IsoWeek; cbiWork: number | null; ucla3: number | null };

export type CheckInDueState = 'done' | 'not-yet-due' | 'due';

/**
 * For the Today screen: `due` from this ISO week's check-in moment (inclusive) until this week's check-in is
 * done; `not-yet-due` before the moment.
 */
export function checkInDueState({
  now,
  checkInWeekday,
  checkInTime,
  lastCheckInWeek,
}: CheckInScheduleSettings & { now: Date; lastCheckInWeek: IsoWeek | null }): CheckInDueState {
  if (!isValid(now)) throw new RangeError('checkInDueState: invalid now');
  const currentWeek = isoWeekOf(now);
  if (isWeekDone(currentWeek, lastCheckInWeek)) return 'done';
  return now >= checkInMoment(currentWeek, { checkInWeekday, checkInTime }) ? 'due' : 'not-yet-due';
}

/** All wellbeing warnings that hold at `now`, in the order of CHECK_IN_WARNING_IDS. */
export function checkInWarnings({
  checkIns,
  now,
  checkInWeekday,
  checkInTime,
  overdueAllies,
}: CheckInScheduleSettings & {
  checkIns: readonly Pick<CheckIn, 'week' | 'cbiWork' | 'cbiPersonal' | 'ucla3'>[];
  now: Date;
  /** Names of allies (influential peers) overdue for a conversation, most pressing first. */
  overdueAllies: readonly string[];
}): CheckInWarning[] {
  if (!isValid(now)) throw new RangeError('checkInWarnings: invalid now');
  const scored = checkIns.map(({ week, ...answers }) => {
    const { cbiWork, ucla3 } = scoreCheckIn(answers);
    return { week, cbiWork, ucla3 };
  });
  const latestWeek = latest(scored.map((s) => s.week));
  const dueState = checkInDueState({ now, checkInWeekday, checkInTime, lastCheckInWeek: latestWeek });

  const warnings = [...burnoutWarnings(scored, isoWeekOf(now))];
  const loneliness = lonelinessWarning(scored, overdueAllies);
  if (loneliness !== null) warnings.push(loneliness);
  if (dueState === 'due') {
    const moment = checkInMoment(isoWeekOf(now), { checkInWeekday, checkInTime });
    warnings.push({
      id: 'check-in-due',
      ...CHECK_IN_WARNING_RULES['check-in-due'],
      message: `Your weekly check-in was due ${format(moment, "EEEE 'at' HH:mm")}. It takes about two minutes.`,
    });
  }
  return warnings;
}

/** The three work-burnout warnings, from scored check-ins in any order; `currentWeek` ends the slope window. */
export function burnoutWarnings(scored: readonly ScoredCheckIn[], currentWeek: IsoWeek): CheckInWarning[] {
  const withScore = inWeekOrder(scored).flatMap(({ week, cbiWork }) =>
    cbiWork === null ? [] : [{ week, score: cbiWork }],
  );
  const warnings: CheckInWarning[] = [];

  const newest = withScore.at(-1);
  if (newest !== undefined && newest.score >= CBI_HIGH_FROM) {
    warnings.push({
      id: 'burnout-high',
      ...CHECK_IN_WARNING_RULES['burnout-high'],
      message: `Your work-related burnout score was ${points(newest.score)} in your latest check-in (${newest.week}).`,
    });
  }

  const lastThree = withScore.slice(-3);
  if (lastThree.length === 3 && lastThree.every((s) => s.score >= CBI_MODERATE_FROM)) {
    warnings.push({
      id: 'burnout-sustained',
      ...CHECK_IN_WARNING_RULES['burnout-sustained'],
      message: `Your last three work-related burnout scores were ${englishList(
        lastThree.map((s) => points(s.score)),
        'conjunction',
      )}.`,
    });
  }

  const series = weeklySeries(
    withScore.map((s) => ({ week: s.week, value: s.score })),
    addIsoWeeks(currentWeek, -(SLOPE_WEEKS - 1)),
    currentWeek,
  );
  const slope = leastSquaresSlope(series, SLOPE_WEEKS, SLOPE_MIN_PRESENT);
  if (slope !== null && slope >= CBI_RISING_SLOPE_FROM - SLOPE_TOLERANCE) {
    warnings.push({
      id: 'burnout-rising',
      ...CHECK_IN_WARNING_RULES['burnout-rising'],
      message: `Your work-related burnout score has been rising by about ${slope.toFixed(1)} points a week.`,
    });
  }
  return warnings;
}

/**
 * The loneliness warning, from scored check-ins in any order. It names up to three overdue allies, because a
 * specific person to call is easier to act on than "reach out to someone".
 */
export function lonelinessWarning(
  scored: readonly ScoredCheckIn[],
  overdueAllies: readonly string[],
): CheckInWarning | null {
  const lastThree = inWeekOrder(scored)
    .flatMap(({ ucla3 }) => (ucla3 === null ? [] : [ucla3]))
    .slice(-3);
  const lonely = lastThree.filter((score) => score >= UCLA_LONELY_FROM).length;
  if (lonely < 2) return null;

  const names = overdueAllies.map((name) => name.trim()).filter((name) => name !== '');
  const shown = names.slice(0, MAX_NAMED_ALLIES);
  const others = names.length - shown.length;
  const suggestion =
    shown.length === 0
      ? 'Consider reaching out to someone you trust this week.'
      : `Consider reaching out to ${englishList(
          others === 0 ? shown : [...shown, `${others} other overdue ${others === 1 ? 'ally' : 'allies'}`],
          'disjunction',
        )}; it has been a while since you talked.`;
  return {
    id: 'loneliness',
    ...CHECK_IN_WARNING_RULES.loneliness,
    message: `Your loneliness score was 6 or more in ${lonely} of your last ${lastThree.length} check-ins. ${suggestion}`,
  };
}

function inWeekOrder(scored: readonly ScoredCheckIn[]): ScoredCheckIn[] {
  return [...scored].sort((a, b) => compareIsoWeeks(a.week, b.week));
}

function latest(weeks: readonly IsoWeek[]): IsoWeek | null {
  return weeks.reduce<IsoWeek | null>(
    (best, week) => (best === null || compareIsoWeeks(week, best) > 0 ? week : best),
    null,
  );
}

// Whole points, as the check-in screen shows them; a warning only fires at or above a whole threshold, so
// rounding never shows a number below the rule's line.
function points(score: number): string {
  return String(Math.round(score));
}

// The app's text is English; a fixed locale keeps messages identical on every machine.
function englishList(items: readonly string[], type: 'conjunction' | 'disjunction'): string {
  return new Intl.ListFormat('en', { style: 'long', type }).format(items);
}
