import { format, parseISO } from 'date-fns';
import { FUNCTION_LABELS, KIND_LABELS, RELATIONSHIP_LABELS, STANCE_LABELS } from './labels';
import { localDateOf } from './dates';
import type { DateRange } from './local-calendar';
import { escapeInline } from './markdown-export';
import {
  TALKING_POINTS_EXPLANATION,
  type BriefCommitment,
  type BriefConversation,
  type BriefNoteList,
  type BriefPersonSection,
  type OffsiteBrief,
  type TalkingPoint,
} from './offsite-brief';
import {
  CADENCE_EXPLANATION,
  HEALTH_EXPLANATION,
  HEALTH_WEIGHTS,
  type CadenceStatus,
  type PersonStatus,
  type WarmthDirection,
} from './relationships';
import { AREA_LABELS, INVOLVEMENT_FORM_ORDER, INVOLVEMENT_LABELS, TECH_IMPACT_LABELS } from './strategy-moment';
import { UPSTREAM_SCORE_EXPLANATION, formatUpstreamScore } from './upstream-score';
import type { LocalDate } from './types';

// The offsite brief in words: what the brief page shows and the Markdown export writes, from the one
// structure of offsite-brief.ts, so the two never say different things. Everything here is plain text;
// the Markdown export escapes each value the user typed, the way the conversations export does.

/** How the cadence stands, once there has been a conversation or the person is overdue for a first one. */
const CADENCE_WORDS: Record<Exclude<CadenceStatus, 'never'>, string> = {
  'on-track': 'on track',
  due: 'due',
  overdue: 'overdue',
};

const WARMTH_DIRECTION_WORDS: Record<WarmthDirection, string> = {
  up: 'warming',
  flat: 'steady',
  down: 'cooling',
  unknown: 'too few ratings for a trend',
};

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** A day as the brief writes it: "20 November 2026". */
export function formatBriefDay(date: LocalDate): string {
  return format(parseISO(date), 'd MMMM yyyy');
}

