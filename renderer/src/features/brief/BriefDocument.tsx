import { useId } from 'react';
import type { BriefCommitment, BriefNoteList, BriefPersonSection, OffsiteBrief } from '@shared/domain/offsite-brief';
import {
  BRIEF_EXPLANATIONS,
  describeBlindsided,
  describeBriefScope,
  describeCommitment,
  describeConsulted,
  describeConversation,
  describeRole,
  describeStance,
  describeTalkingPoint,
  describeUpstreamScore,
  formatBriefDay,
  healthRows,
} from '@shared/domain/offsite-brief-text';
import { InvolvementCounts } from '@renderer/components/InvolvementCounts';

// The brief as a page: what is on screen is what is printed, and what the desktop turns into a PDF.
// It holds no link and no control: on paper they would lead nowhere.

function NoteItems({ title, list, name }: { title: string; list: BriefNoteList; name: string }) {
  return (
    <div>
      <h3>{title}</h3>
      {list.items.length === 0 ? (
        <p className="subtle">None open.</p>
      ) : (
        <ul aria-label={`${title} of ${name}`}>
          {list.items.map((item) => (
            <li key={item.id}>
              {item.text} <span className="subtle">(noted {formatBriefDay(item.notedOn)})</span>
            </li>
          ))}
          {list.more > 0 && <li className="subtle">and {list.more} more</li>}
        </ul>
      )}
    </div>
  );
}

function Commitments({ title, commitments }: { title: string; commitments: readonly BriefCommitment[] }) {
  return (
    <div>
      <h4>{title}</h4>
      {commitments.length === 0 ? (
        <p className="subtle">Nothing open.</p>
      ) : (
        <ul aria-label={title}>
          {commitments.map((commitment) => (
            <li key={commitment.id} className={commitment.overdue ? 'brief-overdue' : undefined}>
              {describeCommitment(commitment)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PersonSection({ section }: { section: BriefPersonSection }) {
  const headingId = useId();
  const { person, status, talkingPoints } = section;
  return (
    <section className="brief-person" aria-labelledby={headingId}>
      <h2 id={headingId}>{person.name}</h2>
      <p className="subtle">{describeRole(section)}</p>
      <dl className="brief-facts">
        <div>
          <dt>Stance</dt>
          <dd>{describeStance(section)}</dd>
        </div>
        <div>
          <dt>Health</dt>
          <dd>
            <strong>{status.health.score}</strong> of 100
          </dd>
        </div>
        <div>
          <dt>Last conversation</dt>
          <dd>{describeConversation(section.lastConversation)}</dd>
        </div>
      </dl>
      <table className="data-table brief-health">
        <caption>Health with {person.name}, component by component</caption>
        <thead>
          <tr>
            <th scope="col">Component</th>
            <th scope="col">Made of</th>
            <th scope="col">Points</th>
          </tr>
        </thead>
        <tbody>
          {healthRows(status).map((row) => (
            <tr key={row.component}>
              <th scope="row">{row.component}</th>
              <td>{row.value}</td>
              <td>{row.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Suggested talking points</h3>
      {talkingPoints.length === 0 ? (
        <p className="subtle">Nothing pressing by the rules below.</p>
      ) : (
        <ol aria-label={`Talking points for ${person.name}`}>
          {talkingPoints.map((point, index) => (
            <li key={index}>{describeTalkingPoint(point)}</li>
          ))}
        </ol>
      )}
      <div className="brief-lists">
        <NoteItems title="Top priorities" list={section.priorities} name={person.name} />
        <NoteItems title="Top worries" list={section.worries} name={person.name} />
        <NoteItems title="Ways I can help" list={section.waysICanHelp} name={person.name} />
      </div>
      <h3>Open commitments</h3>
      <div className="brief-lists">
        <Commitments title={`I owe ${person.name}`} commitments={section.iOwe} />
        <Commitments title={`${person.name} owes me`} commitments={section.theyOwe} />
      </div>
    </section>
  );
}

function UpstreamSummary({ brief }: { brief: OffsiteBrief }) {
  return (
    <section className="brief-upstream" aria-labelledby="brief-upstream-heading">
      <h2 id="brief-upstream-heading">My upstream summary</h2>
      <p>{describeUpstreamScore(brief)}</p>
      <InvolvementCounts counts={brief.upstream.counts} />
      <p>Consulted on what matters: {describeConsulted(brief)}.</p>
      <h3 id="brief-blindsided-heading">Blindsided</h3>
      {brief.blindsided.length === 0 ? (
        <p>Not blindsided in this period.</p>
      ) : (
        <ul aria-labelledby="brief-blindsided-heading">
          {brief.blindsided.map((moment) => (
            <li key={moment.id}>{describeBlindsided(moment)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The brief: a section per person, then my upstream summary, then how it is all computed. */
export function BriefDocument({ brief }: { brief: OffsiteBrief }) {
  return (
    <article className="brief" aria-label="The brief">
      <p className="brief-scope">{describeBriefScope(brief)}</p>
      {brief.sections.length === 0 && (
        <p className="print-hidden">Choose people above, and each gets a section here.</p>
      )}
      {brief.sections.map((section) => (
        <PersonSection key={section.person.id} section={section} />
      ))}
      <UpstreamSummary brief={brief} />
      <section className="brief-notes" aria-labelledby="brief-notes-heading">
        <h2 id="brief-notes-heading">How this brief is computed</h2>
        {BRIEF_EXPLANATIONS.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </section>
    </article>
  );
}
