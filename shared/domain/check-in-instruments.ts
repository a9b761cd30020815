// The weekly check-in's questionnaires, with their published items, answer options and sources (SPEC §4).
// The wording is data so the form, the scoring and the "how is this computed?" text all read one copy.
// Answers are stored as the index of the option chosen, so the order of each options list is part of the
// stored format: never reorder or remove options; a wording change that alters meaning needs a new
// INSTRUMENT_VERSION.

/** Stored on every CheckIn as `instrumentVersion`, so answers can always be read against the wording they were given to. */
export const INSTRUMENT_VERSION = 1;

export const CBI_DEGREE_OPTIONS = [
  'To a very high degree',
  'To a high degree',
  'Somewhat',
  'To a low degree',
  'To a very low degree',
] as const;

export const CBI_FREQUENCY_OPTIONS = ['Always', 'Often', 'Sometimes', 'Seldom', 'Never or almost never'] as const;

export const UCLA3_OPTIONS = ['Hardly ever', 'Some of the time', 'Often'] as const;

export type InstrumentId = 'cbi-work' | 'cbi-personal' | 'ucla3';

export type InstrumentItem = {
  /** Stable across wording fixes; e.g. `cbi-work-7`. */
  id: string;
  text: string;
  /** From the first option (index 0) to the last. */
  options: readonly string[];
  /** The first option means the least burnout (CBI work item 7: "Always" having energy left for family and friends). */
  reverseScored: boolean;
};

export type Instrument = {
  id: InstrumentId;
  name: string;
  shortName: string;
  citation: string;
  items: readonly InstrumentItem[];
};

export const CBI_CITATION =
  'Kristensen, T. S., Borritz, M., Villadsen, E., & Christensen, K. B. (2005). The Copenhagen Burnout ' +
  'Inventory: A new tool for the assessment of burnout. Work & Stress, 19(3), 192–207. ' +
  'https://doi.org/10.1080/02678370500297720';

export const UCLA3_CITATION =
  'Hughes, M. E., Waite, L. J., Hawkley, L. C., & Cacioppo, J. T. (2004). A short scale for measuring ' +
  'loneliness in large surveys: Results from two population-based studies. Research on Aging, 26(6), ' +
  '655–672. https://doi.org/10.1177/0164027504268574';

export const CBI_WORK = {
  id: 'cbi-work',
  name: 'Copenhagen Burnout Inventory — work-related burnout',
  shortName: 'Work burnout (CBI)',
  citation: CBI_CITATION,
  items: [
    item('cbi-work-1', 'Is your work emotionally exhausting?', CBI_DEGREE_OPTIONS),
    item('cbi-work-2', 'Do you feel burnt out because of your work?', CBI_DEGREE_OPTIONS),
    item('cbi-work-3', 'Does your work frustrate you?', CBI_DEGREE_OPTIONS),
    item('cbi-work-4', 'Do you feel worn out at the end of the working day?', CBI_FREQUENCY_OPTIONS),
    item(
      'cbi-work-5',
      'Are you exhausted in the morning at the thought of another day at work?',
      CBI_FREQUENCY_OPTIONS,
    ),
    item('cbi-work-6', 'Do you feel that every working hour is tiring for you?', CBI_FREQUENCY_OPTIONS),
    item(
      'cbi-work-7',
      'Do you have enough energy for family and friends during leisure time?',
      CBI_FREQUENCY_OPTIONS,
      true,
    ),
  ],
} as const satisfies Instrument;

export const CBI_PERSONAL = {
  id: 'cbi-personal',
  name: 'Copenhagen Burnout Inventory — personal burnout',
  shortName: 'Personal burnout (CBI)',
  citation: CBI_CITATION,
  items: [
    item('cbi-personal-1', 'How often do you feel tired?', CBI_FREQUENCY_OPTIONS),
    item('cbi-personal-2', 'How often are you physically exhausted?', CBI_FREQUENCY_OPTIONS),
    item('cbi-personal-3', 'How often are you emotionally exhausted?', CBI_FREQUENCY_OPTIONS),
    item('cbi-personal-4', "How often do you think: “I can't take it anymore”?", CBI_FREQUENCY_OPTIONS),
    item('cbi-personal-5', 'How often do you feel worn out?', CBI_FREQUENCY_OPTIONS),
    item('cbi-personal-6', 'How often do you feel weak and susceptible to illness?', CBI_FREQUENCY_OPTIONS),
  ],
} as const satisfies Instrument;

export const UCLA3 = {
  id: 'ucla3',
  name: 'Three-Item Loneliness Scale',
  shortName: 'Loneliness (UCLA-3)',
  citation: UCLA3_CITATION,
  items: [
    item('ucla3-1', 'How often do you feel that you lack companionship?', UCLA3_OPTIONS),
    item('ucla3-2', 'How often do you feel left out?', UCLA3_OPTIONS),
    item('ucla3-3', 'How often do you feel isolated from others?', UCLA3_OPTIONS),
  ],
} as const satisfies Instrument;

/** In the order the check-in form asks them. */
export const CHECK_IN_INSTRUMENTS = [CBI_WORK, CBI_PERSONAL, UCLA3] as const satisfies readonly Instrument[];

function item(id: string, text: string, options: readonly string[], reverseScored = false): InstrumentItem {
  return { id, text, options, reverseScored };
}