/** "2 September – 30 November 2026", with both years when they differ. */
export function describeDateRange({ from, to }: DateRange): string {
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${format(parseISO(from), sameYear ? 'd MMMM' : 'd MMMM yyyy')} – ${formatBriefDay(to)}`;
}

/** "today", "1 day ago", "12 days ago" or "never". */
export function describeDaysSince(days: number | null): string {
  if (days === null) return 'never';
  if (days <= 0) return 'today';
  return `${plural(days, 'day')} ago`;
}

/** "2 steps to go", "where you want them", "1 step beyond what you aimed for". */
export function describeStanceGap(gap: number): string {
  if (gap === 0) return 'where you want them';
  return gap > 0 ? `${plural(gap, 'step')} to go` : `${plural(-gap, 'step')} beyond what you aimed for`;
}

/** "Skeptical now, Supportive wanted (2 steps to go)". */
export function describeStance(section: BriefPersonSection): string {
  const { stance, desiredStance } = section.person;
  return `${STANCE_LABELS[stance]} now, ${STANCE_LABELS[desiredStance]} wanted (${describeStanceGap(section.stanceGap)})`;
}

/** "Chief Financial Officer · Finance · Peer · influence 4 of 5", without a title left empty or the function "other". */
export function describeRole(section: BriefPersonSection): string {
  const { person } = section;
  return [
    person.title.trim(),
    person.function === 'other' ? '' : FUNCTION_LABELS[person.function],
    RELATIONSHIP_LABELS[person.relationship],
    `influence ${person.influence} of 5`,
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/** One component of the health score: what it is made of, and the points it gives. */
export type HealthRow = { component: 'Recency' | 'Warmth' | 'Commitments'; value: string; points: string };

/** The three components of health beside the score (SPEC §4 "components are shown beside the number"). */
export function healthRows(status: PersonStatus): HealthRow[] {
  const { health, warmth, cadence } = status;
  const points = (value: number, weight: number) => `${value.toFixed(1)} of ${weight}`;
  const talked = status.daysSince === null ? 'never talked' : `last talked ${describeDaysSince(status.daysSince)}`;
  // Someone new and never talked to is not behind yet: there is no standing to report.
  const standing = cadence.status === 'never' ? '' : `, ${CADENCE_WORDS[cadence.status]}`;
  return [
    {
      component: 'Recency',
      value: `${Math.round(health.components.recency * 100)}%: ${talked}${standing} (every ${plural(cadence.cadenceDays, 'day')})`,
      points: points(health.points.recency, HEALTH_WEIGHTS.recency),
    },
    {
      component: 'Warmth',
      value:
        warmth.ewma === null
          ? 'no ratings yet (counts as half)'
          : `${warmth.ewma.toFixed(1)} of 5, ${WARMTH_DIRECTION_WORDS[warmth.direction]}`,
      points: points(health.points.warmth, HEALTH_WEIGHTS.warmth),
    },
    {
      component: 'Commitments',
      value: `${status.overdueIOweCount} overdue that I owe`,
      points: points(health.points.commitments, HEALTH_WEIGHTS.commitments),
    },
  ];
}

/** "12 November 2026, 1:1 “Budget review”, warmth 3 of 5", or that there has been none. */
export function describeConversation(conversation: BriefConversation | null): string {
  if (conversation === null) return 'none logged yet';
  const title = conversation.title ? ` “${conversation.title}”` : '';
  const warmth = conversation.warmth === undefined ? '' : `, warmth ${conversation.warmth} of 5`;
  return `${formatBriefDay(localDateOf(conversation.occurredAt))}, ${KIND_LABELS[conversation.kind]}${title}${warmth}`;
}

function dueText(daysLate: number, dueOn: LocalDate): string {
  if (daysLate > 0) return `${plural(daysLate, 'day')} overdue (due ${formatBriefDay(dueOn)})`;
  if (daysLate === 0) return 'due today';
  return `due in ${plural(-daysLate, 'day')} (${formatBriefDay(dueOn)})`;
}

/** A talking point in words. */
export function describeTalkingPoint(point: TalkingPoint): string {
  switch (point.rule) {
    case 'overdue':
      return point.daysSince === null
        ? `Never talked, though you mean to every ${plural(point.cadenceDays, 'day')}: ask for a first conversation.`
        : `Overdue: ${plural(point.daysSince, 'day')} since you last talked, and you mean to every ${plural(point.cadenceDays, 'day')}: make time one to one.`;
    case 'commitment-due': {
      const { commitment, daysLate } = point;
      const when = dueText(daysLate, commitment.dueOn ?? '');
      return commitment.direction === 'i-owe'
        ? `You promised “${commitment.text}”, ${when}: ${daysLate > 0 ? 'deliver it or agree a new date' : 'say where it stands'}.`
        : `They promised “${commitment.text}”, ${when}: ask how it is going.`;
    }
    case 'unresolved-worry':
      return `They worried about “${point.worry.text}” (heard ${formatBriefDay(point.worry.notedOn)}): ask where it stands and whether you can help.`;
  }
}

/** "Send the cost model, due 20 November 2026, overdue" (the direction is said by the list it is in). */
export function describeCommitment(commitment: BriefCommitment): string {
  const due = commitment.dueOn ? `, due ${formatBriefDay(commitment.dueOn)}` : '';
  return `${commitment.text}${due}${commitment.overdue ? ', overdue' : ''}`;
}

/** "The upstream score was 58.3 of 100 over 6 strategic moments", or that there were none. */
export function describeUpstreamScore(brief: OffsiteBrief): string {
  const { score, moments } = brief.upstream;
  return score === null
    ? 'No strategic moments recorded in this period, so no upstream score.'
    : `Upstream score ${formatUpstreamScore(score)} of 100, from ${plural(moments, 'strategic moment')}.`;
}

/** "2 of 4 medium- and high-impact moments (50%)", or that there were none. */
export function describeConsulted(brief: OffsiteBrief): string {
  const { consulted, total, share } = brief.upstream.consultedOnHighImpact;
  return share === null
    ? 'no medium- or high-impact moments'
    : `${consulted} of ${total} medium- and high-impact moments (${Math.round(share * 100)}%)`;
}

/** "20 November 2026: We bought Acme (Acquisition, high impact; driven by Sam Okafor)". */
export function describeBlindsided(moment: OffsiteBrief['blindsided'][number]): string {
  const drivers = moment.drivenBy.length === 0 ? 'no one named' : moment.drivenBy.join(', ');
  return `${formatBriefDay(moment.occurredOn)}: ${moment.title} (${AREA_LABELS[moment.area]}, ${TECH_IMPACT_LABELS[moment.techImpact].toLowerCase()} impact; driven by ${drivers})`;
}

/** "Prepared 30 November 2026 for 2 September – 30 November 2026 · 3 people". */
export function describeBriefScope(brief: OffsiteBrief): string {
  const people = brief.sections.length;
  return `Prepared ${formatBriefDay(brief.today)} for ${describeDateRange(brief.period)} · ${people} ${people === 1 ? 'person' : 'people'}`;
}

/** How the brief's numbers and suggestions are made, shown under it. */
export const BRIEF_EXPLANATIONS = [
  HEALTH_EXPLANATION,
  CADENCE_EXPLANATION,
  TALKING_POINTS_EXPLANATION,
  UPSTREAM_SCORE_EXPLANATION,
] as const;

function noteListLines(title: string, list: BriefNoteList): string[] {
  const lines = ['', `### ${title}`, ''];
  if (list.items.length === 0) return [...lines, '_None open._'];
  for (const item of list.items)
    lines.push(`- ${escapeInline(`${item.text} (noted ${formatBriefDay(item.notedOn)})`)}`);
  if (list.more > 0) lines.push(`- _and ${list.more} more_`);
  return lines;
}

