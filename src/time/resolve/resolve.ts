import type { Anchor, Interval, Precision } from '../../model/types.js';
import type { CalendarUnit, Direction, PartOfDayCode, Season } from '../../locales/types.js';
import type { Components } from '../types.js';
import { civil, dayNumber, isoDay, isoDayTime, pad, weekdayOf, type DayNumber } from '../calendar.js';
import { partOf, shift, unitSpan, type DaySpan } from './interval.js';
import { durationValue, POD_VALUE, unitValue } from './timex.js';
import { fromHijri, hijriMonthSpan, toHijri } from './hijri.js';
import { isoInstant, offsetLabel, zonedToEpoch } from './zone.js';

/** What the resolver knows about the place of an expression in its article. */
export interface ResolveContext {
  /** Publication date (DCT) as a day number, or null when unknown. */
  dct: DayNumber | null;
  /** The clause speaks of the future or a schedule (سـ، سوف، من المقرر…). */
  future: boolean;
  forwardDate: boolean;
  /** The last day told earlier in the text / paragraph / sentence. */
  previousDay: DayNumber | null;
  paragraphDay: DayNumber | null;
  sentenceDay: DayNumber | null;
  /** First day of the last time told at any precision (عام 1998 → 1998-01-01), for العام التالي. */
  previousStart: DayNumber | null;
  /** The outlet's zone (`timezone` option), for بالتوقيت المحلي. */
  localZone: string | null;
}

export interface Relation {
  unit: 'hour' | 'day' | 'week' | 'month' | 'year';
  amount: number;
  to: 'previous' | 'named';
  approximate?: boolean;
}

export interface Resolution {
  value: string | null;
  interval: Interval | null;
  precision: Precision | null;
  approximate: boolean;
  anchor: Anchor;
  timezone?: string;
  instant?: string;
  relation?: Relation;
  /** The concrete day this expression places its event on, for later event anchors. */
  day?: DayNumber;
}

const UNRESOLVED: Resolution = { value: null, interval: null, precision: null, approximate: false, anchor: 'unresolved' };

function daySpanInterval(s: DaySpan): Interval {
  return { start: isoDay(s.start), end: isoDay(s.end) };
}

function unitPrecision(unit: CalendarUnit): Precision {
  return unit === 'hour' ? 'hour' : unit;
}

// Part-of-day intervals in minutes from midnight of the day; nights run into the next morning.
const POD_MINUTES: Readonly<Record<PartOfDayCode, readonly [number, number]>> = {
  DAWN: [240, 420],
  MO: [0, 720],
  NOON: [720, 721],
  AF: [720, 1080],
  EV: [1080, 1440],
  NI: [1080, 1800],
  MIDNIGHT: [1440, 1441],
};
const POD_EARLY: Partial<Record<PartOfDayCode, readonly [number, number]>> = {
  MO: [0, 540],
  AF: [720, 900],
  EV: [1080, 1260],
  NI: [1080, 1440],
};
const POD_LATE: Partial<Record<PartOfDayCode, readonly [number, number]>> = {
  MO: [540, 720],
  AF: [900, 1080],
  EV: [1260, 1440],
  NI: [1440, 1800],
};

function dayResult(day: DayNumber, anchor: Anchor, approximate = false): Resolution {
  return {
    value: isoDay(day),
    interval: { start: isoDay(day), end: isoDay(day + 1) },
    precision: 'day',
    approximate,
    anchor,
    day,
  };
}

/** Puts a part of day or a clock time on a resolved day. */
function withTime(r: Resolution, day: DayNumber, c: Components, ctx: ResolveContext): Resolution {
  let minutes: number | undefined;
  if (c.hour !== undefined) minutes = c.hour * 60 + (c.minute ?? 0);
  else if (c.pod === 'NOON') minutes = 720;
  else if (c.pod === 'MIDNIGHT') minutes = 1440;
  if (minutes !== undefined) {
    const out: Resolution = {
      ...r,
      value: isoDayTime(day, minutes),
      interval: { start: isoDayTime(day, minutes), end: isoDayTime(day, minutes + 1) },
      precision: 'minute',
    };
    const zone = c.zone === 'local' ? ctx.localZone : c.zone;
    if (zone) {
      const t = zonedToEpoch(day, minutes, zone);
      if (t !== null) {
        out.instant = isoInstant(t);
        out.timezone = zone;
      }
    }
    if (c.gloss) applyGloss(out, day, minutes, c.gloss, ctx);
    return out;
  }
  if (c.pod) {
    const range = (c.podEdge === 'early' ? POD_EARLY[c.pod] : c.podEdge === 'late' ? POD_LATE[c.pod] : undefined) ?? POD_MINUTES[c.pod];
    return {
      ...r,
      value: `${isoDay(day)}T${POD_VALUE[c.pod]}`,
      interval: { start: isoDayTime(day, range[0]), end: isoDayTime(day, range[1]) },
      precision: 'part-of-day',
    };
  }
  return r;
}

