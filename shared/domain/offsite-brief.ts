import { format, parseISO } from 'date-fns';
import { groupBy } from './collections';
import { compareNames, compareStrings } from './compare';
import { isOverdue, sortCommitments } from './commitments';
import { calendarDaysBetween, localDateOf } from './dates';
import { addLocalDays, addQuarters, quarterOf, quarterRange, type DateRange, type QuarterKey } from './local-calendar';
import type { PersonStatus } from './relationships';
import { momentsIn, upstreamSummary, type UpstreamSummary } from './upstream-score';
import {
  STANCES,
  type Commitment,
  type Conversation,
  type IsoInstant,
  type LocalDate,
  type NoteItem,
  type Person,
  type StrategyArea,
  type StrategyMoment,
  type TechImpact,
} from './types';

// The offsite brief (SPEC §1 moment 3, §5): before a strategy offsite, one section per chosen person —
// where they stand, how the relationship is, what they care about, what is owed either way and what to
// raise with them — then where I stood in the period's strategic decisions. Built from what the app
// already computes (each person's PersonStatus from relationships.ts, the open commitments), the facts
// of each person's latest conversation (never its notes: a printed brief can lie on a table) and the
// period's strategy moments. The screen, the PDF and the Markdown file all show this one structure.

/** The brief starts with everyone not archived who has at least this much say (Mendelow's power, 1–5). */
export const BRIEF_DEFAULT_MIN_INFLUENCE = 3;
/** How many priorities, worries and ways to help each section lists; the rest are counted. */
export const BRIEF_TOP_ITEMS = 3;
/** A commitment due within this many days after today is worth raising now. */
export const COMMITMENT_DUE_SOON_DAYS = 7;
/** The rolling periods offered, in days ending today. */
export const BRIEF_ROLLING_DAYS = [30, 90] as const;
/** How many whole quarters before the current one the period choice offers. */
export const BRIEF_PAST_QUARTERS = 4;
/** A new brief covers the last this many days, the roadmap room's rolling window. */
export const DEFAULT_BRIEF_PERIOD_DAYS = 90;
export const DEFAULT_BRIEF_PERIOD_KEY = `last-${DEFAULT_BRIEF_PERIOD_DAYS}-days`;
/** How a decision's driver is named once they are no longer in the journal. */
export const FORMER_PERSON = 'someone no longer in the journal';

export const TALKING_POINTS_EXPLANATION =
  'Suggested talking points follow three rules. Overdue: more than 1.5 × your cadence since you last talked, ' +
  'or never talked once they have been in your journal longer than their cadence. Commitments due: anything ' +
  `open either way that is past due or due in the next ${COMMITMENT_DUE_SOON_DAYS} days. Unresolved worries: ` +
  `their ${BRIEF_TOP_ITEMS} newest worries not marked resolved.`;

/** A period the brief can cover: whole local days, both ends included. */
export type BriefPeriod = { key: string; label: string; range: DateRange };

/** What the brief reads of a conversation: its facts, never its notes. */
export type BriefConversation = Pick<Conversation, 'id' | 'createdAt' | 'occurredAt' | 'personIds' | 'kind'> & {
  title?: string;
  warmth?: number;
};

export type OffsiteBriefInput = {
  /** Everyone in the journal: the chosen people's records, and the names of who drove each decision. */
  people: readonly Person[];
  /** Who the brief is about. Ids no longer in `people`, or without a status, are left out. */
  chosenIds: readonly string[];
  /** Each person's cadence, warmth and health as the app computes them (relationships.ts `personStatus`). */
  statuses: ReadonlyMap<string, PersonStatus>;
  /** Conversations with the chosen people; each section shows its person's latest up to `now`. */
  conversations: readonly BriefConversation[];
  /** The open commitments (done ones are ignored), anyone's. */
  openCommitments: readonly Commitment[];
  /** Strategy moments; those dated within the period count. */
  moments: readonly StrategyMoment[];
  period: DateRange;
  now: Date;
};

/** The newest open items of a list, and how many more open ones there are. */
export type BriefNoteList = { items: NoteItem[]; more: number };

export type BriefCommitment = Commitment & { overdue: boolean };

export type TalkingPoint =
  /** Cadence overdue; `daysSince` is `null` when they have never been talked to. */
  | { rule: 'overdue'; daysSince: number | null; cadenceDays: number }
  /** `daysLate` > 0: that many days past due; 0: due today; < 0: due in that many days. */
  | { rule: 'commitment-due'; commitment: Commitment; daysLate: number }
  | { rule: 'unresolved-worry'; worry: NoteItem };

