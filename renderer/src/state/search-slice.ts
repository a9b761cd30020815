import type { StateCreator } from 'zustand';
import type { SearchFilters } from '@shared/domain/search';

export type SearchSlice = {
  /** The search palette (Ctrl/Cmd+K) and the Log's search field share what was typed: it stays when reopened. */
  search: { open: boolean; query: string; filters: SearchFilters };
  openSearch(): void;
  closeSearch(): void;
  setSearchQuery(query: string): void;
  setSearchFilters(filters: SearchFilters): void;
};

export const createSearchSlice: StateCreator<SearchSlice, [], [], SearchSlice> = (set) => ({
  search: { open: false, query: '', filters: { kind: 'any', personId: 'any', period: 'any' } },
  openSearch: () => set((state) => ({ search: { ...state.search, open: true } })),
  closeSearch: () => set((state) => ({ search: { ...state.search, open: false } })),
  setSearchQuery: (query) => set((state) => ({ search: { ...state.search, query } })),
  setSearchFilters: (filters) => set((state) => ({ search: { ...state.search, filters } })),
});
