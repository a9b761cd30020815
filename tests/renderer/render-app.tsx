import { render } from '@testing-library/react';
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
