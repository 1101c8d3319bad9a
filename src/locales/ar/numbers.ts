/**
 * Number words as they count time units: masculine and feminine forms, nominative and
 * accusative/genitive (اثنان/اثنين), teens, tens and compounds (خمسة وعشرين).
 */
const ONES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['واحد', 'واحدة', 'أحد', 'إحدى']],
  [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين']],
  [3, ['ثلاثة', 'ثلاث']],
  [4, ['أربعة', 'أربع']],
  [5, ['خمسة', 'خمس']],
  [6, ['ستة', 'ست']],
  [7, ['سبعة', 'سبع']],
  [8, ['ثمانية', 'ثماني', 'ثمان']],
  [9, ['تسعة', 'تسع']],
];

const TENS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [20, ['عشرون', 'عشرين']],
  [30, ['ثلاثون', 'ثلاثين']],
  [40, ['أربعون', 'أربعين']],
  [50, ['خمسون', 'خمسين']],
  [60, ['ستون', 'ستين']],
  [70, ['سبعون', 'سبعين']],
  [80, ['ثمانون', 'ثمانين']],
  [90, ['تسعون', 'تسعين']],
];

function buildCardinals(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [n, forms] of ONES) for (const f of forms) out[f] = n;
  out['عشرة'] = 10;
  out['عشر'] = 10;
  for (const f of ['أحد عشر', 'إحدى عشرة', 'احدى عشر']) out[f] = 11;
  for (const f of ['اثنا عشر', 'اثني عشر', 'اثنتا عشرة', 'اثنتي عشرة']) out[f] = 12;
  for (const [n, forms] of ONES) {
    if (n < 3) continue;
    for (const f of forms) {
      out[`${f} عشر`] = 10 + n;
      out[`${f} عشرة`] = 10 + n;
    }
  }
  for (const [t, tens] of TENS) {
    for (const tf of tens) {
      out[tf] = t;
      for (const [n, forms] of ONES) for (const f of forms) out[`${f} و${tf}`] = t + n;
    }
  }
  for (const f of ['مائة', 'مئة']) out[f] = 100;
  for (const f of ['مئتين', 'مائتين', 'مئتي', 'مائتي']) out[f] = 200;
  return out;
}

/** Cardinal number words → value. */
export const cardinals: Readonly<Record<string, number>> = buildCardinals();

/** Masculine ordinals with the article (العقد الأول، القرن الحادي والعشرين). */
export const ordinals: Readonly<Record<string, number>> = {
  'الأول': 1,
  'الثاني': 2,
  'الثالث': 3,
  'الرابع': 4,
  'الخامس': 5,
  'السادس': 6,
  'السابع': 7,
  'الثامن': 8,
  'التاسع': 9,
  'العاشر': 10,
  'الحادي عشر': 11,
  'الثاني عشر': 12,
  'الثالث عشر': 13,
  'الرابع عشر': 14,
  'الخامس عشر': 15,
  'السادس عشر': 16,
  'السابع عشر': 17,
  'الثامن عشر': 18,
  'التاسع عشر': 19,
  'العشرين': 20,
  'العشرون': 20,
  'الحادي والعشرين': 21,
  'الحادي والعشرون': 21,
  'الحادي و العشرين': 21,
  'الثاني والعشرين': 22,
  'الثاني والعشرون': 22,
};

/** Day-of-month words: ordinals (السابع من أكتوبر) and غرة (the first). */
function buildDayWords(): Record<string, number> {
  const out: Record<string, number> = { 'غرة': 1, 'مستهل': 1 };
  const units = ['الحادي', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
  for (const [w, n] of Object.entries(ordinals)) if (n <= 19) out[w] = n;
  out['العشرين'] = 20;
  out['الثلاثين'] = 30;
  units.forEach((u, i) => {
    out[`${u} والعشرين`] = 21 + i;
    if (i === 0) out['الحادي والثلاثين'] = 31;
  });
  return out;
}

export const dayWords: Readonly<Record<string, number>> = buildDayWords();

/** Decade words (الخمسينيات) → tens digit; the century comes from context or defaults to 1900s. */
function buildDecades(): Record<string, number> {
  const stems: ReadonlyArray<readonly [number, string]> = [
    [2, 'عشرين'],
    [3, 'ثلاثين'],
    [4, 'أربعين'],
    [5, 'خمسين'],
    [6, 'ستين'],
    [7, 'سبعين'],
    [8, 'ثمانين'],
    [9, 'تسعين'],
  ];
  const out: Record<string, number> = {};
  for (const [d, s] of stems) {
    for (const suffix of ['يات', 'ات']) {
      out[`ال${s}${suffix}`] = d;
      out[`${s}${suffix}`] = d;
    }
  }
  return out;
}

export const decadeWords: Readonly<Record<string, number>> = buildDecades();
