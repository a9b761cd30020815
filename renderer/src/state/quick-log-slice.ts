import type { StateCreator } from 'zustand';

export type QuickLogSlice = {
  quickLog: { open: boolean; personIds: string[] };
  /** Opens the quick log, optionally with people already chosen (from a person's page). */
  openQuickLog(personIds?: string[]): void;
  closeQuickLog(): void;
};

export const createQuickLogSlice: StateCreator<QuickLogSlice, [], [], QuickLogSlice> = (set) => ({
  quickLog: { open: false, personIds: [] },
  openQuickLog: (personIds = []) => set({ quickLog: { open: true, personIds } }),
  closeQuickLog: () => set({ quickLog: { open: false, personIds: [] } }),
});
