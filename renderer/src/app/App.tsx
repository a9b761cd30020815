import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { NoticeBar } from '../components/NoticeBar';
import { ScreenHeading } from '../components/ScreenHeading';
import { CheckInScreen } from '../features/check-in/CheckInScreen';
import { LogScreen } from '../features/log/LogScreen';
import { QuickLogDialog } from '../features/log/QuickLogDialog';
import { EditConversationScreen } from '../features/log/EditConversationScreen';
import { CommitmentsScreen } from '../features/commitments/CommitmentsScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { EditPersonScreen, NewPersonScreen } from '../features/people/PersonEditorScreen';
import { PersonScreen } from '../features/people/PersonScreen';
import { RoadmapScreen } from '../features/roadmap/RoadmapScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useSettings } from '../features/settings/use-settings';
import { TodayScreen } from '../features/today/TodayScreen';
import { Navigation } from './Navigation';
import { useNavigationShortcuts } from './use-navigation-shortcuts';
import { useTheme } from './use-theme';

function Shell() {
  const settings = useSettings();
  useTheme(settings?.theme ?? 'system');
  useNavigationShortcuts();
  return (
    <div className="app">
      <Navigation />
      <main className="content">
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
          <Route path="/roadmap" component={RoadmapScreen} />
          <Route path="/settings" component={SettingsScreen} />
          <Route>
            <section className="screen">
              <ScreenHeading>Nothing here</ScreenHeading>
              <p>This page does not exist. Use the navigation to go elsewhere.</p>
            </section>
          </Route>
        </Switch>
      </main>
      <QuickLogDialog />
      <NoticeBar />
    </div>
  );
}

/** The whole app. Hash routing works the same on the desktop protocol and in browser mode. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}
