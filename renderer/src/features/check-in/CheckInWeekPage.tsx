import { addDays, format } from 'date-fns';
import { Fragment, useState } from 'react';
import { Link } from 'wouter';
import { isoWeekStart } from '@shared/domain/iso-week';
import type { CheckIn, IsoWeek, Person, Settings } from '@shared/domain/types';
import { useUiStore } from '@renderer/state/ui-store';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { usePeople } from '@renderer/hooks/use-people';
import { useSettings } from '@renderer/hooks/use-settings';
import { CheckInForm } from './CheckInForm';
import { CheckInHistory } from './CheckInHistory';
import { CheckInResults } from './CheckInResults';
import { CheckInTrendCharts } from './CheckInTrendCharts';
import { WarningList } from '@renderer/components/WarningList';
import { checkInToForm, emptyCheckInForm } from './check-in-form-state';
import { useCheckIn } from './use-check-ins';
import { useCheckInWarnings } from './use-check-in-warnings';
import './check-in.css';

function weekRange(week: IsoWeek): string {
  const monday = isoWeekStart(week);
  return `${format(monday, 'EEEE d MMMM')} to ${format(addDays(monday, 6), 'EEEE d MMMM yyyy')}`;
}

function QuestionsSection({
  week,
  isCurrent,
  checkIn,
  settings,
  people,
  onSaved,
}: {
  week: IsoWeek;
  isCurrent: boolean;
  checkIn: CheckIn | null;
  settings: Settings;
  people: readonly Person[];
  onSaved(saved: CheckIn): void;
}) {
  return (
    <section className="check-in-questions" aria-labelledby="check-in-questions-heading">
      <h2 id="check-in-questions-heading">{checkIn ? 'Edit your answers' : 'The questions'}</h2>
      {checkIn && <p className="subtle">Change any answer and save: the week keeps one check-in.</p>}
      {!checkIn && !isCurrent && (
        <p className="subtle">There is no check-in for this week. You can fill it in now, as you remember that week.</p>
      )}
      <CheckInForm
        week={week}
        initial={checkIn ? checkInToForm(checkIn) : emptyCheckInForm()}
        editing={checkIn !== null}
        // An edited week keeps the personal answers it has, even if the scale has since been turned off.
        includePersonal={settings.includeCbiPersonal || checkIn?.cbiPersonal !== undefined}
        people={people}
        onSaved={onSaved}
      />
    </section>
  );
}

/**
 * One week's check-in: the questions (prefilled when the week is done, so opening it edits the same
 * check-in), its results, the early warnings, the trends and the history. A done week shows its results
 * and trends before the questions; a new one asks first.
 */
export function CheckInWeekPage({ week, currentWeek }: { week: IsoWeek; currentWeek: IsoWeek }) {
  const checkIn = useCheckIn(week);
  const settings = useSettings();
  const people = usePeople();
  const warnings = useCheckInWarnings();
  const showNotice = useUiStore((state) => state.showNotice);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const isCurrent = week === currentWeek;

  const onSaved = (saved: CheckIn) => {
    setSavedAt(saved.updatedAt);
    showNotice({ message: `Check-in for ${saved.week} saved.`, tone: 'info' });
  };
  const questions =
    checkIn !== undefined && settings && people ? (
      <QuestionsSection
        week={week}
        isCurrent={isCurrent}
        checkIn={checkIn}
        settings={settings}
        people={people}
        onSaved={onSaved}
      />
    ) : null;
  const parts = {
    results: checkIn ? <CheckInResults checkIn={checkIn} focusKey={savedAt} /> : null,
    warnings: warnings ? <WarningList warnings={warnings} /> : null,
    trends: <CheckInTrendCharts toWeek={currentWeek} />,
    questions,
  };
  // Keyed, so the parts move rather than remount when the first save reorders them.
  const order = checkIn
    ? (['results', 'warnings', 'trends', 'questions'] as const)
    : (['warnings', 'questions', 'trends'] as const);

  return (
    <section className="screen check-in-page">
      {!isCurrent && (
        <p>
          <Link href="/check-in">← This week’s check-in</Link>
        </p>
      )}
      <ScreenHeading>{isCurrent ? 'Check-in' : `Check-in for ${week}`}</ScreenHeading>
      <p className="lead">
        {isCurrent ? `This week, ${week}: ` : `${week}: `}
        {weekRange(week)}. About two minutes.
      </p>
      {order.map((part) => (
        <Fragment key={part}>{parts[part]}</Fragment>
      ))}
      <CheckInHistory openWeek={week} />
    </section>
  );
}
