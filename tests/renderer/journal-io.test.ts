import { describe, expect, it } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { deleteConversation, saveConversation } from '@renderer/db/conversations-repository';
import { createPerson } from '@renderer/db/people-repository';
import { readWholeJournal } from '@renderer/db/tables/journal-io';
import { db } from '@renderer/db/tables/schema';
import { timeSlices } from '@renderer/db/tables/time-slices';
import { conversationInput } from './fixtures';

// The whole-journal read behind the export and the import's plan: every record, read a few thousand
// at a time in one transaction, decoded after it.

describe('readWholeJournal', () => {
  it('reads a table of more rows than one read holds, each row once', async () => {
    // Stored straight into the table: a read test needs many rows, not 5,001 commits.
    const template = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const people = Array.from({ length: 5_001 }, (_, index) => ({
      ...template,
      id: `p-${String(index).padStart(5, '0')}`,
      name: `Person ${index}`,
    }));
    await db.people.clear();
    await db.people.bulkPut(people);
    const { data } = await readWholeJournal();
    expect(data.people.map((person) => person.id)).toEqual(people.map((person) => person.id));
    expect(data.people[5_000]).toEqual(people[5_000]);
  });

  it('gives the tombstones of deleted records beside the records still held', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const kept = await saveConversation(conversationInput([dana.id], '2026-11-20T10:00:00.000Z'));
    const gone = await saveConversation(conversationInput([dana.id], '2026-11-21T10:00:00.000Z'));
    await deleteConversation(gone.id);
    const { data, tombstones } = await readWholeJournal();
    expect(data.conversations.map((conversation) => conversation.id)).toEqual([kept.id]);
    expect(tombstones).toEqual([{ table: 'conversations', recordId: gone.id, deletedAt: expect.any(String) }]);
  });
});

describe('timeSlices', () => {
  it('keeps going while its slice has time left', async () => {
    const slices = timeSlices(60_000);
    let otherWorkRan = false;
    setTimeout(() => (otherWorkRan = true), 0);
    await slices.pause();
    expect(otherWorkRan).toBe(false);
  });

  it('lets other work run once its slice is used up', async () => {
    const slices = timeSlices(0);
    let otherWorkRan = false;
    setTimeout(() => (otherWorkRan = true), 0);
    await slices.pause();
    expect(otherWorkRan).toBe(true);
  });
});
