import { describe, expect, it } from 'vitest';
import { relationshipWarnings } from '@shared/domain/relationship-warnings';
import type { CadenceStatus } from '@shared/domain/relationships';
import type { Commitment } from '@shared/domain/types';
import { makeCommitment, makePerson } from './relationship-factories';

const TODAY = '2026-11-21';

function warningsFor(
  people: ReturnType<typeof makePerson>[],
  cadences: Record<string, CadenceStatus>,
  openCommitments: Commitment[] = [],
) {
  return relationshipWarnings({ people, cadenceOf: (id) => cadences[id], openCommitments, today: TODAY });
}

describe('influential person overdue', () => {
  it.each([
    [5, 'overdue', true],
    [4, 'overdue', true],
    [3, 'overdue', false],
    [5, 'due', false],
    [5, 'never', false],
    [5, 'on-track', false],
  ] as const)('influence %i and %s → warns: %s', (influence, cadence, warns) => {
    const ceo = makePerson({ name: 'Alex', influence });
    const ids = warningsFor([ceo], { [ceo.id]: cadence }).map((w) => w.id);
    expect(ids.includes('influential-overdue')).toBe(warns);
  });

  it('leaves archived people out and names the rest in the order given', () => {
    const people = [
      makePerson({ name: 'Alex', influence: 5 }),
      makePerson({ name: 'Bea', influence: 4 }),
      makePerson({ name: 'Cy', influence: 5, archived: true }),
    ];
    const cadences = Object.fromEntries(people.map((p) => [p.id, 'overdue' as const]));
    const [warning] = warningsFor(people, cadences);
    expect(warning?.message).toBe('Overdue: Alex, Bea. A short conversation now keeps you in the room.');
    expect(warning?.rule).toMatch(/influence 4 or 5 is overdue/);
  });
});

describe('i-owe commitment past due', () => {
  const dana = makePerson({ name: 'Dana' });

  it.each([
    [{ dueOn: '2026-11-20' }, true],
    [{ dueOn: '2026-11-21' }, false],
    [{}, false],
    [{ dueOn: '2026-11-01', direction: 'they-owe' as const }, false],
  ])('%j → warns: %s', (fields, warns) => {
    const ids = warningsFor([dana], {}, [makeCommitment(dana.id, { text: 'Send the deck', ...fields })]).map(
      (w) => w.id,
    );
    expect(ids.includes('i-owe-past-due')).toBe(warns);
  });

  it('lists the oldest first and counts the rest', () => {
    const commitments = ['2026-11-10', '2026-11-02', '2026-11-15', '2026-11-05'].map((dueOn, index) =>
      makeCommitment(dana.id, { text: `Promise ${index + 1}`, dueOn }),
    );
    const [warning] = warningsFor([dana], {}, commitments);
    expect(warning?.message).toBe(
      'Past due: “Promise 2” for Dana (due 2026-11-02), “Promise 4” for Dana (due 2026-11-05), “Promise 1” for Dana (due 2026-11-10) and 1 more.',
    );
  });

  it('gives the same message from the soonest-due few and the number past due in the whole journal', () => {
    const commitments = ['2026-11-10', '2026-11-02', '2026-11-15', '2026-11-05', '2026-12-01'].map((dueOn, index) =>
      makeCommitment(dana.id, { text: `Promise ${index + 1}`, dueOn }),
    );
    const soonest = [...commitments].sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '')).slice(0, 3);
    const fromAll = warningsFor([dana], {}, commitments);
    const fromSoonest = relationshipWarnings({
      people: [dana],
      cadenceOf: () => undefined,
      openCommitments: soonest,
      pastDueCount: 4,
      today: TODAY,
    });
    expect(fromSoonest).toEqual(fromAll);
    expect(
      relationshipWarnings({
        people: [dana],
        cadenceOf: () => undefined,
        openCommitments: [],
        pastDueCount: 0,
        today: TODAY,
      }),
    ).toEqual([]);
  });
});
