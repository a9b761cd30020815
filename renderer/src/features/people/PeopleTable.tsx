import { Link } from 'wouter';
import { FUNCTION_LABELS, RELATIONSHIP_LABELS, STANCE_LABELS } from '@shared/domain/labels';
import type { PeopleListOptions, PeopleSortKey } from '@shared/domain/people-list';
import type { PersonStatus } from '@shared/domain/relationships';
import type { Person } from '@shared/domain/types';
import { CADENCE_LABELS, describeDaysSince } from './cadence-words';

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

/** The People screen's table view: everyone shown, already filtered and sorted, with sortable columns. */
export function PeopleTable({
  people,
  statuses,
  options,
  onSort,
}: {
  people: readonly Person[];
  statuses: ReadonlyMap<string, PersonStatus>;
  options: Pick<PeopleListOptions, 'sortKey' | 'sortDirection'>;
  onSort(key: PeopleSortKey): void;
}) {
  return (
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
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span aria-hidden="true">{sorted ? (options.sortDirection === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
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
            <LastTalkedCells status={statuses.get(person.id)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
