/** One problem found in a value that should be a Timeline: where (a JSON pointer) and what. */
export interface ValidationIssue {
  /** JSON pointer into the value, e.g. `/events/3/when/start`; `` (empty) for the root. */
  path: string;
  message: string;
}

/** How many issues the error message spells out; the rest are counted. */
const MESSAGE_ISSUES = 5;

/**
 * Thrown by {@link validateTimeline} (and every entry point that validates a Timeline) when the
 * value does not conform to the schema or to the cross-field rules. `issues` lists every problem
 * found; the message names the first few with their paths.
 *
 * @example
 * ```ts
 * try {
 *   validateTimeline({ version: 1, language: 'ar', articles: [], events: [{ id: 'e1' }] });
 * } catch (err) {
 *   if (err instanceof TimelineValidationError) err.issues[0];
 *   //=> { path: '/events/0/type', message: 'is required' }
 * }
 * ```
 */
export class TimelineValidationError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[], subject = 'timeline') {
    const shown = issues.slice(0, MESSAGE_ISSUES).map((i) => `${i.path || '/'}: ${i.message}`);
    const more = issues.length > MESSAGE_ISSUES ? `; and ${issues.length - MESSAGE_ISSUES} more` : '';
    const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
    super(`invalid ${subject} (${count}): ${shown.join('; ')}${more}`);
    this.name = 'TimelineValidationError';
    this.issues = issues;
  }
}
