import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { PersonFilter } from '@renderer/features/log/PersonFilter';
import { makePerson } from '../shared/relationship-factories';

// The Log's person filter on its own, as a person meets it: a box that shows who the Log is narrowed to,
// typing offers matching people, keys or a click pick one, Escape and leaving the box put back the choice.

const dana = makePerson({ id: 'dana', name: 'Dana Ruiz' });
const sam = makePerson({ id: 'sam', name: 'Sam Lee' });
const samira = makePerson({ id: 'samira', name: 'Samira Okafor', archived: true });
const PEOPLE = [dana, sam, samira];

/** The filter with the Log's state: the chosen person's id shows beside it, '' for everyone. */
function Harness({ initial = '' }: { initial?: string }) {
  const [personId, setPersonId] = useState(initial);
  return (
    <>
      <PersonFilter people={PEOPLE} value={personId} onChange={setPersonId} />
      <output aria-label="Chosen">{personId === '' ? 'everyone' : personId}</output>
      <button type="button">Elsewhere</button>
    </>
  );
}

function setup(initial?: string) {
  const user = userEvent.setup();
  render(<Harness initial={initial} />);
  return { user, box: screen.getByRole('combobox', { name: 'Person' }), chosen: screen.getByLabelText('Chosen') };
}

describe('PersonFilter', () => {
  it('shows everyone as an empty box, and the chosen person by name', () => {
    const { box } = setup('sam');
    expect(box).toHaveValue('Sam Lee');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('says so when the chosen person is no longer in the journal, rather than showing everyone', () => {
    const { box } = setup('someone-gone');
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('placeholder', 'Someone removed');
  });

  it('offers the people matching what is typed, and Enter picks the highlighted one', async () => {
    const { user, box, chosen } = setup();
    await user.type(box, 'sam');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Sam Lee', 'Samira Okafor · archived']);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(options[0]).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{ArrowDown}{Enter}');
    expect(chosen).toHaveTextContent('samira');
    expect(box).toHaveValue('Samira Okafor');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('lets arrows alone choose, Everyone first', async () => {
    const { user, box, chosen } = setup('dana');
    await user.click(box);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Everyone',
      'Dana Ruiz',
      'Sam Lee',
      'Samira Okafor · archived',
    ]);
    expect(screen.getByRole('option', { name: 'Everyone' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(chosen).toHaveTextContent('sam');

    // Up from the first wraps to the last.
    await user.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(chosen).toHaveTextContent('samira');
  });

  it('offers Everyone first in an emptied box, and Enter there shows everyone', async () => {
    const { user, box, chosen } = setup('dana');
    await user.clear(box);
    expect(screen.getByRole('option', { name: 'Everyone' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(chosen).toHaveTextContent('everyone');
    expect(box).toHaveValue('');
  });

  it('picks a person with a click', async () => {
    const { user, box, chosen } = setup();
    await user.type(box, 'ruiz');
    await user.click(screen.getByRole('option', { name: 'Dana Ruiz' }));
    expect(chosen).toHaveTextContent('dana');
    expect(box).toHaveValue('Dana Ruiz');
  });

  it('puts the chosen person back on Escape or on leaving the box, without changing the filter', async () => {
    const { user, box, chosen } = setup('sam');
    await user.clear(box);
    await user.type(box, 'dan');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('Sam Lee');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();

    await user.clear(box);
    await user.type(box, 'dan');
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(box).toHaveValue('Sam Lee');
    expect(chosen).toHaveTextContent('sam');
  });

  it('shows everyone again when the box is emptied and left', async () => {
    const { user, box, chosen } = setup('sam');
    await user.clear(box);
    await user.tab();
    expect(chosen).toHaveTextContent('everyone');
    expect(box).toHaveValue('');
  });

  it('says so when no one has that name, and Enter then changes nothing', async () => {
    const { user, box, chosen } = setup('dana');
    await user.clear(box);
    await user.type(box, 'zed{Enter}');
    expect(screen.getByText('No one by that name.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    expect(chosen).toHaveTextContent('dana');
  });
});
