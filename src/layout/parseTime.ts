// Sticky-free, anchored and bounded: linear on any input.
const ISO = /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/u;

/**
 * Reads an ISO 8601 date or date-time of the event model as a wall-clock time in ms, as if it
 * were UTC: '2023-03-14' and '2023-03-14T12:00+07:00' both mean the time written, where the event
 * happened. Times are never shifted into the machine's zone, so every machine lays out the same.
 *
 * @param value - 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm[:ss][offset]'
 * @param where - path named in the error, e.g. 'events[3].when.start'
 * @throws RangeError naming `where` and the value when it is not such a date
 * @example
 * parseTime('2024-06-20T09:00', 'when.start') // Date.UTC(2024, 5, 20, 9)
 */
export function parseTime(value: unknown, where: string): number {
  if (typeof value !== 'string' || value.length > 40) {
    throw new RangeError(`${where}: expected an ISO 8601 date, got ${JSON.stringify(value) ?? String(value)}`);
  }
  // Fast path for the common 'YYYY-MM-DD' and 'YYYY-MM-DDTHH:mm' (no regex, no Date object).
  if ((value.length === 10 || value.length === 16) && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
    const y = digits(value, 0, 4);
    const mo = digits(value, 5, 7);
    const d = digits(value, 8, 10);
    const h = value.length === 16 && value.charCodeAt(10) === 84 && value.charCodeAt(13) === 58 ? digits(value, 11, 13) : value.length === 10 ? 0 : -1;
    const mi = value.length === 16 ? digits(value, 14, 16) : 0;
    if (y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h >= 0 && h <= 24 && mi >= 0 && mi <= 59) return Date.UTC(y, mo - 1, d, h, mi);
  }
  const m = ISO.exec(value.trim());
  if (m === null) throw new RangeError(`${where}: expected an ISO 8601 date, got ${JSON.stringify(value)}`);
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) {
    throw new RangeError(`${where}: date out of range: ${JSON.stringify(value)}`);
  }
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

/** The number written by ASCII digits value[from, to), or -1. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}
