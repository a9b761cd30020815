import { useMemo } from 'react';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { usePeople } from '@renderer/hooks/use-people';
import { CommitmentList } from './CommitmentList';
import { useOpenCommitments } from '@renderer/hooks/use-commitments';

/** Every open promise, both ways, overdue first. */
export function CommitmentsScreen() {
  const commitments = useOpenCommitments();
  const people = usePeople();
  const byId = useMemo(() => new Map((people ?? []).map((p) => [p.id, p])), [people]);
  if (!commitments || !people) return null;
  const iOwe = commitments.filter((c) => c.direction === 'i-owe');
  const theyOwe = commitments.filter((c) => c.direction === 'they-owe');
  return (
    <section className="screen">
      <ScreenHeading>Open commitments</ScreenHeading>
      <div className="columns">
        <section aria-labelledby="i-owe-heading">
          <h2 id="i-owe-heading">I owe ({iOwe.length})</h2>
          <CommitmentList label="I owe" commitments={iOwe} people={byId} emptyText="Nothing you owe anyone. Nice." />
        </section>
        <section aria-labelledby="they-owe-heading">
          <h2 id="they-owe-heading">They owe ({theyOwe.length})</h2>
          <CommitmentList
            label="They owe"
            commitments={theyOwe}
            people={byId}
            emptyText="No one owes you anything right now."
          />
        </section>
      </div>
    </section>
  );
}
