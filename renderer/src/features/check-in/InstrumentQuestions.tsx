import type { Instrument } from '@shared/domain/check-in-instruments';
import { ChoiceGroup } from './ChoiceGroup';
import type { FormAnswer } from './check-in-form-state';

/** One questionnaire: its questions, one per row, and its source underneath. */
export function InstrumentQuestions({
  instrument,
  answers,
  onAnswer,
  error,
}: {
  instrument: Instrument;
  answers: readonly FormAnswer[];
  onAnswer(index: number, answer: number | 'skipped'): void;
  error?: string | undefined;
}) {
  const headingId = `${instrument.id}-heading`;
  return (
    <section className="instrument" aria-labelledby={headingId}>
      <h3 id={headingId}>{instrument.name}</h3>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {instrument.items.map((item, index) => (
        <ChoiceGroup
          key={item.id}
          name={item.id}
          legend={item.text}
          options={item.options}
          value={answers[index] ?? null}
          onChange={(answer) => onAnswer(index, answer)}
        />
      ))}
      <p className="citation">Source: {instrument.citation}</p>
    </section>
  );
}
