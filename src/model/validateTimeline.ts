import { TimelineValidationError } from './errors.js';
import { schemaIssues } from './schemaIssues.js';
import { checkTimeline } from './checkTimeline.js';
import type { Timeline } from './types.js';

/**
 * Checks that a value is a tarikh {@link Timeline} — against the JSON Schema shipped as
 * `tarikh/schema.json` (compiled once with ajv), then against the rules a schema cannot express:
 * every interval starts before it ends, source offsets are ordered, dates exist on the calendar,
 * event and article ids are unique. Returns the value, typed, when it conforms.
 *
 * @throws {TimelineValidationError} listing every problem as `{ path, message }`, paths being JSON
 *   pointers such as `/events/3/when/start`.
 *
 * @example
 * ```ts
 * const timeline = validateTimeline(JSON.parse(text));
 * validateTimeline({ version: 1, language: 'ar', articles: [], events: [] }); // ok
 * validateTimeline({
 *   version: 1, language: 'ar', articles: [],
 *   events: [{ id: 'e1', type: 'arrival', title: 'وصل الوفد إلى القاهرة', status: 'happened',
 *     when: { value: '2023-03-14', start: '2023-03-15', end: '2023-03-14', precision: 'day', approximate: false },
 *     actors: [], sources: [], disputed: false, confidence: 0.9 }],
 * });
 * // throws TimelineValidationError:
 * //   invalid timeline (1 issue): /events/0/when: start "2023-03-15" must be before end "2023-03-14"
 * ```
 */
export function validateTimeline(value: unknown): Timeline {
  const schemaProblems = schemaIssues(value);
  if (schemaProblems.length > 0) throw new TimelineValidationError(schemaProblems);
  const timeline = value as Timeline;
  const issues = checkTimeline(timeline);
  if (issues.length > 0) throw new TimelineValidationError(issues);
  return timeline;
}
