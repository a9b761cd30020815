/** The screens of the main navigation, in order; Alt+1 … Alt+6 go to them. */
export const SCREENS = [
  { path: '/', label: 'Today' },
  { path: '/people', label: 'People' },
  { path: '/log', label: 'Log' },
  { path: '/check-in', label: 'Check-in' },
  { path: '/roadmap', label: 'Roadmap room' },
  { path: '/settings', label: 'Settings' },
] as const;

export function shortcutFor(index: number): string {
  return `Alt+${index + 1}`;
}
