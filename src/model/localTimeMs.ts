// ISO 8601 as the model writes it: a date, an optional clock time, an optional zone designator.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/u;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days since 1970-01-01 on the proleptic Gregorian calendar (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Milliseconds on a single axis for a model time ('YYYY-MM-DD', 'YYYY-MM-DDTHH:mm', with optional
 * seconds and zone). Local times without a zone are read as if they were UTC: the model's times
 * are "floating" local times, and comparing two of them must not depend on the machine's zone.
 * A time with an offset is shifted to UTC, so it lines up with floating times only approximately
 * (by the offset) — good enough for ordering and blocking, which is all it is used for.
 * Returns NaN when the string is not such a time or names an impossible date (2024-02-30).
 * Plain arithmetic, no Date objects: merging calls it hundreds of thousands of times.
 */
export function localTimeMs(value: string): number {
  const m = ISO.exec(value);
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = +y!;
  const month = +mo!;
  const day = +d!;
  if (month < 1 || month > 12 || day < 1) return NaN;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return NaN;
  const hour = h === undefined ? 0 : +h;
  const minute = mi === undefined ? 0 : +mi;
  const second = s === undefined ? 0 : +s;
  if (hour > 23 || minute > 59 || second > 59) return NaN;
  let t = daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000;
  if (frac !== undefined) t += Math.floor(Number(`0.${frac}`) * 1000);
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    t -= sign * (+zone.slice(1, 3) * 60 + +zone.slice(4, 6)) * 60_000;
  }
  return t;
}
