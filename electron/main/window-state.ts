import * as z from 'zod/mini';

/** Where the window was, so it opens there again. */
export type WindowState = { x: number; y: number; width: number; height: number; maximized: boolean };
export type Rect = { x: number; y: number; width: number; height: number };

export const WINDOW_STATE_FILE = 'window-state.json';

const position = z.number().check(z.int(), z.gte(-100_000), z.lte(100_000));
const windowStateSchema = z.strictObject({
  x: position,
  y: position,
  width: z.number().check(z.int(), z.gte(400), z.lte(20_000)),
  height: z.number().check(z.int(), z.gte(300), z.lte(20_000)),
  maximized: z.boolean(),
});

// Enough of the title bar must be on a screen for the user to grab the window.
const MIN_VISIBLE = 100;

function overlaps(a: Rect, b: Rect): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width >= MIN_VISIBLE && height >= Math.min(MIN_VISIBLE, a.height);
}

/**
 * Reads the saved state. Anything unreadable, malformed, or no longer on any display (a monitor
 * was unplugged) gives `null`, and the window opens at its default size instead.
 */
export function parseWindowState(text: string | null, displays: readonly Rect[]): WindowState | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(json);
  if (!parsed.success) return null;
  return displays.some((display) => overlaps(parsed.data, display)) ? parsed.data : null;
}

export function serializeWindowState(bounds: Rect, maximized: boolean): string {
  const { x, y, width, height } = bounds;
  return JSON.stringify({ x, y, width, height, maximized } satisfies WindowState);
}
