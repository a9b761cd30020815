import type { StateCreator } from 'zustand';

/** A short message after an action, with an optional way to take it back. */
export type Notice = {
  id: number;
  message: string;
  tone: 'info' | 'error';
  undo?: () => Promise<void> | void;
};

export type NoticeSlice = {
  notice: Notice | null;
  showNotice(notice: Omit<Notice, 'id'>): void;
  dismissNotice(): void;
};

let nextNoticeId = 1;

export const createNoticeSlice: StateCreator<NoticeSlice, [], [], NoticeSlice> = (set) => ({
  notice: null,
  showNotice: (notice) => set({ notice: { ...notice, id: nextNoticeId++ } }),
  dismissNotice: () => set({ notice: null }),
});
