import { lazy, type ComponentType } from 'react';
import { whenIdle } from '@renderer/hooks/when-idle';

// Every screen but Today loads on first visit (SPEC §9: initial JavaScript under 150 KB gzip). A
// screen that suspends when it is opened waits for React's Suspense reveal throttle (about 300 ms),
// so the chunks are fetched while the app is idle after start, and a screen whose chunk is already
// here renders at once: its lazy factory answers synchronously.

export type LazyScreen<P> = { Screen: ComponentType<P>; preload(): Promise<unknown> };

export function lazyScreen<P>(load: () => Promise<ComponentType<P>>): LazyScreen<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((screen) => {
      loaded = screen;
      return screen;
    });
  const Screen = lazy(() => {
    if (!loaded) return preload().then((screen) => ({ default: screen }));
    const module = { default: loaded };
    // A thenable that calls back at once: React.lazy then renders the screen without suspending.
    return { then: (resolve: (value: typeof module) => void) => resolve(module) } as unknown as Promise<typeof module>;
  });
  return { Screen, preload };
}

/** Fetches every screen's chunk once the app is idle, so the first visit of each is as fast as the next. */
export function preloadWhenIdle(screens: readonly LazyScreen<never>[]): () => void {
  return whenIdle(() => {
    for (const screen of screens) void screen.preload();
  }, 200);
}
