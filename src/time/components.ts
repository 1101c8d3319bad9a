import type { CompiledLocale, CompiledPattern } from './compile.js';
import type { Components } from './types.js';
import type { CalendarUnit, Direction, EventAnchorWord, Part, PartOfDayCode, Season, UnitWord, HolidayDate } from '../locales/types.js';

type Groups = Readonly<Record<string, string | undefined>>;

function lookup<T>(cl: CompiledLocale, p: CompiledPattern, groups: Groups, group: string): T | undefined {
  const text = groups[group];
  if (text === undefined) return undefined;
  const lexName = p.groupLexicon[group];
  if (lexName === undefined) return undefined;
  const lex = cl.lexicons.get(lexName);
  const key = text.replace(/[ ]+/g, ' ');
  if (!lex) return undefined;
  if (lex.has(key)) return lex.get(key) as T;
  // The compiler lets ال be written لل after the preposition ل.
  if (key.startsWith('لل')) return lex.get('ال' + key.slice(2)) as T | undefined;
  return undefined;
}

function int(s: string | undefined): number | undefined {
  if (s === undefined || !/^\d+$/.test(s)) return undefined;
  return Number.parseInt(s, 10);
}

/**
 * Turns one match into the components it states, or null when the match is not a time after all
 * (a month word without date context, a day 45, a plural unit with no count). Group names are the
 * engine's vocabulary; their values come from the lexicon the pattern cited.
 */
export function buildComponents(cl: CompiledLocale, p: CompiledPattern, groups: Groups): Components | null {
  for (const g of p.requireAny) if (groups[g] !== undefined) return build(cl, p, groups);
  return p.requireAny.length === 0 ? build(cl, p, groups) : null;
}

