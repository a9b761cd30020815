import type * as z from 'zod/mini';

// How the problems of an import are worded for the user (journal-parse.ts finds them). Each says where it
// is, named as the user knows the journal (`conversations[3].occurredAt: not a date and time…`), in words
// rather than zod's, and a long list is cut short.

/** Lists longer than this end with "…and N more"; nobody reads a thousand lines of the same mistake. */
export const PROBLEMS_LISTED_MAX = 50;

export type ProblemList = { add(message: string): void; readonly count: number; list(): string[] };

export function problemList(): ProblemList {
  const listed: string[] = [];
  let count = 0;
  return {
    add(message) {
      count += 1;
      if (listed.length < PROBLEMS_LISTED_MAX) listed.push(message);
    },
    get count() {
      return count;
    },
    list() {
      const more = count - listed.length;
      return more > 0 ? [...listed, `…and ${more.toLocaleString('en')} more.`] : listed;
    },
  };
}

/** `conversations[3].occurredAt`: records are named by table, as the user knows them, without `data.`. */
export function where(path: readonly PropertyKey[]): string {
  const inData = path[0] === 'data' && path.length > 1 ? path.slice(1) : path;
  if (inData.length === 0) return 'file';
  return inData
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

/** A schema issue as listed for the user: where it is, then what is wrong there. */
export function issueProblem(issue: z.core.$ZodIssue): string {
  return `${where(issue.path)}: ${messageForPlace(issue)}`;
}

/** Messages that depend on where the issue is, which an error map does not see. */
function messageForPlace(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const kind = issue.path.length === 1 && issue.path[0] === 'data' ? 'table' : 'field';
    const names = issue.keys.map((key) => `"${key}"`).join(', ');
    return `unknown ${kind}${issue.keys.length === 1 ? '' : 's'} ${names}`;
  }
  const isTable = issue.path.length === 2 && issue.path[0] === 'data';
  if (isTable && issue.code === 'invalid_type' && issue.input === undefined) return 'the table is missing';
  return issue.message;
}

const EXPECTED: Partial<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** The error map of the import: words each kind of schema issue for a user; `issueProblem` adds the place. */
export function describeIssue(issue: z.core.$ZodRawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
    case 'too_big':
      return limitMessage(input, Number(issue.maximum), 'at most');
    case 'too_small':
      if (typeof input === 'string' && issue.minimum === 1) return 'is empty';
      return limitMessage(input, Number(issue.minimum), 'at least');
    case 'invalid_value': {
      if (input === undefined) return 'is missing';
      const values = issue.values
        .map((value) => (typeof value === 'string' ? JSON.stringify(value) : String(value)))
        .join(', ');
      return issue.values.length === 1
        ? `must be ${values}, not ${describeValue(input)}`
        : `${describeValue(input)} is not one of ${values}`;
    }
    case 'invalid_format':
      return `is not in the expected form (${issue.format})`;
    default:
      return 'is not valid';
  }
}

function limitMessage(input: unknown, limit: number, bound: 'at most' | 'at least'): string {
  const amount = limit.toLocaleString('en');
  if (typeof input === 'string') {
    return `is ${input.length.toLocaleString('en')} characters long; ${bound} ${amount} are allowed`;
  }
  if (Array.isArray(input)) return `has ${input.length.toLocaleString('en')} entries; ${bound} ${amount} are allowed`;
  return `is ${describeValue(input)}; ${bound === 'at most' ? 'the most' : 'the least'} allowed is ${amount}`;
}

const PREVIEW_MAX = 40;

/** A value of the file as a message names it: `text "yesterday"`, `42`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const preview = value.length > PREVIEW_MAX ? `${value.slice(0, PREVIEW_MAX)}…` : value;
      return `text ${JSON.stringify(preview)}`;
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    default:
      return 'an object';
  }
}

/** A file's size as the size limit's message gives it: about N MB, or a count of characters under one. */
export function formatSize(characters: number): string {
  const megabytes = characters / (1024 * 1024);
  if (megabytes >= 1) return `about ${Math.round(megabytes).toLocaleString('en')} MB`;
  return `${characters.toLocaleString('en')} characters`;
}
