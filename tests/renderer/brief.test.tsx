import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { emptyPersonInput, type PersonInput } from '@shared/domain/person';
import type { PrintablePage } from '@shared/ipc/contract';
import { listLatestConversations, listStrategyMomentsIn } from '@renderer/db/brief-repository';
import { saveConversation } from '@renderer/db/conversations-repository';
import { createPerson, setPersonArchived } from '@renderer/db/people-repository';
import type { Platform } from '@renderer/platform/platform';
import { conversationInput, useFrozenDate } from './fixtures';
import { recordMoment } from './moment-fixtures';
import { createMemoryPlatform, renderApp } from './render-app';

// Monday 30 November 2026, 10:00 in the tests' zone.
const NOW = new Date(2026, 10, 30, 10, 0);
useFrozenDate(NOW);

const daysAgo = (days: number) => new Date(2026, 10, 30 - days, 9).toISOString();

function person(name: string, overrides: Partial<PersonInput> = {}) {
  return createPerson({ ...emptyPersonInput(), name, ...overrides });
}

/** Dana (influence 5, drifting), Sam (3, on track), Lee (2) and Alex (archived), with what was said and owed. */
async function seedJournal() {
  const dana = await person('Dana Whitfield', {
    title: 'Chief Financial Officer',
    function: 'finance',
    influence: 5,
    stance: 'skeptical',
    desiredStance: 'supportive',
    cadenceDays: 14,
  });
  const sam = await person('Sam Okafor', { influence: 3, stance: 'supportive', cadenceDays: 14 });
  const lee = await person('Lee Partner', { influence: 2 });
  const alex = await person('Alex Former', { influence: 5 });
  await setPersonArchived(alex.id, true);
  await saveConversation(
    conversationInput([dana.id], daysAgo(25), {
      title: 'Q1 planning',
      warmth: 2,
      heard: { priorities: ['Cut cloud spend by 15%'], worries: ['The SOC 2 audit slipping'] },
      newCommitments: [
        { personId: dana.id, direction: 'i-owe', text: 'Send the cloud cost model', dueOn: '2026-11-20' },
        { personId: dana.id, direction: 'they-owe', text: 'Share the budget envelope' },
      ],
    }),
  );
  await saveConversation(conversationInput([sam.id], daysAgo(3), { title: 'Ops review', warmth: 5 }));
  await recordMoment('2026-11-20', 'blindsided', 'high', {
    title: 'We bought Acme',
    area: 'acquisition',
    drivenBy: [sam.id],
  });
  await recordMoment('2026-08-10', 'shaped', 'high', { title: 'Platform rewrite' });
  return { dana, sam, lee, alex };
}

function renderBrief(overrides: Partial<Platform> = {}) {
  const platform = createMemoryPlatform(overrides);
  return { platform, ...renderApp('/brief', platform) };
}

async function briefPeople() {
  return screen.findByRole('group', { name: 'People in the brief' });
}