export type BriefPersonSection = {
  person: Person;
  status: PersonStatus;
  /** Steps on the stance scale from now to desired: 2 means two steps to go, 0 there, below 0 beyond it. */
  stanceGap: number;
  lastConversation: BriefConversation | null;
  priorities: BriefNoteList;
  worries: BriefNoteList;
  waysICanHelp: BriefNoteList;
  /** Open, overdue first then by due day (commitments.ts `sortCommitments`). */
  iOwe: BriefCommitment[];
  theyOwe: BriefCommitment[];
  talkingPoints: TalkingPoint[];
};

export type BriefBlindsided = {
  id: string;
  occurredOn: LocalDate;
  title: string;
  area: StrategyArea;
  techImpact: TechImpact;
  /** The names of who drove it, `FORMER_PERSON` for someone since removed. */
  drivenBy: string[];
};

export type OffsiteBrief = {
  preparedAt: IsoInstant;
  today: LocalDate;
  /** The period as counted: it never runs past today, since no decision has happened after it. */
  period: DateRange;
  /** Most influential first, then by name. */
  sections: BriefPersonSection[];
  upstream: Omit<UpstreamSummary, 'blindsided'>;
  /** Newest first. */
  blindsided: BriefBlindsided[];
};

/** The people a new brief starts with: not archived, influence at least BRIEF_DEFAULT_MIN_INFLUENCE. */
export function defaultBriefPeople(people: readonly Person[]): string[] {
  return people
    .filter((person) => !person.archived && person.influence >= BRIEF_DEFAULT_MIN_INFLUENCE)
    .map((person) => person.id);
}

/** Today and the `days − 1` days before it. */
function rollingPeriod(days: number, today: LocalDate): BriefPeriod {
  return {
    key: `last-${days}-days`,
    label: `Last ${days} days`,
    range: { from: addLocalDays(today, -(days - 1)), to: today },
  };
}

/**
 * The periods offered: the last 30 and 90 days (today included), the current quarter so far, then the
 * BRIEF_PAST_QUARTERS whole quarters before it, newest first.
 */
export function briefPeriods(now: Date): BriefPeriod[] {
  const today = localDateOf(now);
  const current = quarterOf(today);
  const quarters = Array.from({ length: BRIEF_PAST_QUARTERS + 1 }, (_, index): BriefPeriod => {
    const quarter: QuarterKey = addQuarters(current, -index);
    const { from, to } = quarterRange(quarter);
    return index === 0
      ? { key: quarter, label: `This quarter (${quarter}, so far)`, range: { from, to: today } }
      : { key: quarter, label: `${quarter} (${monthName(from)}–${monthName(to)})`, range: { from, to } };
  });
  return [...BRIEF_ROLLING_DAYS.map((days) => rollingPeriod(days, today)), ...quarters];
}

/**
 * The period offered under `key` today, or the default (the last DEFAULT_BRIEF_PERIOD_DAYS days) when
 * that key is not offered, as happens to the oldest quarter when a new quarter starts.
 */
export function briefPeriodByKey(key: string, now: Date): BriefPeriod {
  return (
    briefPeriods(now).find((period) => period.key === key) ?? rollingPeriod(DEFAULT_BRIEF_PERIOD_DAYS, localDateOf(now))
  );
}

function monthName(date: LocalDate): string {
  return format(parseISO(date), 'MMMM');
}

/**
 * The open items of a list (not resolved, and not noted after today), newest first; among items noted on
 * the same day the one added last comes first.
 */
function openItems(items: readonly NoteItem[], today: LocalDate): BriefNoteList {
  const open = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.resolvedOn === undefined && item.notedOn <= today)
    .sort((a, b) => compareStrings(b.item.notedOn, a.item.notedOn) || b.index - a.index)
    .map(({ item }) => item);
  return { items: open.slice(0, BRIEF_TOP_ITEMS), more: Math.max(0, open.length - BRIEF_TOP_ITEMS) };
}

/** The person's latest conversation up to `now` (ties: logged last, then id), `null` when there is none. */
function latestConversation(
  personId: string,
  conversations: readonly BriefConversation[],
  now: Date,
): BriefConversation | null {
  const nowMs = now.getTime();
  let latest: BriefConversation | null = null;
  for (const conversation of conversations) {
    if (!conversation.personIds.includes(personId) || !(Date.parse(conversation.occurredAt) <= nowMs)) continue;
    if (
      latest === null ||
      (compareStrings(conversation.occurredAt, latest.occurredAt) ||
        compareStrings(conversation.createdAt, latest.createdAt) ||
        compareStrings(conversation.id, latest.id)) > 0
    ) {
      latest = conversation;
    }
  }
  return latest;
}

