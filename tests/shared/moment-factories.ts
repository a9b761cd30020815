import type { StrategyMoment } from '@shared/domain/types';

// Strategy moments for the roadmap-room tests. The test process runs in America/New_York
// (vitest.config.ts); `new Date(y, m, d, h)` is a local time with a zero-based month.

const CREATED = '2026-01-01T00:00:00.000Z';
let sequence = 0;

/** A moment on `occurredOn`: present, low impact, roadmap, unless overridden. */
export function makeMoment(occurredOn: string, overrides: Partial<StrategyMoment> = {}): StrategyMoment {
  sequence += 1;
  return {
    id: `moment-${String(sequence).padStart(4, '0')}`,
    createdAt: CREATED,
    updatedAt: CREATED,
    occurredOn,
    title: `Decision ${sequence}`,
    area: 'roadmap',
    involvement: 'present',
    techImpact: 'low',
    drivenBy: [],
    notes: '',
    nextTime: '',
    ...overrides,
  };
}

/** `count` moments on one day with the same involvement and impact. */
export function makeMoments(
  count: number,
  occurredOn: string,
  overrides: Partial<StrategyMoment> = {},
): StrategyMoment[] {
  return Array.from({ length: count }, () => makeMoment(occurredOn, overrides));
}
