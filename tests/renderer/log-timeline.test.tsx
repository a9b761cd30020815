import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPersonInput } from '@shared/domain/person';
import { saveConversation } from '@renderer/db/conversations-repository';
import { createPerson } from '@renderer/db/people-repository';
import { conversationInput, useFrozenDate } from './fixtures';
import { renderApp } from './render-app';

// jsdom has no layout. Here every row of the Log is 100 px tall (read from offsetHeight, as the library
// does), the window 768 px (jsdom's) and the page tall enough to scroll, so the virtualiser has a window.
// The list starts at the top of the page, so it moves up the window as the window scrolls down.
const ROW_PX = 100;
const NOW = new Date(2026, 10, 21, 10, 0);

useFrozenDate(NOW);

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('timeline-row') ? ROW_PX : 0;
  });
  vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockImplementation(function (this: Element) {
    return this === document.documentElement ? 1_000 * ROW_PX : 0;
  });
  const jsdomRect = Element.prototype.getBoundingClientRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return this.classList.contains('timeline') ? new DOMRect(0, -window.scrollY, 800, 0) : jsdomRect.call(this);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  scrollWindowTo(0);
});

function scrollWindowTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  window.dispatchEvent(new Event('scroll'));
}

/** Conversations with Dana, one an hour going back from 09:00 the day before NOW: Note 1 is the newest. */
async function seed(count: number) {
  const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana' });
  for (let n = 1; n <= count; n += 1) {
    const occurredAt = new Date(2026, 10, 20, 9 - (n - 1)).toISOString();
    await saveConversation(conversationInput([dana.id], occurredAt, { title: `Note ${n}` }));
  }
}

function drawn(): { name: string; position: string | null; setSize: string | null }[] {
  return screen.queryAllByRole('article').map((article) => ({
    name: article.getAttribute('aria-label') ?? '',
    position: article.getAttribute('aria-posinset'),
    setSize: article.getAttribute('aria-setsize'),
  }));
}

function positions(): number[] {
  return drawn().map(({ position }) => Number(position));
}

function timeline(): HTMLElement {
  const list = document.querySelector<HTMLElement>('.timeline');
  if (!list) throw new Error('The Log has no timeline');
  return list;
}

/**
 * How many entries the Log's timeline held in each state of the page from now on, however briefly (a
 * MutationObserver sees every commit): `null` for a state with the Log's heading and no timeline yet.
 */
function watchTimelineEntries(): { seen: (string | null)[]; stop(): void } {
  const seen: (string | null)[] = [];
  const record = () => {
    if (!screen.queryByRole('heading', { level: 1, name: 'Log' })) return;
    const entries = document.querySelector('.timeline')?.getAttribute('data-entries') ?? null;
    if (seen.at(-1) !== entries) seen.push(entries);
  };
  const observer = new MutationObserver(record);
  observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  record();
  return { seen, stop: () => observer.disconnect() };
}

/** Lets the app go idle after start, when it reads the newest page of the Log ahead of a visit. */
async function letTheAppIdle() {
  await act(() => new Promise((resolve) => setTimeout(resolve, 500)));
}

describe('Log, opened from elsewhere', () => {
  it('draws the newest 50 in the frame it opens, read while the app was idle', async () => {
    await seed(60);
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    await letTheAppIdle();

    const watch = watchTimelineEntries();
    await user.click(screen.getByRole('link', { name: /^Log/ }));
    await waitFor(() => expect(timeline()).toHaveAttribute('data-entries', '50'));
    watch.stop();
    // Never a Log without its entries, waiting for a read of its own.
    expect(watch.seen).toEqual(['50']);
    expect(drawn()[0]).toEqual({ name: 'Note 1 — Dana', position: '1', setSize: '-1' });
  });

  it('shows a conversation saved while it was closed, the first time it opens after', async () => {
    await seed(3);
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    await letTheAppIdle();
    const dana = await createPerson({ ...emptyPersonInput(), name: 'Dana Two' });
    await act(() =>
      saveConversation(conversationInput([dana.id], new Date(2026, 10, 21, 9).toISOString(), { title: 'Newest' })),
    );

    await user.click(screen.getByRole('link', { name: /^Log/ }));
    await waitFor(() => expect(drawn()[0]?.name).toBe('Newest — Dana Two'));
    expect(timeline()).toHaveAttribute('data-entries', '4');
  });

  it('keeps the entries on screen while a filter is read, and has them at once when the filter is cleared', async () => {
    await seed(60);
    const { user } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Today' });
    await letTheAppIdle();
    await user.click(screen.getByRole('link', { name: /^Log/ }));
    await waitFor(() => expect(timeline()).toHaveAttribute('data-entries', '50'));

    const watch = watchTimelineEntries();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Call');
    await waitFor(() => expect(screen.getByText('No conversation matches these filters.')).toBeInTheDocument());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Any');
    await waitFor(() => expect(timeline()).toHaveAttribute('data-entries', '50'));
    watch.stop();
    // From 50 to none that match and back, never through a Log with no timeline.
    expect(watch.seen).toEqual(['50', '0', '50']);
  });
});

