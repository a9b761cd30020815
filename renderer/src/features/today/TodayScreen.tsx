import { Link } from 'wouter';
import { ComingSoon } from '../../components/ComingSoon';

export function TodayScreen() {
  return (
    <ComingSoon title="Today">
      <p>
        Today will answer “what needs me now?”: a due check-in, early warnings, the people to talk to next,
        and open commitments both ways.
      </p>
      <p>
        Start by adding the executives your roadmap depends on in <Link href="/people">People</Link>.
      </p>
    </ComingSoon>
  );
}
