// Turning a failed parse into the messages a form shows beside its fields: the one way every form,
// repository and validator does it, so the same input always gets the same message in the same place.

/** What a zod issue (classic or mini) carries that a form needs. */
export type ParseIssue = { readonly path: readonly PropertyKey[]; readonly message: string };

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export type ValidationResult<T, F extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<F> };

/**
 * The first message for each top-level field in `fields`. An issue on any other path goes to
 * `fallback` when one is given (a form-wide message), and is dropped otherwise.
 */
export function fieldErrorsFrom<F extends string>(
  issues: readonly ParseIssue[],
  fields: readonly F[],
  fallback?: F,
): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const issue of issues) {
    const head = issue.path[0];
    const field = fields.find((candidate) => candidate === head) ?? fallback;
    if (field !== undefined) errors[field] ??= issue.message;
  }
  return errors;
}

/** The first message for each dotted path (`newCommitments.0.text`), for forms with rows of fields. */
export function issuesByPath(issues: readonly ParseIssue[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= issue.message;
  }
  return errors;
}
