import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { dueInWords, isOverdue, sortCommitments } from '@shared/domain/commitments';
import { DIRECTION_LABELS } from '@shared/domain/labels';
import { localDateOf } from '@shared/domain/dates';
import type { Commitment, Person } from '@shared/domain/types';
import { useUiStore } from '@renderer/state/ui-store';
import { setCommitmentDone } from '@renderer/db/commitments-repository';
import { describeWriteError } from '@renderer/db/write-errors';

/** How many a list shows before "Show all": the overdue and soonest due come first. */
export const FIRST_SHOWN = 20;

/** Commitments, overdue first, each with a Done checkbox that works wherever the list appears. */
export function CommitmentList({
  commitments,
  people,
  emptyText,
  label,
}: {
  commitments: readonly Commitment[];
  /** When given, each item names the person and links to them. */
  people?: ReadonlyMap<string, Person>;
  emptyText: string;
  label: string;
}) {
  const showNotice = useUiStore((state) => state.showNotice);
  const today = localDateOf(new Date());
  const sorted = useMemo(() => sortCommitments(commitments, today), [commitments, today]);
  // Years of promises can be hundreds of rows; the first ones are what needs the user.
  const [showAll, setShowAll] = useState(false);
  if (sorted.length === 0) return <p className="subtle">{emptyText}</p>;
  const shown = showAll ? sorted : sorted.slice(0, FIRST_SHOWN);

  const toggle = (commitment: Commitment, done: boolean) => {
    setCommitmentDone(commitment.id, done).then(
      () =>
        done &&
        showNotice({
          message: `Done: ${commitment.text}`,
          tone: 'info',
          undo: () => setCommitmentDone(commitment.id, false),
        }),
      (error: unknown) => showNotice({ message: describeWriteError(error), tone: 'error' }),
    );
  };

  return (
    <>
      <ul className="commitment-list" aria-label={label}>
        {shown.map((commitment) => {
          const person = people?.get(commitment.personId);
          const overdue = isOverdue(commitment, today);
          return (
            <li key={commitment.id} className={commitment.doneOn ? 'done' : overdue ? 'overdue' : undefined}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={Boolean(commitment.doneOn)}
                  onChange={(event) => toggle(commitment, event.target.checked)}
                />
                {/* Spaces between the parts, so the checkbox is named "Done: I owe Send the deck", not "Done:I oweSend…". */}
                <span className="visually-hidden">Done:</span>{' '}
                <span className="direction">{DIRECTION_LABELS[commitment.direction]}</span>{' '}
                <span>{commitment.text}</span>
                {/* Where the list spans people, the name tells two alike promises apart. */}
                {person && (
                  <>
                    {' '}
                    <span className="visually-hidden">({person.name})</span>
                  </>
                )}
              </label>
              {person && (
                <Link href={`/people/${person.id}`} className="subtle">
                  {person.name}
                </Link>
              )}
              {commitment.dueOn && !commitment.doneOn && (
                <time dateTime={commitment.dueOn} className={overdue ? 'badge badge-warn' : 'subtle'}>
                  {dueInWords(commitment.dueOn, today)}
                </time>
              )}
              {commitment.doneOn && <span className="subtle">done {commitment.doneOn}</span>}
            </li>
          );
        })}
      </ul>
      {shown.length < sorted.length && (
        <button type="button" onClick={() => setShowAll(true)}>
          Show all {sorted.length}
        </button>
      )}
    </>
  );
}
