import { describe, expect, it } from 'vitest';
import { parseJournalFile } from '@shared/domain/journal-parse';
import { generateJournal } from '../fixtures/journal-generator';

describe('the generated ten-year journal', () => {
  const journal = generateJournal({ conversations: 2_000 });

  it('is a valid Upstream journal: the importer finds no problem', () => {
    const parsed = parseJournalFile(JSON.stringify(journal));
    expect(parsed.ok ? parsed.warnings : parsed.problems).toEqual([]);
  });

  it('is the same for the same seed, and different for another', () => {
    expect(JSON.stringify(generateJournal({ conversations: 2_000 }))).toBe(JSON.stringify(journal));
    expect(generateJournal({ conversations: 2_000, seed: 7 }).data.conversations[0]?.notes).not.toBe(
      journal.data.conversations[0]?.notes,
    );
  });

  it('has the sizes and shapes of SPEC §9, scaled', () => {
    const { people, conversations, commitments, checkIns, strategyMoments } = journal.data;
    expect(conversations).toHaveLength(2_000);
    expect(commitments).toHaveLength(400);
    expect(strategyMoments).toHaveLength(40);
    expect(checkIns.length).toBeGreaterThan(420);
    expect(checkIns.length).toBeLessThan(522);
    const lengths = conversations.map((conversation) => conversation.notes.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(2_000);
    // A few people hold most conversations; most hold few.
    const perPerson = people.map((person) => conversations.filter((c) => c.personIds.includes(person.id)).length);
    perPerson.sort((a, b) => b - a);
    const median = perPerson[Math.floor(perPerson.length / 2)] ?? 0;
    expect(perPerson[0]).toBeGreaterThan(conversations.length / 10);
    expect(perPerson[0]).toBeGreaterThan(10 * median);
    expect(commitments.some((commitment) => commitment.doneOn)).toBe(true);
    expect(commitments.some((commitment) => !commitment.doneOn)).toBe(true);
    const years = new Set(conversations.map((conversation) => conversation.occurredAt.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(10);
  });
});
