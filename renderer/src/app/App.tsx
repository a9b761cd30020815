import { Route, Router, Switch, useLocation } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ErrorBoundary } from '@renderer/components/ErrorBoundary';
import { NoticeBar } from '@renderer/components/NoticeBar';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { lazy, Suspense } from 'react';
import { useCheckInReminder } from '@renderer/features/check-in/use-check-in-reminder';
import { RelationshipsProvider } from '@renderer/features/people/relationships-context';
import { QuickLogDialog } from '@renderer/features/log/QuickLogDialog';
import { useSettings } from '@renderer/hooks/use-settings';
import { TodayScreen } from '@renderer/features/today/TodayScreen';
import { JournalGate } from './JournalGate';
import { Navigation } from './Navigation';
import { StorageFailureBanner } from './StorageFailureBanner';
import { useUiStore } from '@renderer/state/ui-store';
import { useNavigationShortcuts } from './use-navigation-shortcuts';
import { useTheme } from './use-theme';

// Today and the quick log are in the start-up bundle; every other screen loads on first visit
// (SPEC §9: initial JavaScript under 150 KB gzip).
const CheckInScreen = lazy(() =>
  import('@renderer/features/check-in/CheckInScreen').then((m) => ({ default: m.CheckInScreen })),
);
const CheckInWeekScreen = lazy(() =>
  import('@renderer/features/check-in/CheckInScreen').then((m) => ({ default: m.CheckInWeekScreen })),
);
const LogScreen = lazy(() => import('@renderer/features/log/LogScreen').then((m) => ({ default: m.LogScreen })));
const EditConversationScreen = lazy(() =>
  import('@renderer/features/log/EditConversationScreen').then((m) => ({ default: m.EditConversationScreen })),
);
const CommitmentsScreen = lazy(() =>
  import('@renderer/features/commitments/CommitmentsScreen').then((m) => ({ default: m.CommitmentsScreen })),
);
const PeopleScreen = lazy(() =>
  import('@renderer/features/people/PeopleScreen').then((m) => ({ default: m.PeopleScreen })),
);
const EditPersonScreen = lazy(() =>
  import('@renderer/features/people/PersonEditorScreen').then((m) => ({ default: m.EditPersonScreen })),
);
const NewPersonScreen = lazy(() =>
  import('@renderer/features/people/PersonEditorScreen').then((m) => ({ default: m.NewPersonScreen })),
);
const PersonScreen = lazy(() =>
  import('@renderer/features/people/PersonScreen').then((m) => ({ default: m.PersonScreen })),
);
const RoadmapScreen = lazy(() =>
  import('@renderer/features/roadmap/RoadmapScreen').then((m) => ({ default: m.RoadmapScreen })),
);
const SettingsScreen = lazy(() =>
  import('@renderer/features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
);

function Shell() {
  const settings = useSettings();
  useTheme(settings?.theme ?? 'system');
  useNavigationShortcuts();
  useCheckInReminder();
  // While the quick log is open, the screen behind it is inert: not focusable, not read out.
  const modalOpen = useUiStore((state) => state.quickLog.open);
  // Moving to another screen clears a screen's error.
  const [location] = useLocation();
  return (
    <div className="app">
      <StorageFailureBanner />
      <Navigation inert={modalOpen} />
      <main className="content" inert={modalOpen}>
        <ErrorBoundary key={location} what="This screen">
          <Suspense fallback={null}>
            <Switch>
              <Route path="/" component={TodayScreen} />
              <Route path="/people" component={PeopleScreen} />
              <Route path="/people/new" component={NewPersonScreen} />
              <Route path="/people/:id/edit">{(params) => <EditPersonScreen id={params.id} />}</Route>
              <Route path="/people/:id">{(params) => <PersonScreen key={params.id} id={params.id} />}</Route>
              <Route path="/log" component={LogScreen} />
              <Route path="/log/:id">{(params) => <EditConversationScreen key={params.id} id={params.id} />}</Route>
              <Route path="/commitments" component={CommitmentsScreen} />
              <Route path="/check-in" component={CheckInScreen} />
              <Route path="/check-in/:week">
                {(params) => <CheckInWeekScreen key={params.week} week={params.week} />}
              </Route>
              <Route path="/roadmap" component={RoadmapScreen} />
              <Route path="/settings" component={SettingsScreen} />
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
      <QuickLogDialog />
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
          <Shell />
        </RelationshipsProvider>
      </Router>
    </JournalGate>
  );
}
