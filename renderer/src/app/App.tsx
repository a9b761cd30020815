import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ErrorBoundary } from '@renderer/components/ErrorBoundary';
import { NoticeBar } from '@renderer/components/NoticeBar';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { Suspense, useEffect } from 'react';
import { useCheckInReminder } from '@renderer/features/check-in/use-check-in-reminder';
import { RelationshipsProvider } from '@renderer/features/people/relationships-context';
import { useSettings } from '@renderer/hooks/use-settings';
import { NewestConversationsProvider } from '@renderer/hooks/newest-conversations';
import { TodayScreen } from '@renderer/features/today/TodayScreen';
import { QuickLogDialog } from '@renderer/features/log/QuickLogDialog';
import { QuickLogShell } from '@renderer/features/log/QuickLogShell';
import { JournalGate } from './JournalGate';
import { lazyScreen, preloadWhenIdle, type LazyScreen } from './lazy-screens';
import { Navigation } from './Navigation';
import { StorageFailureBanner } from './StorageFailureBanner';
import { useUiStore } from '@renderer/state/ui-store';
import { useNavigationShortcuts } from './use-navigation-shortcuts';
import { useQuickLogOpen } from './use-quick-log-open';
import { useSafekeeping } from './use-safekeeping';
import { useSearchIndexWhenIdle } from './use-search-index';
import { useTheme } from './use-theme';

// Today is in the start-up bundle; every other screen, and the quick log's form, loads lazily (lazy-screens.ts),
// fetched while the app is idle after start. The quick log's dialog is in the start-up bundle: Ctrl/Cmd+L
// opens it at once, even before its form's code is here.
const SCREENS = {
  quickLog: lazyScreen(() => import('@renderer/features/log/QuickLogForm').then((m) => m.QuickLogForm)),
  search: lazyScreen(() => import('@renderer/features/search/SearchPalette').then((m) => m.SearchPalette)),
  checkIn: lazyScreen(() => import('@renderer/features/check-in/CheckInScreen').then((m) => m.CheckInScreen)),
  checkInWeek: lazyScreen(() => import('@renderer/features/check-in/CheckInScreen').then((m) => m.CheckInWeekScreen)),
  log: lazyScreen(() => import('@renderer/features/log/LogScreen').then((m) => m.LogScreen)),
  editConversation: lazyScreen(() =>
    import('@renderer/features/log/EditConversationScreen').then((m) => m.EditConversationScreen),
  ),
  commitments: lazyScreen(() =>
    import('@renderer/features/commitments/CommitmentsScreen').then((m) => m.CommitmentsScreen),
  ),
  people: lazyScreen(() => import('@renderer/features/people/PeopleScreen').then((m) => m.PeopleScreen)),
  editPerson: lazyScreen(() => import('@renderer/features/people/PersonEditorScreen').then((m) => m.EditPersonScreen)),
  newPerson: lazyScreen(() => import('@renderer/features/people/PersonEditorScreen').then((m) => m.NewPersonScreen)),
  person: lazyScreen(() => import('@renderer/features/people/PersonScreen').then((m) => m.PersonScreen)),
  roadmap: lazyScreen(() => import('@renderer/features/roadmap/RoadmapScreen').then((m) => m.RoadmapScreen)),
  newMoment: lazyScreen(() => import('@renderer/features/roadmap/MomentEditorScreen').then((m) => m.NewMomentScreen)),
  newMomentFrom: lazyScreen(() =>
    import('@renderer/features/roadmap/MomentEditorScreen').then((m) => m.NewMomentFromConversationScreen),
  ),
  editMoment: lazyScreen(() => import('@renderer/features/roadmap/MomentEditorScreen').then((m) => m.EditMomentScreen)),
  settings: lazyScreen(() => import('@renderer/features/settings/SettingsScreen').then((m) => m.SettingsScreen)),
  brief: lazyScreen(() => import('@renderer/features/brief/BriefScreen').then((m) => m.BriefScreen)),
};

function Shell() {
  const settings = useSettings();
  useTheme(settings?.theme ?? 'system');
  useNavigationShortcuts();
  useCheckInReminder();
  useSafekeeping();
  useSearchIndexWhenIdle();
  // While the quick log or search is open, the screen behind it is inert: not focusable, not read out.
  const quickLogOpen = useQuickLogOpen();
  const searchOpen = useUiStore((state) => state.search.open);
  const modalOpen = quickLogOpen || searchOpen;
  // Moving to another screen clears a screen's error.
  const [location] = useLocation();
  useEffect(() => preloadWhenIdle(Object.values(SCREENS) as LazyScreen<never>[]), []);
  return (
    <div className="app">
      <StorageFailureBanner />
      <Navigation inert={modalOpen} />
      <main className="content" inert={modalOpen}>
        <ErrorBoundary key={location} what="This screen">
          <Suspense fallback={null}>
            <Switch>
              <Route path="/" component={TodayScreen} />
              <Route path="/people" component={SCREENS.people.Screen} />
              <Route path="/people/new" component={SCREENS.newPerson.Screen} />
              <Route path="/people/:id/edit">{(params) => <SCREENS.editPerson.Screen id={params.id} />}</Route>
              <Route path="/people/:id">{(params) => <SCREENS.person.Screen key={params.id} id={params.id} />}</Route>
              <Route path="/log" component={SCREENS.log.Screen} />
              <Route path="/log/:id">
                {(params) => <SCREENS.editConversation.Screen key={params.id} id={params.id} />}
              </Route>
              <Route path="/commitments" component={SCREENS.commitments.Screen} />
              <Route path="/check-in" component={SCREENS.checkIn.Screen} />
              <Route path="/check-in/:week">
                {(params) => <SCREENS.checkInWeek.Screen key={params.week} week={params.week} />}
              </Route>
              <Route path="/roadmap" component={SCREENS.roadmap.Screen} />
              <Route path="/roadmap/new" component={SCREENS.newMoment.Screen} />
              <Route path="/roadmap/new/from/:conversationId">
                {(params) => (
                  <SCREENS.newMomentFrom.Screen key={params.conversationId} conversationId={params.conversationId} />
                )}
              </Route>
              <Route path="/roadmap/:id">
                {(params) => <SCREENS.editMoment.Screen key={params.id} id={params.id} />}
              </Route>
              <Route path="/settings" component={SCREENS.settings.Screen} />
              <Route path="/brief" component={SCREENS.brief.Screen} />
              <Route>
                <section className="screen">
                  <ScreenHeading>Nothing here</ScreenHeading>
                  <p>This page does not exist. Use the navigation to go elsewhere.</p>
                </section>
              </Route>
            </Switch>
          </Suspense>
        </ErrorBoundary>
      </main>
      {quickLogOpen && (
        <QuickLogDialog>
          {/* Until the form's code is here, a box stands in for its people box and keeps what is typed. */}
          <Suspense fallback={<QuickLogShell />}>
            <SCREENS.quickLog.Screen />
          </Suspense>
        </QuickLogDialog>
      )}
      {searchOpen && !quickLogOpen && (
        <Suspense fallback={null}>
          <SCREENS.search.Screen />
        </Suspense>
      )}
      <NoticeBar />
    </div>
  );
}

/** The whole app. Hash routing works the same on the desktop protocol and in browser mode. */
export function App() {
  return (
    <JournalGate>
      <Router hook={useHashLocation}>
        <RelationshipsProvider>
          <NewestConversationsProvider>
            <Shell />
          </NewestConversationsProvider>
        </RelationshipsProvider>
      </Router>
    </JournalGate>
  );
}
