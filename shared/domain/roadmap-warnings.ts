import { formatUpstreamScore, upstreamByQuarter, upstreamRolling90Days, type ScoredMoment } from './upstream-score';
import type { StrategyMoment } from './types';
import type { EarlyWarning, WarningRules } from './warning';

// The roadmap-room early warnings of SPEC §4, each with its rule in words, shown beside the wellbeing and
// relationship warnings. Readings of the spec:
// - "2 or more blindsided moments in 90 days" uses the same rolling window as the upstream score: today and
//   the 89 days before it, in the local calendar.
// - "Falling 15+ points quarter on quarter" compares the current calendar quarter so far with the whole
//   previous quarter. Waiting for two complete quarters would warn up to three months after the fall and
//   then keep warning for another three; comparing the quarter in progress warns as soon as the moments
//   logged show it. A quarter without moments has no score, so there is nothing to compare until the
//   first moment of the quarter is logged (a gap is never a zero). Scores are compared unrounded.

export const ROADMAP_WARNING_IDS = ['blindsided-repeatedly', 'upstream-falling'] as const;
export type RoadmapWarningId = (typeof ROADMAP_WARNING_IDS)[number];

export type RoadmapWarning = EarlyWarning<RoadmapWarningId>;

/** This many blindsided moments in the rolling 90 days warn. */
export const BLINDSIDED_WARNING_FROM = 2;
/** A fall of this many points, this quarter so far against the previous quarter, warns. */
export const UPSTREAM_FALL_WARNING_FROM = 15;
// Weighted means are fractions: a fall that is exactly 15 on paper can come out as 14.999999999 in floating
// point; it should still warn.
const FALL_TOLERANCE = 1e-9;
/** How many moments a message names before saying "and N more". */
const LISTED = 3;

export const ROADMAP_WARNING_RULES = {
  'blindsided-repeatedly': {
    title: 'Decisions are being made without you',
    rule:
      'You were blindsided by 2 or more strategic moments in the last 90 days (today and the 89 days before ' +
      'it): you learned of the decision late, and it hurt your team.',
  },
  'upstream-falling': {
    title: 'Your upstream score is falling',
    rule:
      "Your upstream score for this calendar quarter so far is 15 or more points below the previous quarter's. " +
      'Each quarter needs at least one moment to have a score, so a new quarter compares from its first moment.',
  },
} as const satisfies WarningRules<RoadmapWarningId>;

/** What the warnings read of a moment. */
export type WarnedMoment = ScoredMoment & Pick<StrategyMoment, 'title'>;

/**
 * The roadmap warnings that hold at `now`, in the order of ROADMAP_WARNING_IDS. Only moments from the start of
 * the previous quarter and from the last 90 days matter, so the caller may pass just those.
 */
export function roadmapWarnings({ moments, now }: { moments: readonly WarnedMoment[]; now: Date }): RoadmapWarning[] {
  const warnings: RoadmapWarning[] = [];

  const { blindsided } = upstreamRolling90Days(moments, now).summary;
  if (blindsided.length >= BLINDSIDED_WARNING_FROM) {
    const named = blindsided.slice(0, LISTED).map((moment) => `“${moment.title}” (${moment.occurredOn})`);
    const more = blindsided.length - named.length;
    warnings.push({
      id: 'blindsided-repeatedly',
      ...ROADMAP_WARNING_RULES['blindsided-repeatedly'],
      message:
        `You were blindsided ${blindsided.length} times in the last 90 days: ${named.join(', ')}` +
        `${more > 0 ? ` and ${more} more` : ''}. The left-out pattern shows who drove them; ` +
        'talk to them before the next decision is drafted.',
    });
  }

  const [previous, current] = upstreamByQuarter(moments, now, 2);
  const previousScore = previous?.summary.score ?? null;
  const currentScore = current?.summary.score ?? null;
  if (previous !== undefined && current !== undefined && previousScore !== null && currentScore !== null) {
    const fall = previousScore - currentScore;
    if (fall >= UPSTREAM_FALL_WARNING_FROM - FALL_TOLERANCE) {
      warnings.push({
        id: 'upstream-falling',
        ...ROADMAP_WARNING_RULES['upstream-falling'],
        message:
          `Your upstream score is ${points(currentScore)} so far in ${current.quarter}, down from ` +
          `${points(previousScore)} in ${previous.quarter}: a fall of ${points(fall)} points.`,
      });
    }
  }
  return warnings;
}

// The same one-decimal figures as every screen: the numbers shown add up to the fall shown within a tenth.
const points = formatUpstreamScore;
