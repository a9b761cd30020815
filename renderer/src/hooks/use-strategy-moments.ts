import { useLiveQuery } from 'dexie-react-hooks';
import type { LocalDate, StrategyMoment } from '@shared/domain/types';
import {
  getStrategyMoment,
  hasStrategyMoments,
  listMomentsDrivenBy,
  listStrategyMoments,
  listStrategyMomentsBetween,
} from '@renderer/db/strategy-moments-repository';

/** Every strategy moment, newest first; `undefined` while loading. */
export function useStrategyMoments(): StrategyMoment[] | undefined {
  return useLiveQuery(listStrategyMoments, []);
}

/** Whether any moment was ever recorded; `undefined` while loading. */
export function useHasStrategyMoments(): boolean | undefined {
  return useLiveQuery(hasStrategyMoments, []);
}

/** The moments dated from `from` to `to`, both included, newest first; `undefined` while loading. */
export function useStrategyMomentsBetween(from: LocalDate, to: LocalDate): StrategyMoment[] | undefined {
  return useLiveQuery(() => listStrategyMomentsBetween(from, to), [from, to]);
}

/** One moment; `null` when it does not exist. */
export function useStrategyMoment(id: string): StrategyMoment | null | undefined {
  return useLiveQuery(async () => (await getStrategyMoment(id)) ?? null, [id]);
}

export function useMomentsDrivenBy(personId: string): StrategyMoment[] | undefined {
  return useLiveQuery(() => listMomentsDrivenBy(personId), [personId]);
}
