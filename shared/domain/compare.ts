// Code-unit order, not localeCompare: results must not depend on the machine's locale.
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Names are compared as people read them (case- and accent-insensitive, "Team 2" before "Team 10") with a
// fixed locale, so the order is the same on every machine.
const nameCollator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Two people's names in reading order, the same on every machine. */
export function compareNames(a: string, b: string): number {
  return nameCollator.compare(a, b);
}
