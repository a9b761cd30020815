import type { CommitmentDirection, ConversationKind, PersonFunction, Relationship, Stance } from './types';

// The words Upstream shows for each domain value, apart from the rules that check input: Today's lists need
// the words at start, the validation rules (zod) load with the first save (SPEC §9 start-up budget).

export const KIND_LABELS: Record<ConversationKind, string> = {
  'one-on-one': '1:1',
  group: 'Group',
  'exec-meeting': 'Exec meeting',
  offsite: 'Offsite',
  meal: 'Meal',
  hallway: 'Hallway',
  call: 'Call',
  async: 'Async (chat, email)',
};

export const DIRECTION_LABELS: Record<CommitmentDirection, string> = {
  'i-owe': 'I owe',
  'they-owe': 'They owe',
};

export const WARMTH_LABELS: Record<number, string> = {
  1: '1 — cold, tense',
  2: '2 — cool',
  3: '3 — neutral',
  4: '4 — warm',
  5: '5 — warm, trusting',
};

export const HABIT_LABELS = {
  listened: 'I learned their current priorities or worries',
  plainLanguage: 'I explained tech in their terms',
  offeredHelp: 'I offered to solve something for them',
} as const;

export const FUNCTION_LABELS: Record<PersonFunction, string> = {
  ceo: 'CEO',
  product: 'Product',
  finance: 'Finance',
  sales: 'Sales',
  marketing: 'Marketing',
  'customer-success': 'Customer success',
  operations: 'Operations',
  people: 'People / HR',
  legal: 'Legal',
  board: 'Board',
  engineering: 'Engineering',
  other: 'Other',
};

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  manager: 'Manager (I report to them)',
  peer: 'Peer',
  board: 'Board member',
  report: 'Reports to me',
  external: 'External',
};

export const STANCE_LABELS: Record<Stance, string> = {
  opposed: 'Opposed',
  skeptical: 'Skeptical',
  neutral: 'Neutral',
  supportive: 'Supportive',
  champion: 'Champion',
};

export const INFLUENCE_LABELS: Record<number, string> = {
  1: '1 — little say',
  2: '2 — some say',
  3: '3 — a voice in decisions',
  4: '4 — shapes decisions',
  5: '5 — decides roadmap and budget',
};
