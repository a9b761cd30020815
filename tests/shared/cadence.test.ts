import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE, defaultCadenceDays } from '@shared/domain/cadence';

describe('defaultCadenceDays', () => {
  it.each([
    ['manager', 'ceo', 7],
    ['peer', 'product', 7],
    ['peer', 'finance', 14],
    ['peer', 'sales', 14],
    ['board', 'board', 90],
    ['report', 'engineering', 30],
    ['external', 'other', 30],
  ] as const)('a %s in %s defaults to %i days', (relationship, personFunction, days) => {
    expect(defaultCadenceDays(relationship, personFunction)).toBe(days);
  });

  it('uses the user’s own defaults when given', () => {
    expect(defaultCadenceDays('peer', 'sales', { ...DEFAULT_CADENCE, otherPeer: 21 })).toBe(21);
  });
});