describe('the offsite brief screen', () => {
  it('starts with everyone not archived whose influence is 3 or more, one section each', async () => {
    await seedJournal();
    renderBrief();
    expect(await screen.findByRole('heading', { level: 1, name: 'Offsite brief' })).toBeInTheDocument();
    const people = await briefPeople();
    expect(within(people).getByRole('checkbox', { name: 'Dana Whitfield' })).toBeChecked();
    expect(within(people).getByRole('checkbox', { name: 'Sam Okafor' })).toBeChecked();
    expect(within(people).getByRole('checkbox', { name: 'Lee Partner' })).not.toBeChecked();
    expect(within(people).queryByRole('checkbox', { name: 'Alex Former' })).not.toBeInTheDocument();

    const brief = await screen.findByRole('article', { name: 'The brief' });
    await waitFor(() =>
      expect(
        within(brief)
          .getAllByRole('heading', { level: 2 })
          .map((heading) => heading.textContent),
      ).toEqual(['Dana Whitfield', 'Sam Okafor', 'My upstream summary', 'How this brief is computed']),
    );
    expect(
      within(brief).getByText(/Prepared 30 November 2026 for 2 September – 30 November 2026 · 2 people/),
    ).toBeInTheDocument();
  });

  it('shows each part of a person’s section', async () => {
    await seedJournal();
    renderBrief();
    const dana = await screen.findByRole('region', { name: 'Dana Whitfield' });
    expect(within(dana).getByText('Chief Financial Officer · Finance · Peer · influence 5 of 5')).toBeInTheDocument();
    expect(within(dana).getByText('Skeptical now, Supportive wanted (2 steps to go)')).toBeInTheDocument();
    expect(await within(dana).findByText('5 November 2026, 1:1 “Q1 planning”, warmth 2 of 5')).toBeInTheDocument();
    const health = within(dana).getByRole('table', { name: 'Health with Dana Whitfield, component by component' });
    expect(within(health).getByRole('rowheader', { name: 'Recency' })).toBeInTheDocument();
    expect(
      within(health).getByRole('row', { name: /Commitments 1 overdue that I owe 13.3 of 20/ }),
    ).toBeInTheDocument();

    const points = within(dana).getByRole('list', { name: 'Talking points for Dana Whitfield' });
    expect(
      within(points)
        .getAllByRole('listitem')
        .map((point) => point.textContent),
    ).toEqual([
      'Overdue: 25 days since you last talked, and you mean to every 14 days: make time one to one.',
      'You promised “Send the cloud cost model”, 10 days overdue (due 20 November 2026): deliver it or agree a new date.',
      'They worried about “The SOC 2 audit slipping” (heard 5 November 2026): ask where it stands and whether you can help.',
    ]);
    expect(within(dana).getByRole('list', { name: 'Top priorities of Dana Whitfield' })).toHaveTextContent(
      'Cut cloud spend by 15%',
    );
    expect(within(dana).getByRole('list', { name: 'I owe Dana Whitfield' })).toHaveTextContent(
      'Send the cloud cost model, due 20 November 2026, overdue',
    );
    expect(within(dana).getByRole('list', { name: 'Dana Whitfield owes me' })).toHaveTextContent(
      'Share the budget envelope',
    );

    const sam = screen.getByRole('region', { name: 'Sam Okafor' });
    expect(within(sam).getByText('Nothing pressing by the rules below.')).toBeInTheDocument();
  });

  it('adds and removes sections as people are chosen', async () => {
    await seedJournal();
    const { user } = renderBrief();
    const people = await briefPeople();
    await screen.findByRole('region', { name: 'Sam Okafor' });

    await user.click(within(people).getByRole('checkbox', { name: 'Sam Okafor' }));
    await user.click(within(people).getByRole('checkbox', { name: 'Lee Partner' }));
    expect(screen.queryByRole('region', { name: 'Sam Okafor' })).not.toBeInTheDocument();
    const lee = await screen.findByRole('region', { name: 'Lee Partner' });
    expect(await within(lee).findByText('none logged yet')).toBeInTheDocument();

    await user.click(within(people).getByRole('button', { name: 'Choose no one' }));
    expect(screen.queryByRole('region', { name: 'Dana Whitfield' })).not.toBeInTheDocument();
    expect(screen.getByText('Choose people above, and each gets a section here.')).toBeInTheDocument();

    await user.click(within(people).getByRole('button', { name: 'Choose everyone' }));
    expect(await screen.findByRole('region', { name: 'Lee Partner' })).toBeInTheDocument();
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(3);
  });

  it('summarises where I stood in the period chosen, with the blindsided list', async () => {
    await seedJournal();
    const { user } = renderBrief();
    const summary = await screen.findByRole('region', { name: 'My upstream summary' });
    expect(await within(summary).findByText('Upstream score 0 of 100, from 1 strategic moment.')).toBeInTheDocument();
    expect(within(summary).getByRole('list', { name: 'Blindsided' })).toHaveTextContent(
      '20 November 2026: We bought Acme (Acquisition, high impact; driven by Sam Okafor)',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), '2026-Q3 (July–September)');
    expect(await within(summary).findByText('Upstream score 100 of 100, from 1 strategic moment.')).toBeInTheDocument();
    expect(within(summary).getByText('Not blindsided in this period.')).toBeInTheDocument();
    expect(screen.getByText(/for 1 July – 30 September 2026/)).toBeInTheDocument();
  });

  it('saves the brief as Markdown, one section per chosen person', async () => {
    await seedJournal();
    const saveTextFile = vi.fn<Platform['saveTextFile']>(async () => ({ ok: true, value: 'saved' }));
    const { user } = renderBrief({ saveTextFile });
    await screen.findByRole('region', { name: 'Sam Okafor' });
    await user.click(screen.getByRole('button', { name: 'Save as Markdown' }));

    expect(await screen.findByText('Brief saved as Markdown.')).toBeInTheDocument();
    expect(saveTextFile).toHaveBeenCalledOnce();
    const [fileName, file] = saveTextFile.mock.calls[0] ?? [];
    expect(fileName).toBe('upstream-brief-2026-11-30.md');
    expect(file?.type).toBe('text/markdown');
    const markdown = await file?.text();
    expect(markdown?.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Dana Whitfield',
      '## Sam Okafor',
      '## My upstream summary',
      '## How this brief is computed',
    ]);
  });

  it('prints the brief to PDF on the desktop: the page as printed, without its controls', async () => {
    await seedJournal();
    const printToPdf = vi.fn<Platform['printToPdf']>(async () => ({ ok: true, value: 'saved' }));
    const { user } = renderBrief({ printToPdf });
    await screen.findByRole('region', { name: 'Sam Okafor' });
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));

    expect(await screen.findByText('Brief saved as a PDF.')).toBeInTheDocument();
    const [fileName, page] = printToPdf.mock.calls[0] ?? [];
    expect(fileName).toBe('upstream-brief-2026-11-30.pdf');
    const { title, styles, body } = page ?? ({} as Partial<PrintablePage>);
    expect(title).toBe('Offsite brief, 30 November 2026');
    // The brief's own stylesheet, page breaks included: the PDF has no other.
    expect(styles).toContain('.brief-person + .brief-person');
    // Read the way a person reads the printout: as a page of its own, beside the app.
    const printed = document.createElement('div');
    printed.innerHTML = body ?? '';
    document.body.append(printed);
    onTestFinished(() => printed.remove());
    expect(within(printed).getByRole('heading', { level: 1, name: 'Offsite brief' })).toBeInTheDocument();
    expect(within(printed).getByRole('region', { name: 'Dana Whitfield' })).toBeInTheDocument();
    expect(within(printed).getByRole('region', { name: 'Sam Okafor' })).toBeInTheDocument();
    expect(within(printed).queryAllByRole('checkbox')).toEqual([]);
    expect(within(printed).queryAllByRole('button')).toEqual([]);
    expect(within(printed).queryByRole('combobox')).not.toBeInTheDocument();
  });

  it('says nothing when the save dialog is cancelled, and says what went wrong when printing fails', async () => {
    await seedJournal();
    const printToPdf = vi
      .fn<Platform['printToPdf']>()
      .mockResolvedValueOnce({ ok: true, value: 'cancelled' })
      .mockResolvedValueOnce({ ok: false, error: 'This brief is too long to print as one PDF.' });
    const { user } = renderBrief({ printToPdf });
    await screen.findByRole('region', { name: 'Sam Okafor' });
    const button = screen.getByRole('button', { name: 'Save as PDF' });
    await user.click(button);
    await waitFor(() => expect(button).toBeEnabled());
    expect(screen.queryByText(/Brief saved/)).not.toBeInTheDocument();
    await user.click(button);
    expect(
      await screen.findByText('The brief could not be saved: This brief is too long to print as one PDF.'),
    ).toBeInTheDocument();
  });

  it('offers Print in a browser, where the print dialog can also save a PDF', async () => {
    await seedJournal();
    const printToPdf = vi.fn<Platform['printToPdf']>(async () => ({ ok: true, value: 'printed' }));
    const { user } = renderBrief({ kind: 'browser', printToPdf });
    await screen.findByRole('region', { name: 'Sam Okafor' });
    expect(screen.queryByRole('button', { name: 'Save as PDF' })).not.toBeInTheDocument();
    expect(screen.getByText('The print dialog can also save the brief as a PDF.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Print' }));
    expect(printToPdf).toHaveBeenCalledOnce();
    expect(screen.queryByText(/Brief saved/)).not.toBeInTheDocument();
  });

  it('shows a name with markup as text, on screen and in the printed page', async () => {
    await person('<img src=x onerror=alert(1)> Kim', { influence: 4 });
    const printToPdf = vi.fn<Platform['printToPdf']>(async () => ({ ok: true, value: 'saved' }));
    const { user } = renderBrief({ printToPdf });
    expect(await screen.findByRole('region', { name: '<img src=x onerror=alert(1)> Kim' })).toBeInTheDocument();
    expect(document.querySelector('.brief img')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }));
    await waitFor(() => expect(printToPdf).toHaveBeenCalledOnce());
    const body = printToPdf.mock.calls[0]?.[1].body ?? '';
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt; Kim');
    expect(body).not.toContain('<img');
  });

  it('points to the People screen when there is no one to brief on yet', async () => {
    renderBrief();
    expect(await screen.findByRole('link', { name: 'Add the people you work with' })).toHaveAttribute(
      'href',
      '#/people/new',
    );
    expect(screen.queryByRole('group', { name: 'People in the brief' })).not.toBeInTheDocument();
  });
});

