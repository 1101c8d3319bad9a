// Properties of tagTimes over arbitrary text: it never throws, every span slices the input, every
// interval is non-empty, and results come sorted without overlaps. The Arabic-heavy arbitrary
// mixes the very tokens the rules look for (weekday and month names, digits of three systems,
// brackets, slashes, clitics, diacritics, odd spaces) so that rule edges are actually reached.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTimes } from '../../src/index.js';
import type { ParseOptions, TemporalExpression } from '../../src/model/types.js';

const WORDS = [
  'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'الجمعه', 'السبت', 'يوم', 'ويوم',
  'الماضي', 'المقبل', 'القادم', 'الفائت', 'المنصرم', 'الجاري', 'هذا', 'اليوم', 'أمس', 'بالأمس', 'أول', 'غدا', 'غداً',
  'بعد', 'قبل', 'منذ', 'خلال', 'في', 'من', 'إلى', 'الليلة', 'ليل', 'ليلة', 'صباح', 'مساء', 'ظهر', 'الظهر', 'فجر',
  'منتصف', 'مطلع', 'أواخر', 'أوائل', 'الساعة', 'الخامسة', 'والنصف', 'بتوقيت', 'غرينتش', 'يناير', 'فبراير', 'مارس',
  'أبريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون', 'الثاني',
  'الأول', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين', 'جانفي', 'فيفري', 'أفريل',
  'ماي', 'جوان', 'جويلية', 'أوت', 'محرم', 'صفر', 'ربيع', 'جمادى', 'الأولى', 'الآخرة', 'رجب', 'شعبان', 'رمضان',
  'شوال', 'ذو', 'ذي', 'القعدة', 'الحجة', 'هـ', 'ه', 'للهجرة', 'م', 'ميلادي', 'عام', 'العام', 'سنة', 'عاما', 'سنوات',
  'أعوام', 'عامين', 'يومين', 'أيام', 'أسبوع', 'أسبوعين', 'شهر', 'شهرين', 'أشهر', 'عقد', 'عقود', 'القرن', 'الحادي',
  'والعشرين', 'الخمسينيات', 'التسعينيات', 'الذكرى', 'الـ', 'الـ18', 'ثلاثة', 'عشرة', 'اثنين', 'غداة', 'عشية',
  'السابق', 'التالي', 'نفسه', 'وقت', 'سابق', 'مبكر', 'صيف', 'خريف', 'شتاء', 'الربيع', 'مليون', 'دولار', 'نسمة',
];
const PUNCT = ['(', ')', '[', ']', '«', '»', '/', '-', '–', '،', '.', ':', '"', '“', '”', '؟', '\n', '\n\n'];
const SPACES = [' ', ' ', ' ', '\u00a0', '\u2009', '\u202f', '\u200f', '\u200e', '\t'];
const MARKS = ['\u064b', '\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0670', '\u0640'];

// FC_RUNS=20 npx vitest run test/property --testTimeout=0 runs twenty times as many cases.
const RUNS = Math.max(1, Number(process.env.FC_RUNS ?? 1));

const asciiNum = fc.integer({ min: 0, max: 3000 }).map(String);
const toEastern = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));
const toPersian = (s: string): string => s.replace(/\d/g, (d) => String.fromCharCode(0x6f0 + Number(d)));
const number = fc.oneof(asciiNum, asciiNum.map(toEastern), asciiNum.map(toPersian));
const numericDate = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 2100 }))
  .map(([d, m, y]) => `${d}/${m}/${y}`)
  .chain((s) => fc.constantFrom(s, toEastern(s), toPersian(s)));
const word = fc.constantFrom(...WORDS);
// A word with diacritics or tatweel sprinkled after random letters.
const markedWord = fc
  .tuple(word, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MARKS)), { maxLength: 3 }))
  .map(([w, marks]) => {
    let out = w;
    for (const [at, mark] of marks) {
      const i = (at % out.length) + 1;
      out = out.slice(0, i) + mark + out.slice(i);
    }
    return out;
  });
const clitic = fc.tuple(fc.constantFrom('و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول'), word).map(([c, w]) => c + w);

const token = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 2, arbitrary: markedWord },
  { weight: 2, arbitrary: clitic },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: numericDate },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const separator = fc.constantFrom(...SPACES, '');
const arabicText = fc
  .array(fc.tuple(token, separator), { maxLength: 60 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));

const anyText = fc.oneof(
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 4, arbitrary: arabicText },
);

