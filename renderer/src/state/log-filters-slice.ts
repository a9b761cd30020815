import type { StateCreator } from 'zustand';
import type { ConversationKind } from '@shared/domain/types';

export type LogFilters = {
  personId: string;
  kind: ConversationKind | '';
  tag: string;
  from: string;
  to: string;
};

export const NO_LOG_FILTERS: LogFilters = { personId: '', kind: '', tag: '', from: '', to: '' };

export type LogFiltersSlice = {
  logFilters: LogFilters;
  setLogFilters(patch: Partial<LogFilters>): void;
  clearLogFilters(): void;
};

export const createLogFiltersSlice: StateCreator<LogFiltersSlice, [], [], LogFiltersSlice> = (set) => ({
  logFilters: NO_LOG_FILTERS,
  setLogFilters: (patch) => set(({ logFilters }) => ({ logFilters: { ...logFilters, ...patch } })),
  clearLogFilters: () => set({ logFilters: NO_LOG_FILTERS }),
});
