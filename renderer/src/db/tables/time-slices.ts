// Long work on the page's thread (an export of the whole journal) runs in slices, giving the thread back
// between them so the page keeps painting and answering keys (SPEC §9: no task over 100 ms).

/** How long one slice runs before the work lets the page take its turn. */
const SLICE_MS = 25;

export type TimeSlices = {
  /** Resolves at once while the slice has time left; otherwise after the page has had its turn. */
  pause(): Promise<void>;
};

export function timeSlices(sliceMs = SLICE_MS): TimeSlices {
  let sliceStarted = performance.now();
  return {
    async pause() {
      if (performance.now() - sliceStarted < sliceMs) return;
      await nextTask();
      sliceStarted = performance.now();
    },
  };
}

function nextTask(): Promise<void> {
  // scheduler.yield() (Chromium 129 and later) resumes ahead of other queued work; elsewhere a timeout.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