const options = fc.record(
  {
    published: fc.constantFrom('2024-06-20', '2024-12-31', '2025-03-01', '2024-02-29', '2024-06-20T23:30:00+03:00'),
    forwardDate: fc.boolean(),
    timezone: fc.constantFrom('Asia/Riyadh', 'Africa/Cairo', 'Asia/Beirut', 'Africa/Casablanca', 'UTC'),
  },
  { requiredKeys: [] },
);

const ISO = /^(-?)(\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** A sortable number for an interval bound ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm', years may be negative). */
function isoKey(s: string): number {
  const m = ISO.exec(s);
  expect(m, `interval bound ${JSON.stringify(s)} is not 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm'`).not.toBeNull();
  const [, sign, y, mo, d, h, mi] = m!;
  const year = Number(y) * (sign ? -1 : 1);
  return ((((year * 13 + Number(mo)) * 32 + Number(d)) * 25 + Number(h ?? 0)) * 60) + Number(mi ?? 0);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function checkInvariants(input: string, found: TemporalExpression[]): void {
  expect(Array.isArray(found)).toBe(true);
  let prevEnd = 0;
  for (const e of found) {
    expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(input.length);
    expect(e.start).toBeLessThan(e.end);
    expect(e.text).toBe(input.slice(e.start, e.end));
    // Sorted and non-overlapping.
    expect(e.start).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = e.end;
    // A span never cuts a surrogate pair in two.
    expect(isHighSurrogate(input.charCodeAt(e.end - 1))).toBe(false);
    if (e.interval) {
      expect(isoKey(e.interval.start) < isoKey(e.interval.end), `empty interval ${JSON.stringify(e)}`).toBe(true);
    }
    if (e.anchor === 'unresolved') expect(e.interval).toBeNull();
  }
}

describe('tagTimes properties', () => {
  it('never throws and returns well-formed spans for any string', () => {
    fc.assert(
      fc.property(anyText, options, (input, opts) => {
        checkInvariants(input, tagTimes(input, opts as ParseOptions));
      }),
      { numRuns: 400 * RUNS },
    );
  });

  it('holds without a publication date', () => {
    fc.assert(
      fc.property(arabicText, (input) => {
        const found = tagTimes(input);
        checkInvariants(input, found);
      }),
      { numRuns: 200 * RUNS },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arabicText, options, (input, opts) => {
        expect(tagTimes(input, opts as ParseOptions)).toEqual(tagTimes(input, opts as ParseOptions));
      }),
      { numRuns: 100 * RUNS },
    );
  });

  it('reports spans in the original text when diacritics and odd spaces are inserted', () => {
    const input = 'وَصَلَ\u00a0الرئيسُ يَوْمَ\u00a0الخَمِيسِ\u200f الماضي إلى ١٥/٣/٢٠٢٥';
    checkInvariants(input, tagTimes(input, { published: '2025-03-20' }));
  });
});

describe('tagTimes bad input', () => {
  const nonStrings: unknown[] = [undefined, null, 42, {}, ['الخميس'], Symbol('x'), new String('الخميس')];
  it.each(nonStrings.map((v) => [String(typeof v === 'symbol' ? 'symbol' : JSON.stringify(v) ?? v), v] as const))(
    'rejects non-string text %s with a TypeError naming the argument',
    (_, v) => {
      expect(() => tagTimes(v as string)).toThrow(TypeError);
      expect(() => tagTimes(v as string)).toThrow(/text/);
    },
  );

  it.each(['yesterday', '2024-13-45', '2024-02-30', '20/06/2024', '', '2024-6-1x'])(
    'rejects published %j with a RangeError quoting it',
    (bad) => {
      expect(() => tagTimes('الخميس', { published: bad })).toThrow(RangeError);
      if (bad !== '') expect(() => tagTimes('الخميس', { published: bad })).toThrow(bad);
    },
  );

  it.each(['Mars/Olympus', 'GMT+99', 'not a zone'])('rejects timezone %j with a RangeError quoting it', (bad) => {
    expect(() => tagTimes('الخميس', { published: '2024-06-20', timezone: bad })).toThrow(RangeError);
    expect(() => tagTimes('الخميس', { published: '2024-06-20', timezone: bad })).toThrow(bad);
  });

  it('accepts a full ISO 8601 publication time and an IANA zone', () => {
    expect(() => tagTimes('الخميس', { published: '2024-06-20T08:15:00Z', timezone: 'Asia/Riyadh' })).not.toThrow();
  });

  it('returns [] for empty text', () => {
    expect(tagTimes('')).toEqual([]);
    expect(tagTimes('', { published: '2024-06-20' })).toEqual([]);
  });

  it('returns [] for text without any time word', () => {
    expect(tagTimes('قال المتحدث إن المحادثات كانت بناءة ومثمرة.', { published: '2024-06-20' })).toEqual([]);
  });
});
