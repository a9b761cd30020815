import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { createPerson } from '@renderer/db/people-repository';
import { useFrozenDate } from './fixtures';
import { recordMoment } from './moment-fixtures';
import { renderApp } from './render-app';

// Saturday 21 November 2026, 10:00 in the tests' zone.
useFrozenDate(new Date(2026, 10, 21, 10, 0));

function person(name: string) {
  return createPerson({ ...emptyPersonInput(), name });
}

describe('person dossier: strategy moments they drove', () => {
  it('lists them newest first with day, area and how involved I was, and counts the ones I was told after', async () => {
    const dana = await person('Dana (CFO)');
    const sam = await person('Sam (CRO)');
    const budget = await recordMoment('2026-06-01', 'consulted', 'high', {
      title: 'FY27 budget envelope',
      area: 'budget',
      drivenBy: [dana.id],
    });
    const reorg = await recordMoment('2026-11-02', 'informed', 'medium', {
      title: 'Sales engineering moves under the CRO',
      area: 'org',
      drivenBy: [sam.id, dana.id],
    });
    const pricing = await recordMoment('2026-09-15', 'blindsided', 'high', {
      title: 'Usage-based pricing',
      area: 'pricing',
      drivenBy: [dana.id],
    });
    // Sam's alone: not on Dana's page.
    await recordMoment('2026-10-01', 'shaped', 'low', { title: 'Partner channel', drivenBy: [sam.id] });

    renderApp(`/people/${dana.id}`);
    const section = await screen.findByRole('region', { name: 'Strategy moments they drove' });
    const list = await within(section).findByRole('list', { name: 'Strategy moments Dana (CFO) drove' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '2026-11-02 Sales engineering moves under the CRO Organisation Informed',
      '2026-09-15 Usage-based pricing Pricing Blindsided',
      '2026-06-01 FY27 budget envelope Budget Consulted',
    ]);
    for (const moment of [reorg, pricing, budget]) {
      expect(within(list).getByRole('link', { name: moment.title })).toHaveAttribute('href', `#/roadmap/${moment.id}`);
    }
    expect(within(section).getByText('You were informed or blindsided in 2 of 3.')).toBeInTheDocument();
  });

  it('draws the newest ten, and all of them when asked', async () => {
    const dana = await person('Dana (CFO)');
    for (let day = 1; day <= 12; day += 1) {
      await recordMoment(`2026-10-${String(day).padStart(2, '0')}`, 'consulted', 'low', {
        title: `Decision ${day}`,
        drivenBy: [dana.id],
      });
    }
    const { user } = renderApp(`/people/${dana.id}`);
    const section = await screen.findByRole('region', { name: 'Strategy moments they drove' });
    const items = () => within(within(section).getByRole('list')).getAllByRole('listitem');
    await waitFor(() => expect(items()).toHaveLength(10));
    expect(items()[0]).toHaveTextContent('Decision 12');
    expect(within(section).getByText('You were informed or blindsided in 0 of 12.')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Show all 12' }));
    expect(items()).toHaveLength(12);
    expect(within(section).queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
  });

  it('says so when none is recorded, and nothing more', async () => {
    const kim = await person('Kim');
    await recordMoment('2026-10-01', 'blindsided', 'high', { title: 'Someone else’s call' });
    renderApp(`/people/${kim.id}`);
    const section = await screen.findByRole('region', { name: 'Strategy moments they drove' });
    expect(within(section).getByText('No strategy moments recorded as driven by Kim.')).toBeInTheDocument();
    expect(within(section).queryByRole('list')).not.toBeInTheDocument();
    expect(within(section).queryByText(/informed or blindsided/)).not.toBeInTheDocument();
  });
});
