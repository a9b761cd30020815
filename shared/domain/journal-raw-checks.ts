import { where, type ProblemList } from './journal-problems';

// Checks on an import before any schema sees it: why the text is not JSON (a file cut short is told
// apart from one that never was JSON), and, in the tree JSON.parse made, keys that reach a prototype
// and nesting no journal has. The tree is hostile until these pass.

/** Far deeper than any journal (the deepest value is at depth 6); a bound on the structure walk. */
const MAX_DEPTH = 32;

/** Keys that can reach an object's prototype when a record is copied or merged; JSON.parse makes them own keys. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The problem with text that JSON.parse refused with `error`. */
export function jsonProblem(body: string, error: unknown): string {
  if (endsInsideValue(body)) {
    return 'This file ends too early: it was probably cut off while it was copied or downloaded. Export the journal again.';
  }
  const position = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  const at = position?.[1] === undefined ? '' : ` (at ${lineAndColumn(body, Number(position[1]))})`;
  return `This is not a journal file: it is not valid JSON${at}.`;
}

/** Whether the text stops inside a string, object or list: the sign of a file cut short, whatever the engine says. */
function endsInsideValue(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return inString || depth > 0;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

type Frame = { value: object; parent: Frame | undefined; key: string | number; depth: number };

function framePath(frame: Frame): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Frame | undefined = frame; at?.parent !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

/**
 * Adds a problem for each forbidden key and each value nested deeper than MAX_DEPTH. Walks the tree
 * without recursion, so a hostile nesting depth cannot overflow the stack.
 */
export function checkRawTree(root: object, problems: ProblemList): void {
  const stack: Frame[] = [{ value: root, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop();
    if (frame === undefined) break;
    if (frame.depth > MAX_DEPTH) {
      problems.add(`${where(framePath(frame))}: nested more than ${MAX_DEPTH} levels deep, which no journal is`);
      continue;
    }
    const entries: [string | number, unknown][] = Array.isArray(frame.value)
      ? frame.value.map((value: unknown, index) => [index, value])
      : Object.entries(frame.value);
    const children: Frame[] = [];
    for (const [key, value] of entries) {
      if (typeof key === 'string' && FORBIDDEN_KEYS.has(key)) {
        problems.add(
          `${where(framePath(frame))}: has a field named "${key}", which is refused because it can be used to tamper with the app`,
        );
      } else if (typeof value === 'object' && value !== null) {
        children.push({ value, parent: frame, key, depth: frame.depth + 1 });
      }
    }
    // Pushed last first, so problems are listed in the order they appear in the file. One push per child:
    // spreading 100,000 records into one call overflows a worker's stack.
    for (let at = children.length - 1; at >= 0; at -= 1) stack.push(children[at] as Frame);
  }
}