describe('the brief repository', () => {
  it('gives each person’s latest conversation up to now, once for a shared one, without its notes', async () => {
    const dana = await person('Dana Whitfield');
    const sam = await person('Sam Okafor');
    const lee = await person('Lee Partner');
    await saveConversation(conversationInput([dana.id], daysAgo(9), { title: 'Older', notes: 'Private' }));
    const shared = await saveConversation(
      conversationInput([dana.id, sam.id], daysAgo(2), { kind: 'exec-meeting', title: 'Exec sync', warmth: 4 }),
    );
    // Later today: logged ahead of time, so not the latest yet.
    await saveConversation(conversationInput([sam.id], new Date(2026, 10, 30, 16).toISOString(), { title: 'Later' }));

    const latest = await listLatestConversations([dana.id, sam.id, lee.id], NOW);
    expect(latest).toEqual([
      {
        id: shared.id,
        createdAt: shared.createdAt,
        occurredAt: shared.occurredAt,
        personIds: [dana.id, sam.id],
        kind: 'exec-meeting',
        title: 'Exec sync',
        warmth: 4,
      },
    ]);
  });

  it('reads the strategy moments of the period only, both ends included', async () => {
    for (const day of ['2026-08-31', '2026-09-01', '2026-09-30', '2026-10-01']) await recordMoment(day, 'present');
    const moments = await listStrategyMomentsIn({ from: '2026-09-01', to: '2026-09-30' });
    expect(moments.map((moment) => moment.occurredOn)).toEqual(['2026-09-30', '2026-09-01']);
    await expect(listStrategyMomentsIn({ from: '2026-10-01', to: '2026-09-30' })).resolves.toEqual([]);
  });
});
