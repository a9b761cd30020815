/**
 * Runs `work` once the browser is idle (or after `fallbackMs` where it cannot tell, as in Safari);
 * returns what cancels it.
 */
export function whenIdle(work: () => void, fallbackMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work);
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, fallbackMs);
  return () => window.clearTimeout(handle);
}
