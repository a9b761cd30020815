import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's h1. It takes focus when the screen opens, so keyboard and screen-reader users land
 * at the top of the new screen instead of on a link that no longer matters.
 */
export function ScreenHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // A field of the screen that focused itself (autoFocus) keeps focus: the user is meant to type there.
    const screen = ref.current?.closest('main');
    if (screen && document.activeElement && screen.contains(document.activeElement)) return;
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
