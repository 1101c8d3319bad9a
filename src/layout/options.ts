import type { CalendarName, Digits, Direction, LaneMode, Layout, MonthNamesOption, Orientation } from './types.js';

/** Options of `layout()`; every one is optional and normalized once by {@link normalizeLayoutOptions}. */
export interface LayoutOptions {
  /** Size in pixels. Default 800 × 360. */
  width?: number;
  height?: number;
  /** Group events into lanes. Default 'none'. */
  lanes?: LaneMode;
  /** Direction time runs on screen; default: the text direction. */
  axisDirection?: Direction;
  /** Direction of the text; default from the locale (Arabic → 'rtl'). */
  textDirection?: Direction;
  /** BCP 47 locale of labels and dates: 'ar', 'ar-SY', 'ar-EG', 'ar-MA', 'en'. Default: the timeline's language. */
  locale?: string;
  /** Digits: 'arab' (٠١٢) or 'latn' (012). Default 'arab' for Arabic, 'latn' otherwise. */
  digits?: Digits;
  /** Calendar of the main axis. Default 'gregory'. */
  calendar?: CalendarName;
  /** A second axis in another calendar (a tick row under the axis; a label column when vertical), or 'none'. Default 'none'. */
  secondaryCalendar?: CalendarName | 'none';
  /** Arabic month names; 'auto' follows the locale region. Default 'auto'. */
  monthNames?: MonthNamesOption;
  /**
   * Zone used to write dates. Event times are wall-clock times where they happened and are read as
   * UTC, so the default 'UTC' writes them as the articles state them, on any machine.
   */
  timeZone?: string;
  /** 'auto' turns vertical below `verticalBelow` pixels of width. Default 'auto'. */
  orientation?: Orientation | 'auto';
  verticalBelow?: number;
  /** Visible time span [start, end] (ms or ISO strings, at least 1 ms apart); default: all events. */
  domain?: readonly [number | string, number | string] | null;
  /** Font size of labels in pixels. Default 12. */
  fontSize?: number;
  /** Longest label in pixels before it is shortened with an ellipsis. Default 180. */
  maxLabelWidth?: number;
  /** Spans narrower than this many pixels are drawn as points. Default 4. */
  minBandWidth?: number;
  /** Title of the timeline for its accessible name; default the timeline's title. */
  title?: string;
  /**
   * The layout this one follows (the same timeline before a zoom step): labels keep the rows they
   * had there where they still fit, so zooming moves labels with their marks instead of
   * reshuffling them. Default none: labels take the lowest free row.
   */
  previous?: Layout | null;
}

export interface NormalizedLayoutOptions {
  width: number;
  height: number;
  lanes: LaneMode;
  axisDirection: Direction;
  textDirection: Direction;
  locale: string;
  digits: Digits;
  calendar: CalendarName;
  secondaryCalendar: CalendarName | null;
  monthNames: MonthNamesOption;
  timeZone: string;
  orientation: Orientation;
  domain: [number, number] | null;
  fontSize: number;
  maxLabelWidth: number;
  minBandWidth: number;
  title: string | null;
  /** Row each event's label had in `previous`, by event id (empty without one). */
  previousRows: Map<string, number>;
}

/** Every layout default in one place. Direction, locale and digits default from the data when unset. */
export const layoutDefaults = {
  width: 800,
  height: 360,
  lanes: 'none',
  calendar: 'gregory',
  secondaryCalendar: 'none',
  monthNames: 'auto',
  timeZone: 'UTC',
  orientation: 'auto',
  verticalBelow: 480,
  fontSize: 12,
  maxLabelWidth: 180,
  minBandWidth: 4,
} as const;

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug']);

/** Text direction of a BCP 47 locale. */
export function directionOfLocale(locale: string): Direction {
  const lang = locale.split(/[-_]/u)[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** A keyword option: one of a fixed set, with an error naming the option and the bad value. */
export function keyword<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new RangeError(`invalid ${name}: ${describe(value)} (expected ${allowed.map((a) => `'${a}'`).join(', ')})`);
}

/** A positive finite number option. */
export function positive(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RangeError(`invalid ${name}: ${describe(value)} (expected a positive number)`);
  }
  return value;
}

/** A time given as ms since the epoch, a Date or an ISO 8601 date (a date-time without a zone is read as UTC). */
export function timeValue(name: string, value: unknown): number {
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.getTime();
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/u.test(value) || !value.includes('T') ? value : value + 'Z');
    if (Number.isFinite(ms)) return ms;
  }
  throw new RangeError(`invalid ${name}: ${describe(value)} (expected a time in ms or an ISO 8601 date)`);
}

/**
 * Normalizes layout options once, at the boundary: fills defaults, checks every value and throws a
 * RangeError/TypeError naming the option and the bad value ("invalid lanes: \"lane\"").
 *
 * @param options - what the caller passed (may be undefined)
 * @param language - the timeline's language, used when no locale is given
 * @example
 * normalizeLayoutOptions({ locale: 'ar-SY' }, 'ar').axisDirection // 'rtl'
 */
