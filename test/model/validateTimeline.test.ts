import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { validateTimeline } from '../../src/model/validateTimeline.js';
import { TimelineValidationError } from '../../src/model/errors.js';
import type { ValidationIssue } from '../../src/model/errors.js';
import { sampleTimeline } from './fixtures.js';

/** Runs validateTimeline on a mutated sample and returns the issues it throws. */
function issuesOf(mutate: (t: any) => void): ValidationIssue[] {
  const t: any = sampleTimeline();
  mutate(t);
  try {
    validateTimeline(t);
  } catch (err) {
    expect(err).toBeInstanceOf(TimelineValidationError);
    return (err as TimelineValidationError).issues;
  }
  throw new Error('expected the timeline to be rejected');
}

describe('validateTimeline', () => {
  it('accepts a valid timeline and returns it', () => {
    const t = sampleTimeline();
    expect(validateTimeline(t)).toBe(t);
    expect(validateTimeline({ version: 1, language: 'ar', articles: [], events: [] })).toBeTruthy();
  });

  it('is a real JSON Schema 2020-12 document that a fresh ajv compiles in strict mode', () => {
    const schema = JSON.parse(readFileSync(new URL('../../src/model/schema.json', import.meta.url), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(sampleTimeline())).toBe(true);
  });

  const rejected: Array<[string, (t: any) => void, string, RegExp]> = [
    ['not an object', (t) => Object.keys(t).forEach((k) => delete t[k]), '/version', /is required/],
    ['wrong version', (t) => (t.version = 2), '/version', /must be 1 \(got 2\)/],
    ['unknown top-level key', (t) => (t.extra = true), '/extra', /not a known property/],
    ['bad language tag', (t) => (t.language = 'arabic language'), '/language', /BCP 47/],
    ['articles not an array', (t) => (t.articles = {}), '/articles', /must be array/],
    ['event type outside the enum', (t) => (t.events[1].type = 'party'), '/events/1/type', /must be one of arrival, .*\(got "party"\)/],
    ['status outside the enum', (t) => (t.events[0].status = 'done'), '/events/0/status', /happened, scheduled, expected/],
    ['precision outside the enum', (t) => (t.events[0].when.precision = 'dayz'), '/events/0/when/precision', /got "dayz"/],
    ['anchor outside the enum', (t) => (t.events[0].sources[0].claim.anchor = 'now'), '/events/0/sources/0/claim/anchor', /absolute, publication, event, unresolved/],
    ['missing when', (t) => delete t.events[1].when, '/events/1/when', /is required/],
    ['date with a bad month', (t) => (t.events[1].when.start = '2024-13-01'), '/events/1/when/start', /ISO 8601/],
    ['date in another format', (t) => (t.events[0].when.end = '20/06/2024'), '/events/0/when/end', /YYYY-MM-DD/],
    ['date that is not on the calendar', (t) => (t.events[0].when.end = '2024-02-30'), '/events/0/when/end', /not a calendar date/],
    ['start after end', (t) => (t.events[0].when.start = '2024-06-21'), '/events/0/when', /start "2024-06-21" must be before end "2024-06-20"/],
    ['empty interval', (t) => (t.events[1].when.end = '2024-06-20T12:00'), '/events/1/when', /must be before/],
    ['claim start after end', (t) => (t.events[0].claims[1].start = '2024-06-22'), '/events/0/claims/1', /must be before/],
    ['source offsets reversed', (t) => (t.events[0].sources[1].start = 31), '/events/0/sources/1', /start offset 31 is after end offset 30/],
    ['claim offsets reversed', (t) => (t.events[0].sources[0].claim.end = 1), '/events/0/sources/0/claim', /is after end offset/],
    ['negative offset', (t) => (t.events[0].sources[0].start = -1), '/events/0/sources/0/start', /must be >= 0/],
    ['fractional offset', (t) => (t.events[0].sources[0].end = 1.5), '/events/0/sources/0/end', /must be integer/],
    ['duplicate event id', (t) => (t.events[1].id = t.events[0].id), '/events/1/id', /duplicate event id "ev-1a2b3c" \(first at \/events\/0\/id\)/],
    ['duplicate article id', (t) => (t.articles[1].id = 'a1'), '/articles/1/id', /duplicate article id/],
    ['confidence above 1', (t) => (t.events[0].confidence = 1.5), '/events/0/confidence', /must be <= 1/],
    ['javascript: url', (t) => (t.events[0].sources[1].url = 'javascript:alert(1)'), '/events/0/sources/1/url', /http or https/],
    ['claim value with spaces', (t) => (t.events[0].sources[0].claim.value = '18 June'), '/events/0/sources/0/claim/value', /TIMEX3/],
    ['timezone that is not a zone', (t) => (t.events[1].when.timezone = 'Hanoi time!'), '/events/1/when/timezone', /IANA/],
    ['instant without Z', (t) => (t.events[0].sources[0].claim.instant = '2024-06-20T05:00'), '/events/0/sources/0/claim/instant', /UTC instant/],
    ['unknown key in an event', (t) => (t.events[0].colour = 'red'), '/events/0/colour', /not a known property/],
    ['empty place name', (t) => (t.events[0].place.name = {}), '/events/0/place/name', /fewer than 1 properties/],
    ['era ending before it starts', (t) => (t.eras[0].end = '2024-06-01'), '/eras/0', /must be before/],
    ['published not a date', (t) => (t.articles[0].published = 'yesterday'), '/articles/0/published', /ISO 8601/],
  ];
  it.each(rejected)('rejects %s, naming the path', (_name, mutate, path, message) => {
    const issues = issuesOf(mutate);
    const hit = issues.find((i) => i.path === path);
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it('reports every issue, and names the first few in the message', () => {
    let err: TimelineValidationError | undefined;
    try {
      validateTimeline({ version: 1, language: 'ar', articles: [], events: [{}, {}] });
    } catch (e) {
      err = e as TimelineValidationError;
    }
    expect(err).toBeInstanceOf(TimelineValidationError);
    expect(err!.issues.length).toBe(18);
    expect(err!.message).toMatch(/^invalid timeline \(18 issues\): \/events\/0\/id: is required; .*; and 13 more$/);
  });

  it('rejects values that are not objects with a clear issue', () => {
    for (const v of [null, 42, 'timeline', [], undefined]) {
      expect(() => validateTimeline(v)).toThrow(TimelineValidationError);
    }
    try {
      validateTimeline([]);
    } catch (e) {
      expect((e as TimelineValidationError).issues[0]).toEqual({ path: '', message: 'must be object (got an array)' });
    }
  });

  it('accepts local times with seconds and offsets, and nullable fields as null', () => {
    const t = sampleTimeline();
    t.events[1]!.when.start = '2024-06-20T12:00:00+07:00';
    t.events[1]!.when.end = '2024-06-20T13:00:00.5+07:00';
    t.events[0]!.sources[0]!.claim = { text: 'x', start: 0, end: 1, value: null, interval: null, precision: null, approximate: false, anchor: 'unresolved' };
    expect(() => validateTimeline(t)).not.toThrow();
  });
});
