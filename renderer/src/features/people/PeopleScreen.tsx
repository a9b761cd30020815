import { useMemo } from 'react';
import { Link } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { FUNCTION_LABELS, RELATIONSHIP_LABELS } from '@shared/domain/labels';
import { filterAndSortPeople } from '@shared/domain/people-list';
import { PERSON_FUNCTIONS, RELATIONSHIPS, type PersonFunction, type Relationship } from '@shared/domain/types';
import { ChoiceSelect } from '@renderer/components/ChoiceSelect';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { PEOPLE_VIEWS, type PeopleView } from '@renderer/state/people-list-slice';
import { useUiStore } from '@renderer/state/ui-store';
import { AllianceMap } from './AllianceMap';
import { PeopleTable } from './PeopleTable';
import { usePeopleStatuses } from './use-relationships';

const RELATIONSHIP_FILTER_CHOICES: readonly (Relationship | 'all')[] = ['all', ...RELATIONSHIPS];
const RELATIONSHIP_FILTER_LABELS: Record<Relationship | 'all', string> = { all: 'All', ...RELATIONSHIP_LABELS };
const FUNCTION_FILTER_CHOICES: readonly (PersonFunction | 'all')[] = ['all', ...PERSON_FUNCTIONS];
const FUNCTION_FILTER_LABELS: Record<PersonFunction | 'all', string> = { all: 'All', ...FUNCTION_LABELS };
const VIEW_LABELS: Record<PeopleView, string> = { map: 'Map', list: 'List' };

function EmptyPeople() {
  return (
    <div className="empty-state">
      <p>
        <strong>No one here yet.</strong> Add the executives your roadmap depends on: your manager first, then the heads
        of product, sales, finance and customer success.
      </p>
      <Link href="/people/new" className="button primary">
        Add your first person
      </Link>
    </div>
  );
}

/** Nobody to show: either the filters leave no one, or (on the map) everyone is archived. */
function NoOneShown({ filtering, view, onClear }: { filtering: boolean; view: PeopleView; onClear(): void }) {
  if (filtering) {
    return (
      <div className="empty-state">
        <p>No one matches these filters.</p>
        <button type="button" onClick={onClear}>
          Clear filters
        </button>
      </div>
    );
  }
  return (
    <p className="empty-state">
      {view === 'map'
        ? 'Everyone here is archived, and archived people leave the map. To see them, choose List, then Show archived.'
        : 'Everyone here is archived. Tick Show archived to see them.'}
    </p>
  );
}

/** Map or List: a native radio group, so Tab reaches it and the arrow keys switch. */
function ViewSwitch({ view, onChange }: { view: PeopleView; onChange(view: PeopleView): void }) {
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">View</legend>
      {PEOPLE_VIEWS.map((value) => (
        <label key={value}>
          <input
            type="radio"
            name="people-view"
            value={value}
            checked={view === value}
            onChange={() => onChange(value)}
          />
          {VIEW_LABELS[value]}
        </label>
      ))}
    </fieldset>
  );
}

export function PeopleScreen() {
  const relationships = usePeopleStatuses();
  const options = useUiStore((state) => state.peopleList);
  const view = useUiStore((state) => state.peopleView);
  const {
    sortPeopleBy,
    setPeopleFilterText,
    setPeopleRelationshipFilter,
    setPeopleFunctionFilter,
    clearPeopleFilters,
    setShowArchivedPeople,
    setPeopleView,
  } = useUiStore(
    useShallow((state) => ({
      sortPeopleBy: state.sortPeopleBy,
      setPeopleFilterText: state.setPeopleFilterText,
      setPeopleRelationshipFilter: state.setPeopleRelationshipFilter,
      setPeopleFunctionFilter: state.setPeopleFunctionFilter,
      clearPeopleFilters: state.clearPeopleFilters,
      setShowArchivedPeople: state.setShowArchivedPeople,
      setPeopleView: state.setPeopleView,
    })),
  );
  const listStatuses = useMemo(
    () =>
      new Map(
        [...(relationships?.statuses ?? new Map()).entries()].map(([id, status]) => [
          id,
          { daysSince: status.daysSince, health: status.health.score },
        ]),
      ),
    [relationships],
  );
  // The same filters make both views; the map never shows archived people (SPEC §3), whatever the list shows.
  const shown = useMemo(() => {
    if (!relationships) return [];
    const showArchived = view === 'list' && options.showArchived;
    return filterAndSortPeople(relationships.people, { ...options, showArchived }, listStatuses);
  }, [relationships, options, view, listStatuses]);
  const filtering = options.filterText.trim() !== '' || options.relationship !== 'all' || options.function !== 'all';

  return (
    <section className="screen">
      <div className="screen-header">
        <ScreenHeading>People</ScreenHeading>
        <div className="actions">
          <Link href="/brief" className="button">
            Prepare an offsite brief
          </Link>
          <Link href="/people/new" className="button primary">
            Add person
          </Link>
        </div>
      </div>
      {relationships === undefined ? null : relationships.people.length === 0 ? (
        <EmptyPeople />
      ) : (
        <>
          <div className="toolbar">
            <ViewSwitch view={view} onChange={setPeopleView} />
            <div className="toolbar-filters" role="search">
              <label>
                <span className="visually-hidden">Filter people</span>
                <input
                  type="search"
                  placeholder="Filter by name, title, function or email"
                  value={options.filterText}
                  onChange={(event) => setPeopleFilterText(event.target.value)}
                />
              </label>
              <label>
                Function{' '}
                <ChoiceSelect
                  choices={FUNCTION_FILTER_CHOICES}
                  labels={FUNCTION_FILTER_LABELS}
                  value={options.function}
                  onChange={setPeopleFunctionFilter}
                />
              </label>
              <label>
                Relationship{' '}
                <ChoiceSelect
                  choices={RELATIONSHIP_FILTER_CHOICES}
                  labels={RELATIONSHIP_FILTER_LABELS}
                  value={options.relationship}
                  onChange={setPeopleRelationshipFilter}
                />
              </label>
              {view === 'list' && (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={options.showArchived}
                    onChange={(event) => setShowArchivedPeople(event.target.checked)}
                  />
                  Show archived
                </label>
              )}
            </div>
          </div>
          {shown.length === 0 ? (
            <NoOneShown filtering={filtering} view={view} onClear={clearPeopleFilters} />
          ) : view === 'map' ? (
            <AllianceMap people={shown} statuses={relationships.statuses} />
          ) : (
            <PeopleTable people={shown} statuses={relationships.statuses} options={options} onSort={sortPeopleBy} />
          )}
        </>
      )}
    </section>
  );
}