function build(cl: CompiledLocale, p: CompiledPattern, groups: Groups): Components | null {
  const c: Components = { pattern: p.name };
  const L = <T>(g: string): T | undefined => lookup<T>(cl, p, groups, g);

  const weekday = L<number>('weekday');
  if (weekday !== undefined) c.weekday = weekday;
  const weekday2 = L<number>('weekday2');
  if (weekday2 !== undefined) {
    // A night range names two consecutive days.
    if (weekday === undefined || (weekday + 1) % 7 !== weekday2) return null;
    c.weekday2 = weekday2;
  }

  const rel = L<Direction>('rel');
  if (rel !== undefined) c.rel = rel;
  if (groups['this'] !== undefined) c.rel = 'this';
  const yearRel = L<Direction>('yrel');
  if (yearRel !== undefined) c.yearRel = yearRel;
  if (groups['ythis'] !== undefined) c.yearRel = 'this';

  const part = L<Part>('part');
  if (part !== undefined) c.part = part;

  const day = int(groups['day']) ?? L<number>('dayWord');
  if (groups['day'] !== undefined || groups['dayWord'] !== undefined) {
    if (day === undefined || day < 1 || day > 31) return null;
    c.day = day;
  }
  const dayEnd = int(groups['dayEnd']);
  if (dayEnd !== undefined) {
    // A range runs forward inside one month: 10 إلى 12 مايو, never 12 إلى 10.
    if (day === undefined || dayEnd <= day || dayEnd > 31) return null;
    c.dayEnd = dayEnd;
  }

  // Gregorian month: by name (one family or two agreeing) or by number.
  if (groups['month'] !== undefined) {
    const byNumber = int(groups['month']);
    const month = byNumber ?? L<number>('month');
    if (month === undefined || month < 1 || month > 12) return null;
    const month2 = L<number>('month2');
    if (groups['month2'] !== undefined && month2 !== month) return null;
    if (byNumber === undefined && cl.ambiguousMonths.has(groups['month']!.replace(/[ ]+/g, ' '))) {
      const context =
        day !== undefined ||
        groups['year'] !== undefined ||
        groups['month2'] !== undefined ||
        groups['monthKw'] !== undefined ||
        groups['inPrep'] !== undefined ||
        rel !== undefined;
      if (!context) return null;
    }
    c.month = month;
  }
  const era = L<'AH' | 'AD'>('era');
  const year = int(groups['year']);
  if (year !== undefined) {
    if (era === 'AH') c.hijri = { year };
    else if (year < 1000 || year > 2199) return null;
    else c.year = year;
  }

  const hmonth = L<number>('hmonth') ?? int(groups['hmonthNum']) ?? int(groups['hmonthNum2']);
  if (hmonth !== undefined) {
    const hday = int(groups['hday']) ?? L<number>('hdayw') ?? int(groups['hday2']);
    const hyear = int(groups['hyear']) ?? int(groups['hyear2']);
    if (hmonth < 1 || hmonth > 12) return null;
    if (hday !== undefined && (hday < 1 || hday > 30)) return null;
    if (era === 'AD') return null;
    c.hijri = {
      month: hmonth,
      ...(hday !== undefined ? { day: hday } : {}),
      ...(hyear !== undefined ? { year: hyear } : {}),
    };
  }

  const holiday = L<HolidayDate>('holiday');
  if (holiday !== undefined) {
    const day = holiday.day + (L<number>('feastDay') ?? 0);
    if (holiday.calendar === 'gregory') {
      c.month = holiday.month;
      c.day = day;
    } else {
      // A Gregorian year with a Hijri feast ("عيد الأضحى 2024") stays in c.year: the resolver
      // finds the feast inside that year.
      c.hijri = { ...c.hijri, month: holiday.month, day };
    }
  }

  const season = L<Season>('season');
  if (season !== undefined) c.season = season;

  const decadeWord = L<number>('decadeWord');
  if (decadeWord !== undefined) c.decade = { tens: decadeWord };
  const decadeOrd = L<number>('decadeOrd');
  if (decadeOrd !== undefined) {
    if (decadeOrd < 1 || decadeOrd > 10) return null;
    c.decade = { ordinal: decadeOrd };
  }
  const century = L<number>('century') ?? int(groups['centuryNum']);
  if (century !== undefined) {
    if (century < 1 || century > 22) return null;
    c.century = century;
  }
  if ((c.decade !== undefined || p.name === 'century') && rel !== undefined && century === undefined) {
    c.centuryRel = rel;
    delete c.rel;
  }

  const deictic = L<number>('deictic');
  if (deictic !== undefined) c.deictic = deictic;
  if (groups['today'] !== undefined) c.deictic = 0;
  const tonight = L<number>('tonight');
  if (tonight !== undefined) {
    c.deictic = tonight;
    c.pod = 'NI';
  }

  const pod = L<PartOfDayCode>('pod') ?? L<PartOfDayCode>('podAdverb');
  if (pod !== undefined) c.pod = pod;
  if (groups['early'] !== undefined) c.podEdge = 'early';
  if (groups['late'] !== undefined) c.podEdge = 'late';

  const hour = int(groups['hour']) ?? L<number>('hourw');
  if (hour !== undefined) {
    let minute = int(groups['minute']) ?? 0;
    let h = hour;
    const mw = L<number>('minuteWord');
    if (mw !== undefined) {
      if (mw < 0) {
        h = h - 1;
        minute = 60 + mw;
      } else minute = mw;
    }
    if (h < 0 || h > 24 || minute > 59) return null;
    const ampm = L<PartOfDayCode>('podAdverb') ?? L<PartOfDayCode>('podc');
    if (ampm !== undefined) {
      delete c.pod;
      if ((ampm === 'AF' || ampm === 'EV') && h < 12) h += 12;
      if (ampm === 'NI' && h >= 6 && h < 12) h += 12;
      if (ampm === 'MO' && h === 12) h = 0;
    }
    c.hour = h % 24;
    c.minute = minute;
  }
  const zone = L<string>('zone');
  if (zone !== undefined) c.zone = zone;

  const unitWord = L<UnitWord>('unit');
  const num = int(groups['num']) ?? L<number>('numw');
  const dir = L<'ago' | 'ahead'>('dir');
  if (unitWord !== undefined) {
    let count = num ?? unitWord.count;
    let offsetUnit = unitWord.unit;
    let half = false;
    if (groups['half'] !== undefined && count !== null) {
      // "عام ونصف" is eighteen months; for shorter units the half only makes the time approximate.
      if (offsetUnit === 'year') [offsetUnit, count] = ['month', count * 12 + 6];
      else if (offsetUnit === 'decade') [offsetUnit, count] = ['year', count * 10 + 5];
      else if (offsetUnit === 'century') [offsetUnit, count] = ['year', count * 100 + 50];
      else half = true;
    }
    const anchorPattern = p.name === 'event-offset';
    if (anchorPattern) {
      // قبل أيام من…: a few days; the count is then only a floor.
      c.anchor = {
        unit: offsetUnit === 'decade' || offsetUnit === 'century' ? 'year' : offsetUnit,
        amount: (dir === 'ago' ? -1 : 1) * (count ?? 3) * (offsetUnit === 'decade' ? 10 : offsetUnit === 'century' ? 100 : 1),
        to: 'named',
        ...(count === null || half ? { approximate: true } : {}),
      } as EventAnchorWord;
    } else if (dir !== undefined) {
      if (count === null) return null; // منذ سنوات: no count, no date
      c.offset = { unit: offsetUnit, amount: count, dir };
      if (groups['approx'] !== undefined || half) c.approximate = true;
    } else if (groups['within'] !== undefined) {
      if (unitWord.count !== 1) return null;
      c.unit = unitWord.unit;
    } else if (p.name === 'counted-span') {
      if (count === null || count === 1 || rel === undefined || rel === 'this') return null;
      c.span = { unit: unitWord.unit, amount: count, dir: rel };
      delete c.rel;
    } else {
      // A single unit counted from today: العام الماضي، هذا الأسبوع.
      if (unitWord.count !== 1 || num !== undefined) return null;
      c.unit = unitWord.unit;
      if (c.rel === undefined && (p.name === 'part-of-current-unit' || p.name === 'day-of-relative-month')) c.rel = 'this';
    }
  }
  if (groups['beforeLast'] !== undefined && c.unit !== undefined) {
    c.rel = 'last';
    c.count = 2;
  }
  if (groups['within'] !== undefined) {
    const w = groups['within'];
    c.within = w === 'سابق' || w === 'مبكر' ? 'earlier' : 'later';
  }

  const fraction = L<'Q' | 'H'>('fraction');
  if (fraction !== undefined) {
    const n = L<number>('fractionOrd');
    if (n === undefined || n < 1 || n > (fraction === 'Q' ? 4 : 2)) return null;
    c.fraction = { kind: fraction, n };
    if (c.unit !== undefined && c.unit !== 'year') return null;
  }

  const anchor = L<EventAnchorWord>('anchorWord');
  if (anchor !== undefined) c.anchor = anchor;

  return c;
}

/** The unit words' calendar unit, for callers that only need it. */
export type { CalendarUnit };
