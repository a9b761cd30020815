import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getSettings } from '@renderer/db/settings-repository';
import { createMemoryPlatform, renderApp } from './render-app';

describe('app shell', () => {
  it('names every screen in the main navigation and marks the current one', async () => {
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(nav).toBeInTheDocument();
    for (const name of ['Today', 'People', 'Log', 'Check-in', 'Roadmap room', 'Settings']) {
      expect(within(nav).getByRole('link', { name: new RegExp(`^${name}`) })).toBeInTheDocument();
    }
    expect(within(nav).getByRole('link', { name: /^Today/ })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toHaveFocus();
  });

  it.each([
    ['1', 'Today'],
    ['3', 'Log'],
    ['4', 'Check-in'],
    ['5', 'Roadmap room'],
    ['6', 'Settings'],
  ])('Alt+%s opens %s', async (digit, heading) => {
    const { user } = renderApp('/people');
    await screen.findByRole('heading', { level: 1, name: 'People' });
    await user.keyboard(`{Alt>}${digit}{/Alt}`);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('shows a page for an unknown address', async () => {
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nothing here' })).toBeInTheDocument();
  });

  it('switches theme from Settings and keeps the choice', async () => {
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBe('dark'));
    expect((await getSettings()).theme).toBe('dark');
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    await waitFor(() => expect(document.documentElement.dataset['theme']).toBe('light'));
  });

  it('shows the version and data folder that the platform reports', async () => {
    renderApp('/settings');
    expect(await screen.findByText('9.9.9')).toBeInTheDocument();
    expect(screen.getByText('/home/test/.config/Upstream')).toBeInTheDocument();
    expect(screen.getByText('Desktop app')).toBeInTheDocument();
  });

  it('reports a bridge failure instead of failing silently', async () => {
    renderApp(
      '/settings',
      createMemoryPlatform({ getAppInfo: async () => ({ ok: false, error: 'The shell is not answering.' }) }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('The shell is not answering.');
  });

  it('refuses a cadence default of zero with a message by the field', async () => {
    const { user } = renderApp('/settings');
    const board = await screen.findByLabelText('Board members');
    await user.clear(board);
    await user.type(board, '0');
    await user.click(screen.getByRole('button', { name: 'Save cadence defaults' }));
    expect(board).toHaveAccessibleDescription('Cadence is at least 1 day.');
    expect((await getSettings()).cadenceDefaults.board).toBe(90);
  });
});

describe('Settings forms', () => {
  it('keeps a half-typed cadence when the theme changes', async () => {
    const { user } = renderApp('/settings');
    const manager = await screen.findByLabelText('Your manager');
    await user.clear(manager);
    await user.type(manager, '3');
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    await waitFor(async () => expect((await getSettings()).theme).toBe('dark'));
    expect(screen.getByLabelText('Your manager')).toHaveValue(3);
  });
});