/** A local time glossed in another zone fixes the instant and the local offset. */
function applyGloss(
  out: Resolution,
  day: DayNumber,
  minutes: number,
  gloss: NonNullable<Components['gloss']>,
  ctx: ResolveContext,
): void {
  const zone = gloss.zone === 'local' ? ctx.localZone : gloss.zone;
  if (!zone) return;
  const localMs = (day * 1440 + minutes) * 60_000;
  for (const off of [0, -1, 1]) {
    const t = zonedToEpoch(day + off, gloss.hour * 60 + gloss.minute, zone);
    if (t === null) return;
    const offsetMin = Math.round((localMs - t) / 60_000);
    if (offsetMin >= -12 * 60 && offsetMin <= 14 * 60) {
      out.instant = isoInstant(t);
      out.timezone = offsetLabel(offsetMin);
      return;
    }
  }
}

function hasTime(c: Components): boolean {
  return c.hour !== undefined || c.pod !== undefined;
}

/** Nearest day with the given weekday to `day`, within three days either way. */
function nearestWeekday(day: DayNumber, wd: number): DayNumber {
  return day + (((wd - weekdayOf(day) + 10) % 7) - 3);
}

function weekdayDay(wd: number, rel: Direction | undefined, dct: DayNumber, forward: boolean): DayNumber {
  const back = (weekdayOf(dct) - wd + 7) % 7;
  const ahead = (wd - weekdayOf(dct) + 7) % 7;
  if (rel === 'last') return dct - (back === 0 ? 7 : back);
  if (rel === 'next') return dct + (ahead === 0 ? 7 : ahead);
  return forward ? dct + ahead : dct - back;
}

const SEASON_MONTH: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function seasonSpan(season: Season, y: number): DaySpan {
  const m = SEASON_MONTH[season];
  return { start: dayNumber(y, m, 1), end: dayNumber(y, m + 3, 1) };
}

function amountOf(rel: Direction | undefined): number {
  return rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
}

/**
 * Resolves what a match states against its context: the publication date (DCT), the tense of the
 * clause and the event just told. Anything that needs a missing reference stays unresolved.
 */
