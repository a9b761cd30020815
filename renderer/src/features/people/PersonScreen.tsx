import { Link } from 'wouter';
import { FUNCTION_LABELS, RELATIONSHIP_LABELS, STANCE_LABELS } from '@shared/domain/labels';
import { Markdown } from '@renderer/components/Markdown';
import { ScreenHeading } from '@renderer/components/ScreenHeading';
import { setPersonArchived } from '@renderer/db/people-repository';
import { describeWriteError } from '@renderer/db/write-errors';
import { useUiStore } from '@renderer/state/ui-store';
import { DrivenMoments } from './DrivenMoments';
import { NoteListEditor } from './NoteListEditor';
import { PersonCommitments, PersonHistory } from './PersonDossier';
import { StanceHistory } from './StanceHistory';
import { useRelationships } from './relationships-context';

export function PersonScreen({ id }: { id: string }) {
  // Everyone is already in memory (the reads the app keeps open): the page draws in its first render, and
  // its sections start their own reads at once instead of after a read of the person.
  const relationships = useRelationships();
  const person = relationships && (relationships.peopleById.get(id) ?? null);
  const showNotice = useUiStore((state) => state.showNotice);
  if (person === undefined) return null;
  if (person === null) {
    return (
      <section className="screen">
        <ScreenHeading>Person not found</ScreenHeading>
        <p>
          This person may have been removed. <Link href="/people">Back to People</Link>
        </p>
      </section>
    );
  }

  async function toggleArchived(archived: boolean) {
    try {
      await setPersonArchived(id, archived);
      showNotice({
        message: archived
          ? `${person?.name} archived: off the map and overdue lists, history kept.`
          : `${person?.name} is back.`,
        tone: 'info',
        undo: () => setPersonArchived(id, !archived),
      });
    } catch (error) {
      showNotice({ message: describeWriteError(error), tone: 'error' });
    }
  }

  return (
    <section className="screen person-page">
      <p>
        <Link href="/people">← People</Link>
      </p>
      <div className="screen-header">
        <ScreenHeading>
          {person.name}
          {person.archived && <span className="badge">Archived</span>}
        </ScreenHeading>
        <div className="actions">
          <Link href={`/people/${id}/edit`} className="button">
            Edit
          </Link>
          <button type="button" onClick={() => void toggleArchived(!person.archived)}>
            {person.archived ? 'Unarchive' : 'Archive'}
          </button>
        </div>
      </div>
      {person.title && <p className="lead">{person.title}</p>}
      {person.profileIncomplete && (
        <div className="notice-inline" role="note" aria-label="Profile to complete">
          <p>
            {person.name} was added from the quick log with a new person’s defaults. Set their relationship, influence
            and function: until then they do not count as an ally.{' '}
            <Link href={`/people/${id}/edit`}>Complete the profile</Link>
          </p>
        </div>
      )}
      <p className="stance-line">
        {STANCE_LABELS[person.stance]} now → {STANCE_LABELS[person.desiredStance]} desired
      </p>
      <div className="lists">
        <NoteListEditor
          personId={id}
          list="priorities"
          title="What they care about"
          itemLabel="Add a priority"
          items={person.priorities}
        />
        <NoteListEditor
          personId={id}
          list="worries"
          title="What worries them"
          itemLabel="Add a worry"
          items={person.worries}
        />
        <NoteListEditor
          personId={id}
          list="waysICanHelp"
          title="Ways I can help"
          itemLabel="Add a way to help"
          items={person.waysICanHelp}
        />
      </div>
      <PersonCommitments person={person} />
      <PersonHistory person={person} />
      <DrivenMoments person={person} />
      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        {person.notes ? <Markdown text={person.notes} /> : <p className="subtle">No notes.</p>}
      </section>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <dl className="profile">
          <dt>Function</dt>
          <dd>{FUNCTION_LABELS[person.function]}</dd>
          <dt>Relationship</dt>
          <dd>{RELATIONSHIP_LABELS[person.relationship]}</dd>
          <dt>Influence</dt>
          <dd>{person.influence} of 5</dd>
          <dt>Cadence</dt>
          <dd>every {person.cadenceDays} days</dd>
          <dt>Emails</dt>
          <dd>{person.emails.length > 0 ? person.emails.join(', ') : '—'}</dd>
        </dl>
      </section>
      <StanceHistory personId={id} />
    </section>
  );
}
