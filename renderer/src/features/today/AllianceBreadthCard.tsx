import { ALLIANCE_BREADTH_EXPLANATION } from '@shared/domain/alliance';
import { useAllianceBreadth } from './use-alliance-breadth';

/** Am I going it alone? How many allies I talked to lately, and how many I could lean on. */
export function AllianceBreadthCard() {
  const breadth = useAllianceBreadth();
  if (!breadth) return null;
  return (
    <section className="card" aria-labelledby="alliance-heading">
      <h2 id="alliance-heading">Alliance breadth</h2>
      <dl className="stats">
        <div>
          <dt>Allies talked to, last 30 days</dt>
          <dd>
            <strong>{breadth.talkedTo30Days}</strong> of {breadth.allies}
          </dd>
        </div>
        <div>
          <dt>People leaned on, last 4 check-ins</dt>
          <dd>
            <strong>{breadth.leanedOnLast4CheckIns}</strong>
          </dd>
        </div>
      </dl>
      <details>
        <summary>How is this computed?</summary>
        <p>{ALLIANCE_BREADTH_EXPLANATION}</p>
      </details>
    </section>
  );
}