export function resolve(c: Components, ctx: ResolveContext): Resolution {
  const forward = ctx.future || ctx.forwardDate;
  const pub = (r: Resolution): Resolution => r;

  // Event anchors: relative to the event just told, or to the event named after the word.
  if (c.anchor) {
    const relation: Relation = {
      unit: c.anchor.unit,
      amount: c.anchor.amount,
      to: c.anchor.to,
      ...(c.anchor.approximate ? { approximate: true } : {}),
    };
    const approximate = c.anchor.approximate ?? false;
    // A named event in a sentence that already told its own day is another event, whose date the
    // text does not give (أطاح به في 3 يوليو بعد عام من توليه): unresolved, the relation kept for
    // the event extractor. In a new sentence the named event is the one just told
    // (جرت الانتخابات الأحد… وغداة الاقتراع), and this time is counted from it.
    if (c.anchor.to === 'named' && ctx.sentenceDay !== null) return { ...UNRESOLVED, relation };
    const dayUnit = c.anchor.unit === 'day' || c.anchor.unit === 'hour' || (c.anchor.unit === 'week' && c.anchor.to === 'named');
    const base = dayUnit ? ctx.previousDay : ctx.previousStart;
    if (base === null) return { ...UNRESOLVED, relation };
    if (dayUnit) {
      const days = c.anchor.unit === 'week' ? 7 * c.anchor.amount : c.anchor.unit === 'hour' ? Math.trunc(c.anchor.amount / 24) : c.anchor.amount;
      const n = base + days;
      return { ...withTime(dayResult(n, 'event', approximate), n, c, ctx), relation };
    }
    const n = shift(base, c.anchor.unit, c.anchor.amount);
    const s = unitSpan(c.anchor.unit, n);
    return {
      value: unitValue(c.anchor.unit, n),
      interval: daySpanInterval(s),
      precision: unitPrecision(c.anchor.unit),
      approximate,
      anchor: 'event',
      relation,
    };
  }

  // Counted spans ending or starting today: خلال الأشهر الـ18 الماضية.
  if (c.span) {
    const value = durationValue(c.span.unit, c.span.amount);
    if (ctx.dct === null) return UNRESOLVED;
    if (c.span.unit === 'hour') return { value, interval: null, precision: 'hour', approximate: true, anchor: 'publication' };
    const other = shift(ctx.dct, c.span.unit, c.span.dir === 'next' ? c.span.amount : -c.span.amount);
    const s = c.span.dir === 'next' ? { start: ctx.dct, end: other } : { start: other, end: ctx.dct };
    return { value, interval: daySpanInterval(s), precision: unitPrecision(c.span.unit === 'decade' || c.span.unit === 'century' ? 'year' : c.span.unit), approximate: true, anchor: 'publication' };
  }

  // Offsets from today: منذ 24 عاما، قبل ثلاثة أيام، بعد أسبوعين.
  if (c.offset) {
    const sign = c.offset.dir === 'ago' ? -1 : 1;
    // "وبعد أربعة أيام، أعلن…" in a past narrative counts from the event just told.
    const fromEvent = c.offset.dir === 'ahead' && !ctx.future && ctx.previousDay !== null;
    const base = fromEvent ? ctx.previousDay : ctx.dct;
    if (base === null) return UNRESOLVED;
    const anchor: Anchor = fromEvent ? 'event' : 'publication';
    const n = shift(base, c.offset.unit, sign * c.offset.amount);
    if (c.offset.unit === 'day' || c.offset.unit === 'week') {
      if (fromEvent || c.offset.unit === 'day') return dayResult(c.offset.unit === 'week' ? base + 7 * sign * c.offset.amount : n, anchor, c.approximate ?? false);
    }
    if (c.offset.unit === 'hour') return dayResult(n, anchor, true);
    const unit: CalendarUnit = c.offset.unit === 'decade' || c.offset.unit === 'century' ? 'year' : c.offset.unit;
    return {
      value: unitValue(unit, n),
      interval: daySpanInterval(unitSpan(unit, n)),
      precision: unitPrecision(unit),
      approximate: true,
      anchor,
    };
  }

  // Quarters and halves of a year.
  if (c.fraction) {
    let y = c.year;
    let anchor: Anchor = 'absolute';
    if (y === undefined) {
      if (ctx.dct === null) return UNRESOLVED;
      y = civil(shift(ctx.dct, 'year', amountOf(c.rel))).y;
      anchor = 'publication';
    }
    const months = c.fraction.kind === 'Q' ? 3 : 6;
    const m = (c.fraction.n - 1) * months + 1;
    return {
      value: `${pad(y, 4)}-${c.fraction.kind}${c.fraction.n}`,
      interval: daySpanInterval({ start: dayNumber(y, m, 1), end: dayNumber(y, m + months, 1) }),
      precision: months === 3 ? 'season' : 'month',
      approximate: false,
      anchor,
    };
  }

  // Decades and centuries.
  if (c.decade || c.pattern === 'century') {
    let hundreds: number | null = null;
    let anchor: Anchor = 'absolute';
    if (c.century !== undefined) hundreds = (c.century - 1) * 100;
    else if (c.centuryRel !== undefined) {
      if (ctx.dct === null) return UNRESOLVED;
      hundreds = Math.floor(civil(ctx.dct).y / 100) * 100 + 100 * amountOf(c.centuryRel);
      anchor = 'publication';
    } else if (c.decade?.tens !== undefined) hundreds = 1900; // الخمسينيات, with no century, are the 1900s
    if (hundreds === null) return UNRESOLVED;
    let span: DaySpan;
    let unit: CalendarUnit;
    let value: string;
    if (c.decade) {
      const tens = c.decade.tens ?? (c.decade.ordinal ?? 1) - 1;
      const y = hundreds + tens * 10;
      span = { start: dayNumber(y, 1, 1), end: dayNumber(y + 10, 1, 1) };
      unit = 'decade';
      value = pad(y / 10, 3);
    } else {
      span = { start: dayNumber(hundreds, 1, 1), end: dayNumber(hundreds + 100, 1, 1) };
      unit = 'century';
      value = pad(hundreds / 100, 2);
    }
    if (c.part) span = partOf(span, unit, c.part);
    return { value, interval: daySpanInterval(span), precision: unit, approximate: c.part !== undefined, anchor };
  }

  // Hijri dates, months and years (Umm al-Qura).
  if (c.hijri) {
    const h = c.hijri;
    if (h.year !== undefined && h.month === undefined) {
      const start = fromHijri(h.year, 1, 1);
      const end = fromHijri(h.year + 1, 1, 1);
      if (start === null || end === null) return UNRESOLVED;
      return { value: `${h.year}AH`, interval: daySpanInterval({ start, end }), precision: 'year', approximate: false, anchor: 'absolute' };
    }
    if (h.month === undefined) return UNRESOLVED;
    let year = h.year;
    let anchor: Anchor = 'absolute';
    if (year === undefined && c.year !== undefined && h.day !== undefined) {
      // A Hijri day in a Gregorian year (عيد الأضحى 2024): the Hijri year whose day falls in it.
      const first = toHijri(dayNumber(c.year, 1, 1));
      if (!first) return UNRESOLVED;
      year = [first.y, first.y + 1].find((y) => {
        const n = fromHijri(y, h.month!, h.day!);
        return n !== null && civil(n).y === c.year;
      });
      if (year === undefined) return UNRESOLVED;
    }
    if (year === undefined) {
      if (ctx.dct === null) return UNRESOLVED;
      const now = toHijri(ctx.dct);
      if (!now) return UNRESOLVED;
      anchor = 'publication';
      const spans = [now.y - 1, now.y, now.y + 1].map((y) => ({ y, s: hijriMonthSpan(y, h.month!) }));
      const dct = ctx.dct;
      let pick: number | undefined;
      if (c.rel === 'next') pick = spans.find((x) => x.s && x.s.start > dct)?.y;
      else if (c.rel === 'last') pick = [...spans].reverse().find((x) => x.s && x.s.end <= dct)?.y;
      else if (c.rel === 'this' || !forward) pick = [...spans].reverse().find((x) => x.s && x.s.start <= dct)?.y;
      else pick = spans.find((x) => x.s && x.s.end > dct)?.y;
      if (pick === undefined) return UNRESOLVED;
      year = pick;
    }
    if (h.day !== undefined) {
      const n = fromHijri(year, h.month, h.day);
      if (n === null) return UNRESOLVED;
      return withTime(dayResult(n, anchor), n, c, ctx);
    }
    const s = hijriMonthSpan(year, h.month);
    if (!s) return UNRESOLVED;
    return { value: `${year}-${pad(h.month)}AH`, interval: daySpanInterval(s), precision: 'month', approximate: false, anchor };
  }

  // Seasons.
  if (c.season) {
    let y = c.year;
    let anchor: Anchor = 'absolute';
    if (y === undefined) {
      if (ctx.dct === null) return UNRESOLVED;
      anchor = 'publication';
      const dct = ctx.dct;
      const ys = [-2, -1, 0, 1].map((k) => civil(dct).y + k);
      if (c.yearRel !== undefined) y = civil(dct).y + amountOf(c.yearRel);
      else if (c.rel === 'last') y = [...ys].reverse().find((yy) => seasonSpan(c.season!, yy).end <= dct);
      else if (c.rel === 'next') y = ys.find((yy) => seasonSpan(c.season!, yy).start > dct);
      else y = ys.find((yy) => seasonSpan(c.season!, yy).end > dct);
      if (y === undefined) return UNRESOLVED;
    }
    let s = seasonSpan(c.season, y);
    if (c.part) s = partOf(s, 'week', c.part);
    return { value: `${pad(y, 4)}-${c.season}`, interval: daySpanInterval(s), precision: 'season', approximate: c.part !== undefined, anchor };
  }

  // Stated calendar fields: 20 يونيو 2024، يناير المقبل، عام 2019، الـ20 من الشهر الجاري.
  if (c.year !== undefined || c.month !== undefined || (c.day !== undefined && c.unit === 'month')) {
    let anchor: Anchor = 'absolute';
    let y = c.year;
    let m = c.month;
    if (m === undefined && c.day !== undefined) {
      // A day of a month counted from today.
      if (ctx.dct === null) return UNRESOLVED;
      const n = shift(ctx.dct, 'month', amountOf(c.rel));
      ({ y, m } = civil(n));
      anchor = 'publication';
    }
    if (m === undefined) {
      let s = unitSpan('year', dayNumber(y!, 1, 1));
      if (c.part) s = partOf(s, 'year', c.part);
      return { value: pad(y!, 4), interval: daySpanInterval(s), precision: 'year', approximate: c.part !== undefined, anchor };
    }
    if (y === undefined) {
      if (ctx.dct === null) return UNRESOLVED;
      anchor = 'publication';
      const dct = ctx.dct;
      const dy = civil(dct).y;
      const candidates = [dy - 1, dy, dy + 1];
      const month = m;
      if (c.day !== undefined) {
        const day = c.day;
        const dates = candidates.map((yy) => dayNumber(yy, month, day));
        if (c.rel === 'this') y = civil(dct).y;
        else if (c.rel === 'next') y = candidates[dates.findIndex((n) => n > dct)];
        else if (c.rel === 'last') y = candidates[dates.map((n) => n < dct).lastIndexOf(true)];
        else if (forward) y = candidates[dates.findIndex((n) => n >= dct)];
        else y = candidates[dates.map((n) => n <= dct).lastIndexOf(true)];
      } else {
        const spans = candidates.map((yy) => ({ yy, s: unitSpan('month', dayNumber(yy, month, 1)) }));
        if (c.rel === 'this') y = dy;
        else if (c.rel === 'next') y = spans.find((x) => x.s.start > dct)?.yy;
        else if (c.rel === 'last') y = [...spans].reverse().find((x) => x.s.end <= dct)?.yy;
        else if (forward) y = spans.find((x) => x.s.end > dct)?.yy;
        else y = [...spans].reverse().find((x) => x.s.start <= dct)?.yy;
      }
      if (y === undefined) return UNRESOLVED;
    }
    if (c.day !== undefined) {
      const n = dayNumber(y, m, c.day);
      if (civil(n).m !== m) return UNRESOLVED; // 31 June
      if (c.dayEnd !== undefined) {
        const last = dayNumber(y, m, c.dayEnd);
        if (civil(last).m !== m) return UNRESOLVED;
        // An ISO 8601 interval of the first and last day; the interval is half-open as always.
        return { ...dayResult(n, anchor), value: `${isoDay(n)}/${isoDay(last)}`, interval: { start: isoDay(n), end: isoDay(last + 1) } };
      }
      return withTime(dayResult(n, anchor), n, c, ctx);
    }
    let s = unitSpan('month', dayNumber(y, m, 1));
    if (c.part) s = partOf(s, 'month', c.part);
    return { value: `${pad(y, 4)}-${pad(m)}`, interval: daySpanInterval(s), precision: 'month', approximate: c.part !== undefined, anchor };
  }

  // A unit counted from today: العام الماضي، هذا الأسبوع، مطلع الشهر الماضي، في وقت سابق من هذا العام.
  if (c.unit !== undefined && c.deictic === undefined) {
    if (ctx.dct === null) return UNRESOLVED;
    if (c.unit === 'hour') return UNRESOLVED;
    const n = shift(ctx.dct, c.unit, amountOf(c.rel) * (c.count ?? 1));
    let s = unitSpan(c.unit, n);
    if (c.unit === 'day') return dayResult(n, 'publication');
    if (c.within === 'earlier' && s.start < ctx.dct && ctx.dct < s.end) s = { start: s.start, end: ctx.dct };
    else if (c.within === 'later' && s.start <= ctx.dct && ctx.dct + 1 < s.end) s = { start: ctx.dct + 1, end: s.end };
    if (c.part) s = partOf(s, c.unit, c.part);
    return { value: unitValue(c.unit, n), interval: daySpanInterval(s), precision: unitPrecision(c.unit), approximate: c.part !== undefined, anchor: 'publication' };
  }

  // Days: deictic words (with a weekday gloss, the weekday wins) and weekdays.
  if (c.deictic !== undefined || c.weekday !== undefined) {
    if (ctx.dct === null) return UNRESOLVED;
    let day: DayNumber;
    if (c.deictic !== undefined) {
      day = ctx.dct + c.deictic;
      if (c.weekday !== undefined) day = nearestWeekday(day, c.weekday);
    } else {
      day = weekdayDay(c.weekday!, c.rel, ctx.dct, forward || (c.rel === 'this' && ctx.future));
    }
    if (c.weekday2 !== undefined) return withTime(dayResult(day, 'publication'), day, { ...c, pod: c.pod ?? 'NI' }, ctx);
    return withTime(dayResult(day, 'publication'), day, c, ctx);
  }

  // A part of day or a clock time alone: on the day being told, else the publication day.
  if (hasTime(c)) {
    const day = ctx.paragraphDay ?? ctx.dct;
    if (day === null) return UNRESOLVED;
    return withTime(dayResult(day, ctx.paragraphDay !== null ? 'event' : 'publication'), day, c, ctx);
  }

  return pub(UNRESOLVED);
}
