import { create } from 'zustand';
import { createNoticeSlice, type NoticeSlice } from '../components/notice-slice';
import { createLogFiltersSlice, type LogFiltersSlice } from '../features/log/log-filters-slice';
import { createQuickLogSlice, type QuickLogSlice } from '../features/log/quick-log-slice';
import { createPeopleListSlice, type PeopleListSlice } from '../features/people/people-list-slice';

/**
 * UI state only: filters, sort order, open panels, transient notices. Database rows never live
 * here; they reach components through live-query hooks.
 */
export type UiState = PeopleListSlice & NoticeSlice & QuickLogSlice & LogFiltersSlice;

export const useUiStore = create<UiState>()((...args) => ({
  ...createPeopleListSlice(...args),
  ...createNoticeSlice(...args),
  ...createQuickLogSlice(...args),
  ...createLogFiltersSlice(...args),
}));
