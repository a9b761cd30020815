// The journal's tables, in the order an export writes them, and the size limit of a journal file. A module
// of its own so that code which only needs these (the marker, counts at start-up, the IPC argument checks)
// does not load the export format's record schemas.

export const JOURNAL_TABLES = [
  'people',
  'stanceChanges',
  'conversations',
  'commitments',
  'checkIns',
  'strategyMoments',
  'settings',
] as const;
export type JournalTable = (typeof JOURNAL_TABLES)[number];

export type JournalLimits = {
  /** The longest file text accepted, in characters (UTF-16 code units, about a byte each for most text). */
  maxTextLength: number;
};

export const DEFAULT_JOURNAL_LIMITS: JournalLimits = { maxTextLength: 200 * 1024 * 1024 };
