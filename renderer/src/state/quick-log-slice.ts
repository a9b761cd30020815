import type { StateCreator } from 'zustand';

/**
 * What was typed in the quick log's stand-in people box while its form was loading (QuickLogShell): the
 * text, and whether Enter was pressed. The people picker starts from it when the form arrives.
 */
export type TypedAhead = { text: string; enter: boolean };

export type QuickLogSlice = {
  quickLog: { open: boolean; personIds: string[]; typedAhead: TypedAhead };
  /**
   * Opens the quick log, optionally with people already chosen (from a person's page). An open quick log
   * stays as it is: a second Ctrl/Cmd+L must not clear what was typed in the stand-in box.
   */
  openQuickLog(personIds?: string[]): void;
  closeQuickLog(): void;
  /** Records what is typed in the stand-in people box. */
  typeAhead(typed: Partial<TypedAhead>): void;
};

const NOTHING_TYPED: TypedAhead = { text: '', enter: false };

export const createQuickLogSlice: StateCreator<QuickLogSlice, [], [], QuickLogSlice> = (set, get) => ({
  quickLog: { open: false, personIds: [], typedAhead: NOTHING_TYPED },
  openQuickLog: (personIds = []) => {
    if (!get().quickLog.open) set({ quickLog: { open: true, personIds, typedAhead: NOTHING_TYPED } });
  },
  closeQuickLog: () => set({ quickLog: { open: false, personIds: [], typedAhead: NOTHING_TYPED } }),
  typeAhead: (typed) =>
    set(({ quickLog }) => ({ quickLog: { ...quickLog, typedAhead: { ...quickLog.typedAhead, ...typed } } })),
});
