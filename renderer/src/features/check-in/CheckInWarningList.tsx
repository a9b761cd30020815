import type { CheckInWarning } from '@shared/domain/check-in-warnings';

/** The early warnings, each with the rule that raised it, so the app never alarms without saying why. */
/** Any early warning: wellbeing (check-in) or relationships, each shown with its rule. */
type EarlyWarning = Pick<CheckInWarning, 'title' | 'rule' | 'message'> & { id: string };

export function CheckInWarningList({ warnings }: { warnings: readonly EarlyWarning[] }) {
  return (
    <section className="check-in-warnings" aria-labelledby="check-in-warnings-heading">
      <h2 id="check-in-warnings-heading">Early warnings</h2>
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
