import type { CalendarUnit, Direction, EventAnchorWord, Part, PartOfDayCode, Season } from '../locales/types.js';

/**
 * What a match states, field by field (chrono's "known values"). Everything absent is implied
 * later by the resolver from context, which is what decides precision and anchor.
 */
export interface Components {
  pattern: string;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Second weekday of a cross-midnight night (ليل الأربعاء الخميس). */
  weekday2?: number;
  hijri?: { year?: number; month?: number; day?: number };
  season?: Season;
  /** Decade: tens digit or ordinal within a century; century ordinal or relative. */
  decade?: { tens?: number; ordinal?: number };
  century?: number;
  centuryRel?: Direction;
  part?: Part;
  deictic?: number;
  rel?: Direction;
  /** The last day of a range of days in one month (من 10 إلى 12 مايو): 12. */
  dayEnd?: number;
  /** The year a season belongs to, counted from today: صيف العام الماضي (last), ربيع هذا العام (this). */
  yearRel?: Direction;
  /** A unit counted from today: العام الماضي (with rel), هذا العام (this). */
  unit?: CalendarUnit;
  count?: number;
  offset?: { unit: CalendarUnit; amount: number; dir: 'ago' | 'ahead' };
  span?: { unit: CalendarUnit; amount: number; dir: Direction };
  within?: 'earlier' | 'later';
  pod?: PartOfDayCode;
  podEdge?: 'early' | 'late';
  hour?: number;
  minute?: number;
  zone?: string;
  /** A clock time in another zone glossing this one: عند الظهر (الخامسة بتوقيت غرينتش). */
  gloss?: { hour: number; minute: number; zone: string };
  anchor?: EventAnchorWord;
  /** A quarter or half of a year: الربع الأول (Q1), النصف الثاني (H2). */
  fraction?: { kind: 'Q' | 'H'; n: number };
  approximate?: boolean;
}

/** A tag before resolution: a span of the folded text and what it states. */
export interface RawTag {
  start: number;
  end: number;
  components: Components;
}
