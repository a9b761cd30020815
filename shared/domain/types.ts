// The domain model of SPEC.md §3. These are the shapes stored in IndexedDB and passed to the pure
// functions of shared/domain. Dates: ISO 8601 UTC strings for instants (`createdAt`, `occurredAt`),
// `YYYY-MM-DD` in the user's local calendar for days (`notedOn`, `dueOn`).

/** An ISO 8601 instant in UTC, e.g. `2026-11-21T09:30:00.000Z`. */
export type IsoInstant = string;
/** A calendar day in the user's local calendar, `YYYY-MM-DD`. */
export type LocalDate = string;
/** An ISO week, e.g. `2026-W47`. */
export type IsoWeek = string;

export type BaseRecord = {
  id: string;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
};

export const PERSON_FUNCTIONS = [
  'ceo',
  'product',
  'finance',
  'sales',
  'marketing',
  'customer-success',
  'operations',
  'people',
  'legal',
  'board',
  'engineering',
  'other',
] as const;
export type PersonFunction = (typeof PERSON_FUNCTIONS)[number];

export const RELATIONSHIPS = ['manager', 'peer', 'board', 'report', 'external'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** PMBOK engagement scale, from furthest to closest to my agenda. */
export const STANCES = ['opposed', 'skeptical', 'neutral', 'supportive', 'champion'] as const;
export type Stance = (typeof STANCES)[number];

/** One entry of a person's priorities, worries or ways I can help. */
export type NoteItem = {
  id: string;
  text: string;
  notedOn: LocalDate;
  resolvedOn?: LocalDate;
  /** The conversation in which it was heard, when it came from one. */
  conversationId?: string;
};

export type Person = BaseRecord & {
  name: string;
  title: string;
  emails: string[];
  function: PersonFunction;
  relationship: Relationship;
  /** Power over roadmap and budget decisions, 1–5 (Mendelow's power axis). */
  influence: number;
  stance: Stance;
  desiredStance: Stance;
  /** How often I want to talk, in days. */
  cadenceDays: number;
  priorities: NoteItem[];
  worries: NoteItem[];
  waysICanHelp: NoteItem[];
  notes: string;
  archived: boolean;
  /**
   * Added by name from the quick log, with the defaults of a new person: until their profile is saved once
   * (relationship, influence, function), they are not counted as an ally.
   */
  profileIncomplete?: true;
};

/** A dated change of a person's stance, kept so drift is visible. */
export type StanceChange = BaseRecord & {
  personId: string;
  changedAt: IsoInstant;
  /** `null` for the first stance recorded when the person was created. */
  from: Stance | null;
  to: Stance;
};

export const CONVERSATION_KINDS = [
  'one-on-one',
  'group',
  'exec-meeting',
  'offsite',
  'meal',
  'hallway',
  'call',
  'async',
] as const;
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];

export type ConversationHabits = {
  /** I learned their current priorities or worries. */
  listened: boolean;
  /** I explained tech in their terms. */
  plainLanguage: boolean;
  /** I offered to solve something for them. */
  offeredHelp: boolean;
};

export type Conversation = BaseRecord & {
  occurredAt: IsoInstant;
  personIds: string[];
  kind: ConversationKind;
  title?: string;
  notes: string;
  /** 1 cold/tense … 5 warm/trusting. */
  warmth?: number;
  habits?: ConversationHabits;
  tags: string[];
  source: 'manual' | 'calendar';
  calendarUid?: string;
};

export const COMMITMENT_DIRECTIONS = ['i-owe', 'they-owe'] as const;
export type CommitmentDirection = (typeof COMMITMENT_DIRECTIONS)[number];

export type Commitment = BaseRecord & {
  personId: string;
  conversationId?: string;
  direction: CommitmentDirection;
  text: string;
  dueOn?: LocalDate;
  doneOn?: LocalDate;
};

/** The raw answer to one item: the index of the option chosen (0 = first option), or `null` if skipped. */
export type ItemAnswer = number | null;

export type CheckIn = BaseRecord & {
  week: IsoWeek;
  completedAt: IsoInstant;
  instrumentVersion: number;
  /** Copenhagen Burnout Inventory, work-related: 7 answers. */
  cbiWork: ItemAnswer[];
  /** Copenhagen Burnout Inventory, personal: 6 answers, absent when turned off in Settings. */
  cbiPersonal?: ItemAnswer[];
  /** Three-Item Loneliness Scale: 3 answers. */
  ucla3: ItemAnswer[];
  energy?: number;
  leanedOn: string[];
  win?: string;
  drain?: string;
  reflection?: string;
};

export const STRATEGY_AREAS = [
  'roadmap',
  'acquisition',
  'budget',
  'org',
  'pricing',
  'partnership',
  'platform',
  'other',
] as const;
export type StrategyArea = (typeof STRATEGY_AREAS)[number];

/** RACI vocabulary, from least to most involved; the ordinal is the index. */
export const INVOLVEMENTS = ['blindsided', 'informed', 'present', 'consulted', 'shaped'] as const;
export type Involvement = (typeof INVOLVEMENTS)[number];

export const TECH_IMPACTS = ['none', 'low', 'medium', 'high'] as const;
export type TechImpact = (typeof TECH_IMPACTS)[number];

export type StrategyMoment = BaseRecord & {
  occurredOn: LocalDate;
  title: string;
  area: StrategyArea;
  involvement: Involvement;
  techImpact: TechImpact;
  drivenBy: string[];
  notes: string;
  nextTime: string;
  conversationId?: string;
};

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export type CadenceDefaults = {
  manager: number;
  productPeer: number;
  otherPeer: number;
  board: number;
  other: number;
};

export type Settings = {
  /** There is one settings record; its id is always `app`. */
  id: 'app';
  updatedAt: IsoInstant;
  /** ISO weekday of the check-in, 1 = Monday … 7 = Sunday. */
  checkInWeekday: number;
  /** Local time of the check-in reminder, `HH:mm`. */
  checkInTime: string;
  includeCbiPersonal: boolean;
  cadenceDefaults: CadenceDefaults;
  theme: Theme;
  backupFolder?: string;
  backupRetention: { daily: number; weekly: number; monthly: number };
  lock: { enabled: boolean; idleMinutes: number };
};

/** Unsaved form content, keyed by form (e.g. `conversation:new`), so nothing typed is lost. */
export type Draft = {
  formKey: string;
  updatedAt: IsoInstant;
  value: unknown;
};
