import type { ValidationIssue } from './errors.js';
import { localTimeMs } from './localTimeMs.js';
import type { EventTime, Interval, Timeline } from './types.js';

/**
 * The rules of a Timeline that JSON Schema cannot state: intervals start before they end, dates
 * exist on the calendar, offsets are ordered, ids are unique. Assumes the value already passed
 * the schema (shapes and types are right); returns the issues found, empty when none.
 */
export function checkTimeline(timeline: Timeline): ValidationIssue[] {
  const issues: ValidationIssue[] = [];

  const checkInterval = (path: string, iv: Interval | EventTime) => {
    const a = localTimeMs(iv.start);
    const b = localTimeMs(iv.end);
    if (Number.isNaN(a)) issues.push({ path: `${path}/start`, message: `${JSON.stringify(iv.start)} is not a calendar date` });
    if (Number.isNaN(b)) issues.push({ path: `${path}/end`, message: `${JSON.stringify(iv.end)} is not a calendar date` });
    if (!Number.isNaN(a) && !Number.isNaN(b) && !(a < b)) {
      issues.push({ path, message: `start ${JSON.stringify(iv.start)} must be before end ${JSON.stringify(iv.end)}` });
    }
  };
  const checkDate = (path: string, value: string | null | undefined) => {
    if (typeof value === 'string' && Number.isNaN(localTimeMs(value))) {
      issues.push({ path, message: `${JSON.stringify(value)} is not a calendar date` });
    }
  };
  const checkOffsets = (path: string, span: { start: number; end: number }) => {
    if (span.start > span.end) issues.push({ path, message: `start offset ${span.start} is after end offset ${span.end}` });
  };

  const articleIds = new Map<string, number>();
  timeline.articles.forEach((a, i) => {
    const first = articleIds.get(a.id);
    if (first !== undefined) issues.push({ path: `/articles/${i}/id`, message: `duplicate article id ${JSON.stringify(a.id)} (first at /articles/${first}/id)` });
    else articleIds.set(a.id, i);
    checkDate(`/articles/${i}/published`, a.published);
  });

  const eventIds = new Map<string, number>();
  timeline.events.forEach((e, i) => {
    const at = `/events/${i}`;
    const first = eventIds.get(e.id);
    if (first !== undefined) issues.push({ path: `${at}/id`, message: `duplicate event id ${JSON.stringify(e.id)} (first at /events/${first}/id)` });
    else eventIds.set(e.id, i);
    checkInterval(`${at}/when`, e.when);
    e.claims?.forEach((c, j) => checkInterval(`${at}/claims/${j}`, c));
    e.sources.forEach((s, j) => {
      const sp = `${at}/sources/${j}`;
      checkOffsets(sp, s);
      checkDate(`${sp}/published`, s.published);
      if (s.claim) {
        checkOffsets(`${sp}/claim`, s.claim);
        if (s.claim.interval) checkInterval(`${sp}/claim/interval`, s.claim.interval);
      }
    });
  });

  timeline.eras?.forEach((era, i) => checkInterval(`/eras/${i}`, era));
  return issues;
}
