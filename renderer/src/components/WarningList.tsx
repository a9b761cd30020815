import type { EarlyWarning } from '@shared/domain/warning';

/**
 * Early warnings of any kind (wellbeing, relationships, the roadmap room), each with the rule that raised
 * it, so the app never alarms without saying why.
 */
export function WarningList({ warnings }: { warnings: readonly EarlyWarning[] }) {
  return (
    <section className="check-in-warnings" aria-labelledby="early-warnings-heading">
      <h2 id="early-warnings-heading">Early warnings</h2>
      {warnings.length === 0 ? (
        <p className="subtle">No early warnings right now.</p>
      ) : (
        <ul className="warning-list">
          {warnings.map((warning) => (
            <li key={warning.id} className="warning">
              <h3>{warning.title}</h3>
              <p>{warning.message}</p>
              <p className="subtle">Rule: {warning.rule}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
