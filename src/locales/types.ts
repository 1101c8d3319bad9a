/**
 * The shape of a locale's temporal rules. Everything here is data: the engine in src/time/ reads
 * it and knows no language. Tuples make a missing month or weekday a compile error.
 */
export type Tuple7<T> = readonly [T, T, T, T, T, T, T];
export type Tuple12<T> = readonly [T, T, T, T, T, T, T, T, T, T, T, T];

/** Spellings of one month or weekday: the first is the canonical one. */
export type Spellings = readonly string[];

export type PartOfDayCode = 'DAWN' | 'MO' | 'NOON' | 'AF' | 'EV' | 'NI' | 'MIDNIGHT';
export type CalendarUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';
/** Which way a modifier points: last (الماضي), next (المقبل), this (الجاري). */
export type Direction = 'last' | 'next' | 'this';
export type Part = 'early' | 'mid' | 'late';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** A unit word: the unit, and the count it carries by its own form (dual = 2), or null for plurals. */
export interface UnitWord {
  unit: CalendarUnit;
  count: 1 | 2 | null;
}

/** An event-anchored expression: its time is `amount` units from the anchoring event. */
export interface EventAnchorWord {
  unit: 'hour' | 'day' | 'week' | 'month' | 'year';
  amount: number;
  /** 'previous': the event just told; 'named': the event named right after (غداة توقيع…). */
  to: 'previous' | 'named';
  approximate?: boolean;
}

/** A runnable example of a pattern: `text` must produce a match whose text is `match` (default: all). */
export interface PatternExample {
  text: string;
  match?: string;
}

/**
 * One matcher. `source` is a regular expression over FOLDED text (see src/text/normalize.ts) in
 * which `{name}` expands to a lexicon as a named group, `{name:group}` names the group differently,
 * `{_}` is a bounded run of spaces and `{sep}` a space or a comma. Group names carry meaning to the
 * engine (see src/time/components.ts); the pattern is tried only at tokens listed in `triggers`
 * (lexicon references '@name', plain words, '#' for a number, '(' for a bracket).
 */
export interface PatternSpec {
  name: string;
  triggers: readonly string[];
  source: string;
  /** The match counts only if at least one of these groups took part in it. */
  requireAny?: readonly string[];
  examples: readonly PatternExample[];
}

/** A feast or named day: a day of the Hijri (Umm al-Qura) or Gregorian calendar, year left to context. */
export interface HolidayDate {
  calendar: 'hijri' | 'gregory';
  month: number;
  day: number;
}

/** Lexicons a pattern can cite by name. Keys are spellings (folded by the compiler). */
export interface Lexicons {
  weekday: Readonly<Record<string, number>>;
  month: Readonly<Record<string, number>>;
  hmonth: Readonly<Record<string, number>>;
  deictic: Readonly<Record<string, number>>;
  pod: Readonly<Record<string, PartOfDayCode>>;
  podAdverb: Readonly<Record<string, PartOfDayCode>>;
  hourWord: Readonly<Record<string, number>>;
  minuteWord: Readonly<Record<string, number>>;
  zone: Readonly<Record<string, string>>;
  num: Readonly<Record<string, number>>;
  unit: Readonly<Record<string, UnitWord>>;
  rel: Readonly<Record<string, Direction>>;
  part: Readonly<Record<string, Part>>;
  season: Readonly<Record<string, Season>>;
  decadeWord: Readonly<Record<string, number>>;
  ordinal: Readonly<Record<string, number>>;
  era: Readonly<Record<string, 'AH' | 'AD'>>;
  anchorWord: Readonly<Record<string, EventAnchorWord>>;
  offsetDir: Readonly<Record<string, 'ago' | 'ahead'>>;
  lead: Readonly<Record<string, true>>;
  [name: string]: Readonly<Record<string, unknown>>;
}

export interface Locale {
  id: string;
  lexicons: Lexicons;
  /** Words that need date context to be read as a month (آب = father, أيار/تموز = names). */
  ambiguousMonths: readonly string[];
  /** Patterns, tried in this order at each position; the longest match wins. */
  patterns: readonly PatternSpec[];
  /** Look-alikes: a tag overlapping a blocker match is dropped. */
  blockers: readonly PatternSpec[];
  /** Proclitics stripped from a token to find its trigger (و ف ب ل ك), and the article (ال). */
  clitics: { conjunctions: string; prepositions: string; article: string };
  tense: {
    /** Words that put the clause in the future (سوف، من المقرر، يعتزم …). */
    futureWords: readonly string[];
    /** A future verb prefix (سـ) as a regex over one folded word, and words it must not take. */
    futurePrefix: string;
    futurePrefixExceptions: readonly string[];
  };
  /** Characters that end a sentence or clause for tense and anchoring. */
  sentenceEnd: string;
}