describe('Log, drawn only near the window', () => {
  it('loads the newest 50 but draws the first screen and a few more, and scrolling draws others', async () => {
    await seed(60);
    renderApp('/log');
    await waitFor(() => expect(timeline()).toHaveAttribute('data-entries', '50'));

    const first = drawn();
    // 768 px of 100 px rows is 8 rows, and 4 drawn past the window's edge.
    expect(first).toHaveLength(12);
    expect(first[0]).toEqual({ name: 'Note 1 — Dana', position: '1', setSize: '-1' });
    expect(screen.getByRole('region', { name: 'Friday 20 November 2026' })).toBeInTheDocument();

    // Rows not drawn yet are placed by estimate, so where the window lands is not exact: it is past the first
    // screen, and the entries drawn are next to each other.
    act(() => scrollWindowTo(30 * ROW_PX));
    await waitFor(() => expect(positions()[0]).toBeGreaterThan(12));
    const later = positions();
    expect(later[0]).toBeLessThan(34);
    expect(later.length).toBeLessThanOrEqual(16);
    expect(later).toEqual(later.map((_, i) => (later[0] ?? 0) + i));
    // Notes 11 to 34 are on Thursday. Its heading went with its first entry (Note 11, no longer drawn); its
    // section keeps the day as its name.
    expect(screen.queryByRole('heading', { level: 2, name: 'Thursday 19 November 2026' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Thursday 19 November 2026' })).toBeInTheDocument();
  });

  it('loads the next 50 with Show older conversations, and says how many there are once all are loaded', async () => {
    await seed(60);
    const { user } = renderApp('/log');
    await waitFor(() => expect(timeline()).toHaveAttribute('data-entries', '50'));

    const watch = watchTimelineEntries();
    await user.click(screen.getByRole('button', { name: 'Show older conversations' }));
    await waitFor(() => expect(timeline()).toHaveAttribute('data-entries', '60'));
    watch.stop();
    // The first 50 stay while the next are read: the page does not empty and lose its place.
    expect(watch.seen).toEqual(['50', '60']);
    expect(screen.queryByRole('button', { name: 'Show older conversations' })).toBeNull();
    act(() => scrollWindowTo(200 * ROW_PX));
    await waitFor(() => expect(drawn().at(-1)).toEqual({ name: 'Note 60 — Dana', position: '60', setSize: '60' }));
  });

  it('keeps the entry holding focus and its neighbour drawn while the window scrolls away, and lets them go on blur', async () => {
    await seed(60);
    renderApp('/log');
    const edit = await screen.findByRole('link', { name: 'Edit conversation: Note 1 — Dana' });
    act(() => edit.focus());

    act(() => scrollWindowTo(30 * ROW_PX));
    await waitFor(() => expect(positions()[2]).toBeGreaterThan(12));
    // Note 2 is kept too: Tab goes there from Note 1, as it would in a list drawn whole.
    expect(positions().slice(0, 2)).toEqual([1, 2]);
    expect(edit).toHaveFocus();

    act(() => screen.getByRole('combobox', { name: 'Person' }).focus());
    await waitFor(() => expect(positions()[0]).toBeGreaterThan(12));
  });
});
