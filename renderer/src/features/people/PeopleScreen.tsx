import { useMemo } from 'react';
import { Link } from 'wouter';
import { useShallow } from 'zustand/react/shallow';
import { FUNCTION_LABELS, RELATIONSHIP_LABELS, STANCE_LABELS } from '@shared/domain/person';
import { filterAndSortPeople, type PeopleSortKey } from '@shared/domain/people-list';
import type { PersonStatus } from '@shared/domain/relationships';
import { RELATIONSHIPS, type Relationship } from '@shared/domain/types';
import { ChoiceSelect } from '@renderer/components/ChoiceSelect';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { useUiStore } from '@renderer/state/ui-store';
import { CADENCE_LABELS, describeDaysSince } from './RelationshipSummary';
import { usePeopleStatuses } from './use-relationships';

const COLUMNS: { key: PeopleSortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'function', label: 'Function' },
  { key: 'relationship', label: 'Relationship' },
  { key: 'influence', label: 'Influence' },
  { key: 'stance', label: 'Stance' },
  { key: 'cadenceDays', label: 'Cadence' },
  { key: 'lastTalked', label: 'Last talked' },
  { key: 'health', label: 'Health' },
];

const RELATIONSHIP_FILTER_CHOICES: readonly (Relationship | 'all')[] = ['all', ...RELATIONSHIPS];
const RELATIONSHIP_FILTER_LABELS: Record<Relationship | 'all', string> = { all: 'All', ...RELATIONSHIP_LABELS };

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

function LastTalkedCells({ status }: { status: PersonStatus | undefined }) {
  if (!status) return null;
  return (
    <>
      <td>
        {describeDaysSince(status.daysSince)}{' '}
        <span className={`status status-${status.cadence.status}`}>{CADENCE_LABELS[status.cadence.status]}</span>
      </td>
      <td>{status.health.score}</td>
    </>
  );
}

export function PeopleScreen() {
  const relationships = usePeopleStatuses();
  const people = relationships?.people;
  const options = useUiStore((state) => state.peopleList);
  const { sortPeopleBy, setPeopleFilterText, setPeopleRelationshipFilter, setShowArchivedPeople } = useUiStore(
    useShallow((state) => ({
      sortPeopleBy: state.sortPeopleBy,
      setPeopleFilterText: state.setPeopleFilterText,
      setPeopleRelationshipFilter: state.setPeopleRelationshipFilter,
      setShowArchivedPeople: state.setShowArchivedPeople,
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
  const shown = useMemo(
    () => (people ? filterAndSortPeople(people, options, listStatuses) : []),
    [people, options, listStatuses],
  );

  return (
    <section className="screen">
      <div className="screen-header">
        <ScreenHeading>People</ScreenHeading>
        <Link href="/people/new" className="button primary">
          Add person
        </Link>
      </div>
      {people === undefined ? null : people.length === 0 ? (
        <EmptyPeople />
      ) : (
        <>
          <div className="toolbar" role="search">
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
              Relationship{' '}
              <ChoiceSelect
                choices={RELATIONSHIP_FILTER_CHOICES}
                labels={RELATIONSHIP_FILTER_LABELS}
                value={options.relationship}
                onChange={setPeopleRelationshipFilter}
              />
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={options.showArchived}
                onChange={(event) => setShowArchivedPeople(event.target.checked)}
              />
              Show archived
            </label>
          </div>
          <table className="people-table">
            <caption className="visually-hidden">
              People, sorted by {COLUMNS.find((c) => c.key === options.sortKey)?.label.toLowerCase()}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((column) => {
                  const sorted = options.sortKey === column.key;
                  return (
                    <th
                      key={column.key}
                      scope="col"
                      aria-sort={sorted ? (options.sortDirection === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      <button type="button" className="sort-button" onClick={() => sortPeopleBy(column.key)}>
                        {column.label}
                        <span aria-hidden="true">{sorted ? (options.sortDirection === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {shown.map((person) => (
                <tr key={person.id} className={person.archived ? 'archived' : undefined}>
                  <th scope="row">
                    <Link href={`/people/${person.id}`}>{person.name}</Link>
                    {person.archived && <span className="badge">Archived</span>}
                    {person.title && <span className="subtle"> · {person.title}</span>}
                  </th>
                  <td>{FUNCTION_LABELS[person.function]}</td>
                  <td>{RELATIONSHIP_LABELS[person.relationship]}</td>
                  <td>{person.influence}</td>
                  <td>{STANCE_LABELS[person.stance]}</td>
                  <td>every {person.cadenceDays} days</td>
                  <LastTalkedCells status={relationships?.statuses.get(person.id)} />
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="empty-state">No one matches these filters.</p>}
        </>
      )}
    </section>
  );
}
