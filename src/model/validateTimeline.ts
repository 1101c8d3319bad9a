import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import schema from './schema.json';
import { TimelineValidationError } from './errors.js';
import type { ValidationIssue } from './errors.js';
import { checkTimeline } from './checkTimeline.js';
import type { Timeline } from './types.js';

// Compiled on first use, then reused: compiling costs milliseconds, validating microseconds.
let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

/** The value at a JSON pointer, for quoting it in messages. */
function valueAt(root: unknown, pointer: string): unknown {
  let v: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/gu, '/').replace(/~0/gu, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/** A short, safe rendering of a value for an error message. */
export function quoteValue(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return 'an array';
  if (v !== null && typeof v === 'object') return 'an object';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function escapePointer(key: string): string {
  return key.replace(/~/gu, '~0').replace(/\//gu, '~1');
}

function toIssue(err: ErrorObject, root: unknown): ValidationIssue | null {
  const got = () => ` (got ${quoteValue(valueAt(root, err.instancePath))})`;
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'if':
      // The "then" branch already reported what is wrong.
      return null;
    case 'required':
      return { path: `${err.instancePath}/${escapePointer(String(params.missingProperty))}`, message: 'is required' };
    case 'additionalProperties':
      return {
        path: `${err.instancePath}/${escapePointer(String(params.additionalProperty))}`,
        message: 'is not a known property here',
      };
    case 'enum':
      return { path: err.instancePath, message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}${got()}` };
    case 'const':
      return { path: err.instancePath, message: `must be ${JSON.stringify(params.allowedValue)}${got()}` };
    case 'type':
      return { path: err.instancePath, message: `must be ${String(params.type).replace(',', ' or ')}${got()}` };
    case 'pattern': {
      // Pattern definitions carry a short `title` naming what they accept.
      const title = (err.parentSchema as { title?: string } | undefined)?.title;
      return { path: err.instancePath, message: `${title ? `must be ${title}` : (err.message ?? 'is invalid')}${got()}` };
    }
    default:
      return { path: err.instancePath, message: `${err.message ?? 'is invalid'}${got()}` };
  }
}

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
 *   events: [{ id: 'e1', type: 'arrival', title: 'وصل بوتين إلى هانوي', status: 'happened',
 *     when: { value: '2024-06-20', start: '2024-06-21', end: '2024-06-20', precision: 'day', approximate: false },
 *     actors: [], sources: [], disputed: false, confidence: 0.9 }],
 * });
 * // throws TimelineValidationError:
 * //   invalid timeline (1 issue): /events/0/when: start "2024-06-21" must be before end "2024-06-20"
 * ```
 */
export function validateTimeline(value: unknown): Timeline {
  const validate = validator();
  if (!validate(value)) {
    const issues = (validate.errors ?? []).map((e) => toIssue(e, value)).filter((i): i is ValidationIssue => i !== null);
    throw new TimelineValidationError(dedupe(issues));
  }
  const timeline = value as Timeline;
  const issues = checkTimeline(timeline);
  if (issues.length > 0) throw new TimelineValidationError(issues);
  return timeline;
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