function sectionLines(section: BriefPersonSection): string[] {
  const lines = [
    '',
    `## ${escapeInline(section.person.name)}`,
    '',
    escapeInline(describeRole(section)),
    '',
    `- **Stance:** ${escapeInline(describeStance(section))}`,
    `- **Health:** ${section.status.health.score} of 100`,
    ...healthRows(section.status).map(
      (row) => `  - ${row.component}: ${escapeInline(row.value)}; ${row.points} points`,
    ),
    `- **Last conversation:** ${escapeInline(describeConversation(section.lastConversation))}`,
    '',
    '### Suggested talking points',
    '',
  ];
  if (section.talkingPoints.length === 0) lines.push('_Nothing pressing by the rules below._');
  section.talkingPoints.forEach((point, index) =>
    lines.push(`${index + 1}. ${escapeInline(describeTalkingPoint(point))}`),
  );
  lines.push(
    ...noteListLines('Top priorities', section.priorities),
    ...noteListLines('Top worries', section.worries),
    ...noteListLines('Ways I can help', section.waysICanHelp),
    '',
    '### Open commitments',
    '',
  );
  if (section.iOwe.length + section.theyOwe.length === 0) lines.push('_Nothing open either way._');
  for (const commitment of section.iOwe) lines.push(`- [ ] I owe: ${escapeInline(describeCommitment(commitment))}`);
  for (const commitment of section.theyOwe)
    lines.push(`- [ ] They owe: ${escapeInline(describeCommitment(commitment))}`);
  return lines;
}

/** The brief as one Markdown document: a section per person, then my upstream summary, then how it is computed. */
export function briefAsMarkdown(brief: OffsiteBrief): string {
  const counts = INVOLVEMENT_FORM_ORDER.map((involvement) => String(brief.upstream.counts[involvement]));
  const lines = ['# Offsite brief', '', escapeInline(describeBriefScope(brief))];
  for (const section of brief.sections) lines.push(...sectionLines(section));
  lines.push(
    '',
    '## My upstream summary',
    '',
    escapeInline(describeUpstreamScore(brief)),
    '',
    `| ${INVOLVEMENT_FORM_ORDER.map((involvement) => INVOLVEMENT_LABELS[involvement]).join(' | ')} |`,
    `| ${INVOLVEMENT_FORM_ORDER.map(() => '---').join(' | ')} |`,
    `| ${counts.join(' | ')} |`,
    '',
    `Consulted on what matters: ${escapeInline(describeConsulted(brief))}.`,
    '',
    '### Blindsided',
    '',
  );
  if (brief.blindsided.length === 0) lines.push('_Not blindsided in this period._');
  for (const moment of brief.blindsided) lines.push(`- ${escapeInline(describeBlindsided(moment))}`);
  lines.push('', '## How this brief is computed', '', ...BRIEF_EXPLANATIONS.flatMap((text) => [text, '']));
  return `${lines.join('\n').trimEnd()}\n`;
}
