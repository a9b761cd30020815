import { describe, expect, it } from 'vitest';
import { sortCommitments } from '@shared/domain/commitments';
import { emptyPersonInput } from '@shared/domain/person';
import {
  countDoneCommitmentsWith,
  listDoneCommitmentsForPerson,
  listOpenCommitmentSummaries,
  listOpenCommitments,
  listOpenCommitmentsForPerson,
  listSoonestOpenCommitments,
  setCommitmentDone,
} from '@renderer/db/commitments-repository';
import { saveConversation } from '@renderer/db/conversations-repository';
import { createPerson } from '@renderer/db/people-repository';
import { conversationInput } from './fixtures';

// A person's commitments as the dossier reads them: the open ones, how many are done, and the done
// ones only when asked for, each through the `[personId+open]` index.

describe("a person's commitments", () => {
  it('reads the open ones and counts the done ones, and follows a promise marked done and reopened', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const sam = await createPerson({ ...emptyPersonInput(), name: 'Sam Lee' });
    await saveConversation(
      conversationInput([dana.id, sam.id], '2026-11-03T10:00:00.000Z', {
        newCommitments: [
          { personId: dana.id, direction: 'i-owe', text: 'Send the deck' },
          { personId: dana.id, direction: 'they-owe', text: 'Intro to the auditor' },
          { personId: sam.id, direction: 'i-owe', text: 'Pricing sheet' },
        ],
      }),
    );
    const texts = (list: { text: string }[]) => list.map((c) => c.text).sort();
    expect(texts(await listOpenCommitmentsForPerson(dana.id))).toEqual(['Intro to the auditor', 'Send the deck']);
    expect(await countDoneCommitmentsWith(dana.id)).toEqual({ count: 0, more: false });

    const deck = (await listOpenCommitmentsForPerson(dana.id)).find((c) => c.text === 'Send the deck');
    await setCommitmentDone(deck?.id ?? '', true);
    expect(texts(await listOpenCommitmentsForPerson(dana.id))).toEqual(['Intro to the auditor']);
    expect(await countDoneCommitmentsWith(dana.id)).toEqual({ count: 1, more: false });
    expect(texts(await listDoneCommitmentsForPerson(dana.id))).toEqual(['Send the deck']);
    expect(await countDoneCommitmentsWith(sam.id)).toEqual({ count: 0, more: false });
    const intro = (await listOpenCommitmentsForPerson(dana.id)).find((c) => c.text === 'Intro to the auditor');
    await setCommitmentDone(intro?.id ?? '', true);
    // Counted up to a bound, never by walking every key: beyond it, the dossier says "1+".
    expect(await countDoneCommitmentsWith(dana.id, 1)).toEqual({ count: 1, more: true });
    expect(await countDoneCommitmentsWith(dana.id, 2)).toEqual({ count: 2, more: false });
    await setCommitmentDone(intro?.id ?? '', false);

    await setCommitmentDone(deck?.id ?? '', false);
    expect(texts(await listOpenCommitmentsForPerson(dana.id))).toEqual(['Intro to the auditor', 'Send the deck']);
    expect(await listDoneCommitmentsForPerson(dana.id)).toEqual([]);
  });
});

describe('the open commitments start reads', () => {
  it('lists the soonest-due few each way in the order of the full list, and keeps each summary up to date', async () => {
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Ruiz' });
    const sam = await createPerson({ ...emptyPersonInput(), name: 'Sam Lee' });
    const dues = ['2026-11-20', undefined, '2026-11-02', '2026-12-01', '2026-11-03', undefined, '2026-10-15'];
    for (const [index, dueOn] of dues.entries()) {
      await saveConversation(
        conversationInput([dana.id, sam.id], `2026-11-0${1 + (index % 9)}T10:00:00.000Z`, {
          newCommitments: [
            { personId: index % 2 ? sam.id : dana.id, direction: 'i-owe', text: `Promise ${index}`, dueOn },
            { personId: dana.id, direction: 'they-owe', text: `Owed ${index}`, dueOn },
          ],
        }),
      );
    }
    const today = '2026-11-10';
    const texts = (list: { text: string }[]) => list.map((c) => c.text);
    const fullOrder = async (direction: 'i-owe' | 'they-owe') =>
      texts(
        sortCommitments(
          (await listOpenCommitments()).filter((c) => c.direction === direction),
          today,
        ),
      );
    for (const limit of [1, 3, 5, 20]) {
      expect(texts(await listSoonestOpenCommitments('i-owe', limit))).toEqual(
        (await fullOrder('i-owe')).slice(0, limit),
      );
      expect(texts(await listSoonestOpenCommitments('they-owe', limit))).toEqual(
        (await fullOrder('they-owe')).slice(0, limit),
      );
    }
    const summaries = async () =>
      Object.fromEntries((await listOpenCommitmentSummaries()).map((s) => [s.personId, s.iOweDueDates]));
    expect(await summaries()).toEqual({
      [dana.id]: ['2026-10-15', '2026-11-02', '2026-11-03', '2026-11-20'],
      [sam.id]: ['2026-12-01'],
    });

    const [soonest] = await listSoonestOpenCommitments('i-owe', 1);
    await setCommitmentDone(soonest?.id ?? '', true);
    expect(texts(await listSoonestOpenCommitments('i-owe', 20))).toEqual(await fullOrder('i-owe'));
    expect((await summaries())[dana.id]).toEqual(['2026-11-02', '2026-11-03', '2026-11-20']);
    await setCommitmentDone(soonest?.id ?? '', false);
    expect((await summaries())[dana.id]).toEqual(['2026-10-15', '2026-11-02', '2026-11-03', '2026-11-20']);
  });
});
