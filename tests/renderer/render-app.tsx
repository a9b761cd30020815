import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '@renderer/app/App';
import type { Platform } from '@renderer/platform/platform';
import { PlatformProvider } from '@renderer/platform/platform-context';
import { createMemorySafekeeping } from './memory-safekeeping';

/** An in-memory platform: what the desktop shell would answer, without a shell. */
export function createMemoryPlatform(overrides: Partial<Platform> = {}): Platform {
  return {
    kind: 'desktop',
    getAppInfo: async () => ({
      ok: true,
      value: { version: '9.9.9', dataFolder: '/home/test/.config/Upstream', platform: 'linux' },
    }),
    openExternalLink: async () => ({ ok: true, value: 'cancelled' }),
    scheduleCheckInReminder: async (at) => ({ ok: true, value: at === null ? 'cleared' : 'scheduled' }),
    saveTextFile: async () => ({ ok: true, value: 'saved' }),
    printToPdf: async () => ({ ok: true, value: 'saved' }),
    restart: () => undefined,
    safekeeping: createMemorySafekeeping(),
    onBeforeQuit: () => () => undefined,
    ...overrides,
  };
}

/** Renders the whole app at a route, the way a user opens it. */
export function renderApp(route = '/', platform: Platform = createMemoryPlatform()) {
  window.location.hash = `#${route}`;
  const user = userEvent.setup();
  const view = render(
    <PlatformProvider platform={platform}>
      <App />
    </PlatformProvider>,
  );
  return { user, ...view };
}

/**
 * The quick log once its form is there. The dialog shows at once, but until the form's code has loaded (on
 * first use, so in the first test of a file that opens it) only a box stands in for its people box.
 */
export async function findQuickLog(): Promise<HTMLElement> {
  const dialog = await screen.findByRole('dialog', { name: 'Log a conversation' });
  await within(dialog).findByRole('combobox', { name: 'People' });
  return dialog;
}
