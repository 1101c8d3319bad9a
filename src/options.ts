import type { ParseOptions } from './model/types.js';
import { dayNumber, civil, type DayNumber } from './time/calendar.js';

/** ParseOptions after validation: every default filled in, the publication date as a day. */
export interface NormalizedParseOptions {
  /** Publication date as a day number (days since 1970-01-01), or null when not given. */
  dct: DayNumber | null;
  timezone: string | null;
  forwardDate: boolean;
  articleId: string | null;
  outlet: string | null;
}

/** Every default in one place. */
export const defaults = { forwardDate: false } as const;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The publication date's calendar day: in `timezone` when the value is an instant, else as written. */
function parsePublished(value: string, timezone: string | null): DayNumber {
  const m = ISO.exec(value.trim());
  if (!m) throw new RangeError(`invalid published: "${value}" (expected YYYY-MM-DD or ISO 8601)`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const n = dayNumber(y, mo, d);
  const back = civil(n);
  if (back.y !== y || back.m !== mo || back.d !== d) throw new RangeError(`invalid published: "${value}" (no such date)`);
  if (m[4] !== undefined) {
    const h = Number(m[4]);
    const min = Number(m[5]);
    const sec = m[6] !== undefined ? Number(m[6]) : 0;
    if (h > 23 || min > 59 || sec > 60) throw new RangeError(`invalid published: "${value}" (no such time)`);
    if (m[7] !== undefined && timezone !== null) {
      const t = Date.parse(value.trim().replace(' ', 'T'));
      if (Number.isNaN(t)) throw new RangeError(`invalid published: "${value}"`);
      const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(t));
      const pm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(parts);
      if (pm) return dayNumber(Number(pm[1]), Number(pm[2]), Number(pm[3]));
    }
  }
  return n;
}

function optionalString(options: Record<string, unknown>, name: string): string | null {
  const v = options[name];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new TypeError(`option ${name} must be a string, got ${typeof v}`);
  return v;
}

/**
 * Validates ParseOptions once, at the boundary, with errors that name the option and quote the
 * value; the engine never sees raw options.
 *
 * @example
 * normalizeParseOptions({ published: '2023-03-14', timezone: 'Asia/Ho_Chi_Minh' }).forwardDate // false
 * normalizeParseOptions({ published: '2024-13-01' }) // RangeError: invalid published: "2024-13-01" (no such date)
 */
export function normalizeParseOptions(options: ParseOptions | undefined): NormalizedParseOptions {
  if (options === undefined || options === null) {
    return { dct: null, timezone: null, forwardDate: defaults.forwardDate, articleId: null, outlet: null };
  }
  if (typeof options !== 'object') throw new TypeError(`options must be an object, got ${typeof options}`);
  const o = options as Record<string, unknown>;
  const timezone = optionalString(o, 'timezone');
  if (timezone !== null && !validZone(timezone)) throw new RangeError(`invalid timezone: "${timezone}" (expected an IANA zone such as Asia/Riyadh)`);
  const published = optionalString(o, 'published');
  const forward = o['forwardDate'];
  if (forward !== undefined && typeof forward !== 'boolean') throw new TypeError(`option forwardDate must be a boolean, got ${typeof forward}`);
  return {
    dct: published === null ? null : parsePublished(published, timezone),
    timezone,
    forwardDate: forward ?? defaults.forwardDate,
    articleId: optionalString(o, 'articleId'),
    outlet: optionalString(o, 'outlet'),
  };
}
