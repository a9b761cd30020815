import { format } from 'date-fns';
import { Link } from 'wouter';
import { useCheckInDueDetails } from './use-check-in-due';
import './check-in.css';

const DAY_AND_TIME = "EEEE d MMMM 'at' HH:mm";

/** For Today: whether this week's check-in is due, not yet due (and when), or done, with a way to it. */
export function CheckInDueCard() {
  const due = useCheckInDueDetails();
  if (!due) return null;
  return (
    <section className="card check-in-due" aria-labelledby="check-in-due-heading">
      <h2 id="check-in-due-heading">Weekly check-in</h2>
      {due.state === 'due' && (
        <p>
          <strong>This week’s check-in is due</strong> (since {format(due.dueAt, DAY_AND_TIME)}). It takes about two
          minutes.
        </p>
      )}
      {due.state === 'not-yet-due' && (
        <p>This week’s check-in is due {format(due.dueAt, DAY_AND_TIME)}. You can also do it now.</p>
      )}
      {due.state === 'done' && <p>This week’s check-in is done. Your results and trends are on the check-in page.</p>}
      <p>
        <Link href="/check-in" className={due.state === 'due' ? 'button primary' : 'button'}>
          {due.state === 'done' ? 'See this week’s check-in' : 'Start this week’s check-in'}
        </Link>
      </p>
    </section>
  );
}
