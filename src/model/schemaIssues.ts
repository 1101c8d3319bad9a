import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import schema from './schema.json';
import type { ValidationIssue } from './errors.js';

/** The parts of the Timeline schema that can be checked on their own. */
export type SchemaPart = 'Timeline' | 'TimelineEvent' | 'ArticleMeta';

// Compiled on first use, then reused: compiling costs milliseconds, validating microseconds.
const compiled = new Map<string, ValidateFunction>();
let ajv: Ajv2020 | undefined;

function validator(def: SchemaPart): ValidateFunction {
  let v = compiled.get(def);
  if (!v) {
    if (!ajv) {
      ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
      ajv.addSchema(schema);
    }
    v = ajv.getSchema(def === 'Timeline' ? schema.$id : `${schema.$id}#/$defs/${def}`);
    if (!v) throw new Error(`schema part ${def} not found`);
    compiled.set(def, v);
  }
  return v;
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
function quoteValue(v: unknown): string {
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
 * Checks a value against the Timeline JSON Schema (or one of its definitions) and returns the
 * problems as `{ path, message }` issues with JSON-pointer paths; empty when the value conforms.
 * Only the schema: the cross-field rules live in `checkTimeline`.
 */
export function schemaIssues(value: unknown, part: SchemaPart = 'Timeline'): ValidationIssue[] {
  const validate = validator(part);
  if (validate(value)) return [];
  return dedupe((validate.errors ?? []).map((e) => toIssue(e, value)).filter((i): i is ValidationIssue => i !== null));
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