export function normalizeLayoutOptions(options: LayoutOptions | undefined, language = 'ar'): NormalizedLayoutOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError(`invalid options: ${describe(options)} (expected an object)`);
  }
  const o: LayoutOptions = options ?? {};
  const width = positive('width', o.width, layoutDefaults.width);
  const height = positive('height', o.height, layoutDefaults.height);
  let locale: string = language;
  if (o.locale !== undefined) {
    try {
      // (Intl takes a list too: only a string is a locale.)
      if (typeof o.locale !== 'string') throw new Error();
      locale = Intl.getCanonicalLocales(o.locale)[0] ?? language;
    } catch {
      throw new RangeError(`invalid locale: ${describe(o.locale)} (expected a BCP 47 tag such as 'ar-SY')`);
    }
  }
  const textDirection = keyword('textDirection', o.textDirection, ['rtl', 'ltr'] as const, directionOfLocale(locale));
  const axisDirection = keyword('axisDirection', o.axisDirection, ['rtl', 'ltr'] as const, textDirection);
  const arabic = locale.toLowerCase().startsWith('ar');
  const digits = keyword('digits', o.digits, ['arab', 'latn'] as const, arabic ? 'arab' : 'latn');
  const calendar = keyword('calendar', o.calendar, ['gregory', 'islamic-umalqura'] as const, layoutDefaults.calendar);
  const secondary = keyword('secondaryCalendar', o.secondaryCalendar, ['none', 'gregory', 'islamic-umalqura'] as const, layoutDefaults.secondaryCalendar);
  const monthNames = keyword('monthNames', o.monthNames, ['auto', 'levant', 'egypt', 'maghreb', 'morocco'] as const, layoutDefaults.monthNames);
  let timeZone: string = layoutDefaults.timeZone;
  if (o.timeZone !== undefined) {
    try {
      if (typeof o.timeZone !== 'string') throw new Error();
      timeZone = new Intl.DateTimeFormat('en', { timeZone: o.timeZone }).resolvedOptions().timeZone;
    } catch {
      throw new RangeError(`invalid timeZone: ${describe(o.timeZone)} (expected an IANA zone such as 'Asia/Beirut')`);
    }
  }
  const verticalBelow = positive('verticalBelow', o.verticalBelow, layoutDefaults.verticalBelow);
  const orientationOpt = keyword('orientation', o.orientation, ['auto', 'horizontal', 'vertical'] as const, layoutDefaults.orientation);
  const orientation: Orientation = orientationOpt === 'auto' ? (width < verticalBelow ? 'vertical' : 'horizontal') : orientationOpt;
  let domain: [number, number] | null = null;
  if (o.domain !== undefined && o.domain !== null) {
    if (!Array.isArray(o.domain) || o.domain.length !== 2) throw new RangeError(`invalid domain: ${describe(o.domain)} (expected [start, end])`);
    const a = timeValue('domain[0]', o.domain[0]);
    const b = timeValue('domain[1]', o.domain[1]);
    if (!(b > a)) throw new RangeError(`invalid domain: ${describe(o.domain)} (the end must come after the start)`);
    // Times are whole milliseconds: a narrower span has nothing to show, and one of a subnormal
    // width would make the scale divide by it into Infinity.
    if (!(b - a >= 1)) throw new RangeError(`invalid domain: ${describe(o.domain)} (the span must be at least 1 ms)`);
    domain = [a, b];
  }
  if (o.title !== undefined && typeof o.title !== 'string') throw new TypeError(`invalid title: ${describe(o.title)} (expected a string)`);
  const previousRows = new Map<string, number>();
  if (o.previous !== undefined && o.previous !== null) {
    const marks = (o.previous as { marks?: unknown }).marks;
    if (typeof o.previous !== 'object' || !Array.isArray(marks)) throw new TypeError('invalid previous: expected a Layout, as layout() returns');
    for (const m of marks as Layout['marks']) if (m?.label !== null && m?.label !== undefined && typeof m.label.row === 'number') previousRows.set(m.id, m.label.row);
  }
  return {
    width,
    height,
    lanes: keyword('lanes', o.lanes, ['none', 'type', 'actor', 'place', 'source'] as const, layoutDefaults.lanes),
    axisDirection,
    textDirection,
    locale,
    digits,
    calendar,
    secondaryCalendar: secondary === 'none' || secondary === calendar ? null : secondary,
    monthNames,
    timeZone,
    orientation,
    domain,
    fontSize: positive('fontSize', o.fontSize, layoutDefaults.fontSize),
    maxLabelWidth: positive('maxLabelWidth', o.maxLabelWidth, layoutDefaults.maxLabelWidth),
    minBandWidth: positive('minBandWidth', o.minBandWidth, layoutDefaults.minBandWidth),
    title: o.title ?? null,
    previousRows,
  };
}
