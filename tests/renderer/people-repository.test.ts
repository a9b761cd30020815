import { describe, expect, it } from 'vitest';
import { emptyPersonInput, type PersonInput } from '@shared/domain/person';
import {
  addNoteItem,
  createPerson,
  getPerson,
  listPeople,
  listStanceChanges,
  removeNoteItem,
  setNoteItemResolved,
  setPersonArchived,
  updatePerson,
} from '@renderer/db/people-repository';
import { ValidationError } from '@renderer/db/write-errors';

const dana: PersonInput = { ...emptyPersonInput(), name: 'Dana Whitfield', function: 'finance', stance: 'skeptical' };

describe('people repository', () => {
  it('creates a person with a UUID, timestamps, empty lists and a first stance entry', async () => {
    const person = await createPerson(dana);
    expect(person.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(person.createdAt).toBe(person.updatedAt);
    expect(await getPerson(person.id)).toEqual(person);
    expect(person).toMatchObject({ priorities: [], worries: [], waysICanHelp: [], archived: false });
    const history = await listStanceChanges(person.id);
    expect(history.map(({ from, to }) => ({ from, to }))).toEqual([{ from: null, to: 'skeptical' }]);
  });

  it('refuses invalid input and writes nothing', async () => {
    await expect(createPerson({ ...dana, name: '' })).rejects.toBeInstanceOf(ValidationError);
    await expect(createPerson({ ...dana, influence: 9 })).rejects.toThrow('Influence is at most 5.');
    expect(await listPeople()).toEqual([]);
  });

  it('records a stance change only when the stance changes', async () => {
    const person = await createPerson(dana);
    await updatePerson(person.id, { ...dana, title: 'CFO' });
    await updatePerson(person.id, { ...dana, title: 'CFO', stance: 'supportive' });
    const history = await listStanceChanges(person.id);
    expect(history.map(({ from, to }) => [from, to])).toEqual([
      [null, 'skeptical'],
      ['skeptical', 'supportive'],
    ]);
    expect((await getPerson(person.id))?.title).toBe('CFO');
  });

  it('keeps the stored person when an update is invalid', async () => {
    const person = await createPerson(dana);
    await expect(updatePerson(person.id, { ...dana, name: ' ' })).rejects.toThrow('A name is required.');
    expect(await getPerson(person.id)).toEqual(person);
  });

  it('fails clearly when updating someone who does not exist', async () => {
    await expect(updatePerson('missing', dana)).rejects.toThrow('This person no longer exists.');
    await expect(setPersonArchived('missing', true)).rejects.toThrow('This person no longer exists.');
  });

  it('archives and unarchives without losing anything', async () => {
    const person = await createPerson(dana);
    await setPersonArchived(person.id, true);
    expect((await getPerson(person.id))?.archived).toBe(true);
    await setPersonArchived(person.id, false);
    const { updatedAt: _before, ...unchanged } = person;
    expect(await getPerson(person.id)).toMatchObject({ ...unchanged, archived: false });
  });

  it('lists people by name', async () => {
    await createPerson({ ...dana, name: 'Zoe' });
    await createPerson({ ...dana, name: 'Ari' });
    expect((await listPeople()).map((p) => p.name)).toEqual(['Ari', 'Zoe']);
  });

  it('adds, resolves, reopens and removes list items', async () => {
    const person = await createPerson(dana);
    const item = await addNoteItem(person.id, 'worries', '  Cloud costs up 40%  ');
    expect(item).toMatchObject({ text: 'Cloud costs up 40%' });
    expect(item.notedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await setNoteItemResolved(person.id, 'worries', item.id, true);
    expect((await getPerson(person.id))?.worries[0]?.resolvedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await setNoteItemResolved(person.id, 'worries', item.id, false);
    expect((await getPerson(person.id))?.worries[0]).toEqual(item);

    await removeNoteItem(person.id, 'worries', item.id);
    expect((await getPerson(person.id))?.worries).toEqual([]);
  });

  it('refuses an empty list item', async () => {
    const person = await createPerson(dana);
    await expect(addNoteItem(person.id, 'priorities', '   ')).rejects.toThrow('Write something first.');
    expect((await getPerson(person.id))?.priorities).toEqual([]);
  });
});
