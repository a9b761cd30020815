import type { StrategyMomentInput } from '@shared/domain/strategy-moment';
import type { Involvement, LocalDate, TechImpact } from '@shared/domain/types';
import { saveStrategyMoment } from '@renderer/db/strategy-moments-repository';

/** Saves a valid strategy moment on this day, through the repository; override what a test is about. */
export function recordMoment(
  occurredOn: LocalDate,
  involvement: Involvement,
  techImpact: TechImpact = 'medium',
  overrides: Partial<StrategyMomentInput> = {},
) {
  return saveStrategyMoment({
    occurredOn,
    title: `${involvement} on ${occurredOn}`,
    area: 'roadmap',
    involvement,
    techImpact,
    drivenBy: [],
    notes: '',
    nextTime: '',
    ...overrides,
  });
}
