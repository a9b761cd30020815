// The shape of every early warning of SPEC §4, whichever module raises it (wellbeing, relationships, the
// roadmap room), so one list can show them side by side. Each carries the rule that raised it in words: the
// app never raises an alarm it cannot explain.

export type EarlyWarning<Id extends string = string> = {
  id: Id;
  title: string;
  /** The rule that raised it, in words, always shown with it. */
  rule: string;
  /** What the rule found in this user's data, and what might help. */
  message: string;
};

/** The fixed words of each warning, by id: the title and the rule, shown whatever the data. */
export type WarningRules<Id extends string> = Record<Id, Pick<EarlyWarning, 'title' | 'rule'>>;
