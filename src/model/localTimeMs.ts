// ISO 8601 as the model writes it: a date, an optional clock time, an optional zone designator.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/u;

/**
 * Milliseconds on a single axis for a model time ('YYYY-MM-DD', 'YYYY-MM-DDTHH:mm', with optional
 * seconds and zone). Local times without a zone are read as if they were UTC: the model's times
 * are "floating" local times, and comparing two of them must not depend on the machine's zone.
 * A time with an offset is shifted to UTC, so it lines up with floating times only approximately
 * (by the offset) — good enough for ordering and blocking, which is all it is used for.
 * Returns NaN when the string is not such a time or names an impossible date (2024-02-30).
 */
export function localTimeMs(value: string): number {
  const m = ISO.exec(value);
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const ms = Date.UTC(year, month - 1, day, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), Math.floor(Number(`0.${frac ?? '0'}`) * 1000));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  const date = new Date(ms);
  if (year < 100) date.setUTCFullYear(year);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return NaN;
  let t = date.getTime();
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    t -= sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return t;
}
