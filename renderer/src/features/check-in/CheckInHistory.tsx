import { useState } from 'react';
import { Link } from 'wouter';
import { CBI_BAND_LABELS, UCLA_BAND_LABELS, cbiBand, scoreCheckIn, uclaBand } from '@shared/domain/check-in-scoring';
import type { IsoWeek } from '@shared/domain/types';
import { useRecentCheckIns } from './use-check-ins';

const PAGE_SIZE = 26;

function cbiText(score: number | null): string {
  return score === null ? 'no score' : `${Math.round(score)} (${CBI_BAND_LABELS[cbiBand(score)]})`;
}

function uclaText(score: number | null): string {
  return score === null ? 'no score' : `${score} (${UCLA_BAND_LABELS[uclaBand(score)]})`;
}

/** Past check-ins, newest first, each linking to its week to view or edit. */
export function CheckInHistory({ openWeek }: { openWeek: IsoWeek }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const checkIns = useRecentCheckIns(limit);
  if (!checkIns) return null;
  return (
    <section className="check-in-history" aria-labelledby="check-in-history-heading">
      <h2 id="check-in-history-heading">Past check-ins</h2>
      {checkIns.length === 0 ? (
        <p className="subtle">No check-ins yet.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Work burnout</th>
              <th scope="col">Personal burnout</th>
              <th scope="col">Loneliness</th>
              <th scope="col">Energy</th>
            </tr>
          </thead>
          <tbody>
            {checkIns.map((checkIn) => {
              const scores = scoreCheckIn(checkIn);
              return (
                <tr key={checkIn.id}>
                  <th scope="row">
                    <Link
                      href={`/check-in/${checkIn.week}`}
                      aria-current={checkIn.week === openWeek ? 'page' : undefined}
                    >
                      {checkIn.week}
                    </Link>
                  </th>
                  <td>{cbiText(scores.cbiWork)}</td>
                  <td>{checkIn.cbiPersonal === undefined ? 'not asked' : cbiText(scores.cbiPersonal)}</td>
                  <td>{uclaText(scores.ucla3)}</td>
                  <td>{checkIn.energy === undefined ? '—' : `${checkIn.energy} of 5`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {checkIns.length === limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE_SIZE)}>
          Show older check-ins
        </button>
      )}
    </section>
  );
}
