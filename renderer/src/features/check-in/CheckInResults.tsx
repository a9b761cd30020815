import { format, parseISO } from 'date-fns';
import { useEffect, useRef } from 'react';
import { CBI_PERSONAL, CBI_WORK, UCLA3, type Instrument, type InstrumentId } from '@shared/domain/check-in-instruments';
import {
  CBI_BANDS_NOTE,
  CBI_BAND_EXPLANATIONS,
  CBI_BAND_LABELS,
  SCORING_EXPLANATIONS,
  SELF_CHECK_DISCLAIMER,
  UCLA_BANDS_NOTE,
  UCLA_BAND_EXPLANATIONS,
  UCLA_BAND_LABELS,
  cbiBand,
  scoreCheckIn,
  uclaBand,
} from '@shared/domain/check-in-scoring';
import type { CheckIn } from '@shared/domain/types';

const NO_SCORE_REASONS = {
  'cbi-work': 'Fewer than 4 of the 7 questions were answered, so there is no score (not zero).',
  'cbi-personal': 'Fewer than 3 of the 6 questions were answered, so there is no score (not zero).',
  ucla3: 'A question was skipped. This scale is only scored with all three answered, so there is no score.',
} as const satisfies Record<InstrumentId, string>;

const BAND_MEANINGS = {
  low: 'Few signs of burnout.',
  moderate: 'Some signs of burnout: worth watching over the next weeks.',
  high: 'Strong signs of burnout. Look at what you could hand off or drop, and at who you could talk to.',
  'not-lonely': 'You mostly feel connected to the people around you.',
  lonely: 'You often feel alone or left out. It is common at the top, and worth acting on.',
} as const;

type Reading = { value: string; band: keyof typeof BAND_MEANINGS; label: string; bands: string; note: string };

function readCbi(score: number): Reading {
  const band = cbiBand(score);
  return {
    value: `${Math.round(score)} of 100`,
    band,
    label: CBI_BAND_LABELS[band],
    bands: CBI_BAND_EXPLANATIONS[band],
    note: CBI_BANDS_NOTE,
  };
}

function readUcla(score: number): Reading {
  const band = uclaBand(score);
  return {
    value: `${score} of 9`,
    band,
    label: UCLA_BAND_LABELS[band],
    bands: UCLA_BAND_EXPLANATIONS[band],
    note: UCLA_BANDS_NOTE,
  };
}

/** One scale's score, band, meaning, computation and source. */
function ScoreCard({ instrument, reading }: { instrument: Instrument; reading: Reading | null }) {
  const headingId = `${instrument.id}-result-heading`;
  return (
    <article className="score-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{instrument.shortName}</h3>
      {reading === null ? (
        <>
          <p className="score">No score</p>
          <p>{NO_SCORE_REASONS[instrument.id]}</p>
        </>
      ) : (
        <>
          <p className="score">
            <strong>{reading.value}</strong> · <span className={`band band-${reading.band}`}>{reading.label}</span>
          </p>
          <p>{BAND_MEANINGS[reading.band]}</p>
          <p className="subtle">
            {reading.bands} {reading.note}
          </p>
        </>
      )}
      <details>
        <summary>How is this computed?</summary>
        <p>{SCORING_EXPLANATIONS[instrument.id]}</p>
      </details>
      <p className="citation">Source: {instrument.citation}</p>
    </article>
  );
}

/**
 * The scores of one check-in with what they mean. `focusKey` changes after each save, moving focus to
 * the results so a keyboard or screen-reader user hears them first.
 */
export function CheckInResults({ checkIn, focusKey }: { checkIn: CheckIn; focusKey: string | null }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusKey !== null) headingRef.current?.focus();
  }, [focusKey]);

  const scores = scoreCheckIn(checkIn);
  const work = scores.cbiWork === null ? null : readCbi(scores.cbiWork);
  const personal = scores.cbiPersonal === null ? null : readCbi(scores.cbiPersonal);
  const loneliness = scores.ucla3 === null ? null : readUcla(scores.ucla3);
  const needsHelp = [work, personal, loneliness].some(
    (reading) => reading?.band === 'high' || reading?.band === 'lonely',
  );

  return (
    <section className="check-in-results" aria-labelledby="check-in-results-heading">
      <h2 id="check-in-results-heading" ref={headingRef} tabIndex={-1}>
        Your results for {checkIn.week}
      </h2>
      <p className="subtle">Completed {format(parseISO(checkIn.completedAt), 'EEEE d MMMM yyyy')}.</p>
      <div className="score-cards">
        <ScoreCard instrument={CBI_WORK} reading={work} />
        {checkIn.cbiPersonal !== undefined && <ScoreCard instrument={CBI_PERSONAL} reading={personal} />}
        <ScoreCard instrument={UCLA3} reading={loneliness} />
      </div>
      <p>Energy this week: {checkIn.energy === undefined ? 'not answered' : `${checkIn.energy} of 5`}.</p>
      <p className="disclaimer">
        <strong>{SELF_CHECK_DISCLAIMER}</strong>
      </p>
      {needsHelp && (
        <aside className="help-note" aria-labelledby="check-in-help-heading">
          <h3 id="check-in-help-heading">Where to look for help</h3>
          <p>
            If these scores stay high, or you are struggling, talk to your doctor, or to an employee assistance
            programme if your company offers one. A trusted friend, mentor or peer outside work can help too.
          </p>
          <p>If you are in crisis or thinking of harming yourself, contact your local emergency services now.</p>
        </aside>
      )}
    </section>
  );
}
