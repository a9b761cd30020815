import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '@shared/domain/types';
import { getSettings } from '@renderer/db/settings-repository';

/** The settings with defaults filled in; `undefined` while loading. */
export function useSettings(): Settings | undefined {
  return useLiveQuery(getSettings, []);
}