/**
 * The talking points for one person, by the rules of TALKING_POINTS_EXPLANATION, in this order: overdue,
 * then the commitments due (earliest due first; on the same day what I owe first), then the worries
 * (`worries` as the section lists them, newest first). `commitments` may be anyone's; only this person's
 * open ones count.
 */
export function talkingPoints(
  status: PersonStatus,
  commitments: readonly Commitment[],
  worries: readonly NoteItem[],
  today: LocalDate,
): TalkingPoint[] {
  const points: TalkingPoint[] = [];
  if (status.cadence.status === 'overdue') {
    points.push({ rule: 'overdue', daysSince: status.daysSince, cadenceDays: status.cadence.cadenceDays });
  }
  const dueBy = addLocalDays(today, COMMITMENT_DUE_SOON_DAYS);
  const due = commitments
    .filter(
      (commitment) =>
        commitment.personId === status.personId &&
        !commitment.doneOn &&
        commitment.dueOn !== undefined &&
        commitment.dueOn <= dueBy,
    )
    .sort(
      (a, b) =>
        compareStrings(a.dueOn ?? '', b.dueOn ?? '') ||
        compareStrings(a.direction, b.direction) ||
        compareStrings(a.createdAt, b.createdAt) ||
        compareStrings(a.id, b.id),
    );
  for (const commitment of due) {
    points.push({
      rule: 'commitment-due',
      commitment,
      daysLate: calendarDaysBetween(commitment.dueOn ?? today, today),
    });
  }
  for (const worry of worries) points.push({ rule: 'unresolved-worry', worry });
  return points;
}

function personSection(
  person: Person,
  status: PersonStatus,
  conversations: readonly BriefConversation[],
  openCommitments: readonly Commitment[],
  now: Date,
  today: LocalDate,
): BriefPersonSection {
  const worries = openItems(person.worries, today);
  const open = sortCommitments(openCommitments, today).map((commitment) => ({
    ...commitment,
    overdue: isOverdue(commitment, today),
  }));
  return {
    person,
    status,
    stanceGap: STANCES.indexOf(person.desiredStance) - STANCES.indexOf(person.stance),
    lastConversation: latestConversation(person.id, conversations, now),
    priorities: openItems(person.priorities, today),
    worries,
    waysICanHelp: openItems(person.waysICanHelp, today),
    iOwe: open.filter((commitment) => commitment.direction === 'i-owe'),
    theyOwe: open.filter((commitment) => commitment.direction === 'they-owe'),
    talkingPoints: talkingPoints(status, openCommitments, worries.items, today),
  };
}

/** The brief: pure, so the screen, the PDF, the Markdown file and the tests see the same content. */
export function buildOffsiteBrief(input: OffsiteBriefInput): OffsiteBrief {
  const today = localDateOf(input.now);
  const period = { from: input.period.from, to: input.period.to < today ? input.period.to : today };
  const byId = new Map(input.people.map((person) => [person.id, person]));
  const openByPerson = groupBy(
    input.openCommitments.filter((commitment) => !commitment.doneOn),
    (commitment) => [commitment.personId],
  );

  const chosen = [...new Set(input.chosenIds)].flatMap((id) => {
    const person = byId.get(id);
    const status = input.statuses.get(id);
    return person && status ? [{ person, status }] : [];
  });
  chosen.sort(
    (a, b) =>
      b.person.influence - a.person.influence ||
      compareNames(a.person.name, b.person.name) ||
      compareStrings(a.person.id, b.person.id),
  );

  const { blindsided, ...upstream } = upstreamSummary(momentsIn(input.moments, period));
  return {
    preparedAt: input.now.toISOString(),
    today,
    period,
    sections: chosen.map(({ person, status }) =>
      personSection(person, status, input.conversations, openByPerson.get(person.id) ?? [], input.now, today),
    ),
    upstream,
    blindsided: blindsided.map((moment) => ({
      id: moment.id,
      occurredOn: moment.occurredOn,
      title: moment.title,
      area: moment.area,
      techImpact: moment.techImpact,
      drivenBy: moment.drivenBy.map((id) => byId.get(id)?.name ?? FORMER_PERSON),
    })),
  };
}

/** The file name a saved brief is offered under, e.g. `upstream-brief-2026-11-30.md`. */
export function briefFileName(brief: OffsiteBrief, extension: 'md' | 'pdf'): string {
  return `upstream-brief-${brief.today}.${extension}`;
}
