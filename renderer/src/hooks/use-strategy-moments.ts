import { useLiveQuery } from 'dexie-react-hooks';
import type { StrategyMoment } from '@shared/domain/types';
import { getStrategyMoment, listMomentsDrivenBy, listStrategyMoments } from '@renderer/db/strategy-moments-repository';

/** Every strategy moment, newest first; `undefined` while loading. */
export function useStrategyMoments(): StrategyMoment[] | undefined {
  return useLiveQuery(listStrategyMoments, []);
}

/** One moment; `null` when it does not exist. */
export function useStrategyMoment(id: string): StrategyMoment | null | undefined {
  return useLiveQuery(async () => (await getStrategyMoment(id)) ?? null, [id]);
}

export function useMomentsDrivenBy(personId: string): StrategyMoment[] | undefined {
  return useLiveQuery(() => listMomentsDrivenBy(personId), [personId]);
}
