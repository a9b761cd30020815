import { describe, expect, it } from 'vitest';
import {
  AREA_LABELS,
  INVOLVEMENT_EXPLANATIONS,
  INVOLVEMENT_FORM_ORDER,
  INVOLVEMENT_LABELS,
  MOMENT_DRIVERS_MAX,
  MOMENT_NOTES_MAX,
  MOMENT_TITLE_MAX,
  TECH_IMPACT_LABELS,
  strategyMomentInputSchema,
  validateStrategyMomentInput,
  type StrategyMomentInput,
} from '@shared/domain/strategy-moment';
import { INVOLVEMENTS, STRATEGY_AREAS, TECH_IMPACTS } from '@shared/domain/types';

const TODAY = '2026-11-21';
const CFO = 'person-cfo';
const CEO = 'person-ceo';

function input(overrides: Record<string, unknown> = {}): StrategyMomentInput {
  return {
    occurredOn: '2026-11-20',
    title: 'FY27 platform budget',
    area: 'budget',
    involvement: 'informed',
    techImpact: 'high',
    drivenBy: [CFO],
    notes: 'Decided in the CFO’s staff meeting; I heard from my director.',
    nextTime: 'Ask for a seat in the budget pre-read.',
    ...overrides,
  } as StrategyMomentInput;
}

describe('validateStrategyMomentInput', () => {
  it('accepts a complete moment and gives it back as typed', () => {
    const complete = input({ conversationId: 'conversation-1', drivenBy: [CFO, CEO] });
    expect(validateStrategyMomentInput(complete, TODAY)).toEqual({ ok: true, value: complete });
  });

  it('accepts the smallest moment: a day, a title and the three choices', () => {
    const smallest = input({ drivenBy: [], notes: '', nextTime: '' });
    expect(validateStrategyMomentInput(smallest, TODAY)).toEqual({ ok: true, value: smallest });
  });

  it('trims the title and the people, keeps notes as typed', () => {
    const result = validateStrategyMomentInput(
      input({ title: '  FY27 budget  ', drivenBy: [` ${CFO} `], notes: '  <b>kept</b>\n' }),
      TODAY,
    );
    expect(result.ok && result.value).toMatchObject({
      title: 'FY27 budget',
      drivenBy: [CFO],
      notes: '  <b>kept</b>\n',
    });
  });

  it('accepts today and a title of exactly the maximum', () => {
    const result = validateStrategyMomentInput(
      input({ occurredOn: TODAY, title: 'x'.repeat(MOMENT_TITLE_MAX) }),
      TODAY,
    );
    expect(result.ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['no day', { occurredOn: '' }, { occurredOn: 'Choose the day it was decided.' }],
    ['a missing day', { occurredOn: undefined }, { occurredOn: 'Choose the day it was decided.' }],
    ['a day in another format', { occurredOn: '20/11/2026' }, { occurredOn: 'Use a date like 2026-11-30.' }],
    ['a day that does not exist', { occurredOn: '2026-02-30' }, { occurredOn: 'Use a date like 2026-11-30.' }],
    [
      'tomorrow',
      { occurredOn: '2026-11-22' },
      { occurredOn: 'Choose today or an earlier day: log a decision once it is made.' },
    ],
    ['a blank title', { title: '   ' }, { title: 'A title is required.' }],
    ['a missing title', { title: undefined }, { title: 'A title is required.' }],
    [
      'a title one character too long',
      { title: 'x'.repeat(MOMENT_TITLE_MAX + 1) },
      { title: `A title can be at most ${MOMENT_TITLE_MAX} characters.` },
    ],
    ['an unknown area', { area: 'sales' }, { area: 'Choose an area.' }],
    ['no involvement', { involvement: undefined }, { involvement: 'Choose how involved you were.' }],
    ['involvement as a number', { involvement: 3 }, { involvement: 'Choose how involved you were.' }],
    ['an unknown impact', { techImpact: 'huge' }, { techImpact: 'Choose the impact on technology.' }],
    ['a blank person', { drivenBy: [CFO, ' '] }, { drivenBy: 'Choose people from the list.' }],
    ['a person twice', { drivenBy: [CFO, CEO, CFO] }, { drivenBy: 'Choose each person once.' }],
    [
      'too many people',
      { drivenBy: Array.from({ length: MOMENT_DRIVERS_MAX + 1 }, (_, i) => `person-${i}`) },
      { drivenBy: `Choose at most ${MOMENT_DRIVERS_MAX} people.` },
    ],
    ['people not as a list', { drivenBy: CFO }, { drivenBy: 'Choose people from the list.' }],
    [
      'notes one character too long',
      { notes: 'x'.repeat(MOMENT_NOTES_MAX + 1) },
      { notes: 'Notes can be at most 100,000 characters.' },
    ],
    [
      '"next time" too long',
      { nextTime: 'x'.repeat(10_001) },
      { nextTime: 'What you will do differently can be at most 10,000 characters.' },
    ],
    ['an empty conversation link', { conversationId: '' }, { conversationId: 'Choose a conversation from the log.' }],
  ])('refuses %s, with the message beside its field', (_name, overrides, expected) => {
    expect(validateStrategyMomentInput(input(overrides), TODAY)).toEqual({ ok: false, errors: expected });
  });

  it('reports a future day together with the other fields’ problems', () => {
    const result = validateStrategyMomentInput(input({ occurredOn: '2026-12-01', title: '' }), TODAY);
    expect(result).toEqual({
      ok: false,
      errors: {
        occurredOn: 'Choose today or an earlier day: log a decision once it is made.',
        title: 'A title is required.',
      },
    });
  });

  it('refuses something that is not a form at all', () => {
    expect(validateStrategyMomentInput(null, TODAY).ok).toBe(false);
  });
});

describe('strategyMomentInputSchema', () => {
  // The stored shape does not depend on today; only the form refuses a later day.
  it('accepts a day after today on its own', () => {
    expect(strategyMomentInputSchema.safeParse(input({ occurredOn: '2027-01-01' })).success).toBe(true);
  });
});

describe('labels and explanations for the form', () => {
  it('explain every involvement level in the words of the spec', () => {
    expect(INVOLVEMENT_EXPLANATIONS).toEqual({
      shaped: 'My input formed it before the plan was drafted.',
      consulted: 'I was asked before the decision was made.',
      present: 'I was in the room when it was decided.',
      informed: 'I was told after it was decided.',
      blindsided: 'I learned of it late, and it hurt my team.',
    });
  });

  it('offer involvement most involved first', () => {
    expect(INVOLVEMENT_FORM_ORDER).toEqual(['shaped', 'consulted', 'present', 'informed', 'blindsided']);
    // The model's own order, least involved first, is left as it was.
    expect(INVOLVEMENTS[0]).toBe('blindsided');
  });

  it('label every area, level and impact', () => {
    expect(Object.keys(AREA_LABELS).sort()).toEqual([...STRATEGY_AREAS].sort());
    expect(Object.keys(INVOLVEMENT_LABELS).sort()).toEqual([...INVOLVEMENTS].sort());
    expect(Object.keys(TECH_IMPACT_LABELS).sort()).toEqual([...TECH_IMPACTS].sort());
    expect(AREA_LABELS.org).toBe('Organisation');
  });
});
