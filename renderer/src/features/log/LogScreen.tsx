import { ComingSoon } from '../../components/ComingSoon';

export function LogScreen() {
  return (
    <ComingSoon title="Log">
      <p>
        The Log will hold every conversation with your peers — newest first, filterable by person, kind, tag and
        date — and a quick log to capture a 1:1 in under 30 seconds.
      </p>
    </ComingSoon>
  );
}
