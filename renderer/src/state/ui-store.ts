import { create } from 'zustand';
import { createNoticeSlice, type NoticeSlice } from './notice-slice';
import { createLogFiltersSlice, type LogFiltersSlice } from './log-filters-slice';
import { createQuickLogSlice, type QuickLogSlice } from './quick-log-slice';
import { createPeopleListSlice, type PeopleListSlice } from './people-list-slice';
import { createSearchSlice, type SearchSlice } from './search-slice';

/**
 * UI state only: filters, sort order, open panels, transient notices. Database rows never live
 * here; they reach components through live-query hooks.
 */
export type UiState = PeopleListSlice & NoticeSlice & QuickLogSlice & LogFiltersSlice & SearchSlice;

export const useUiStore = create<UiState>()((...args) => ({
  ...createPeopleListSlice(...args),
  ...createNoticeSlice(...args),
  ...createQuickLogSlice(...args),
  ...createLogFiltersSlice(...args),
  ...createSearchSlice(...args),
}));
