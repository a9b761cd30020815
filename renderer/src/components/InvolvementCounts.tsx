import { INVOLVEMENT_FORM_ORDER, INVOLVEMENT_LABELS } from '@shared/domain/strategy-moment';
import type { Involvement } from '@shared/domain/types';

/** How many strategy moments found me at each involvement, most involved first: the roadmap room and the brief. */
export function InvolvementCounts({ counts }: { counts: Readonly<Record<Involvement, number>> }) {
  return (
    <table className="involvement-counts">
      <caption>Moments by how involved you were</caption>
      <thead>
        <tr>
          {INVOLVEMENT_FORM_ORDER.map((involvement) => (
            <th key={involvement} scope="col">
              {INVOLVEMENT_LABELS[involvement]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {INVOLVEMENT_FORM_ORDER.map((involvement) => (
            <td key={involvement}>{counts[involvement]}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
