import type { Direction, EventAnchorWord, Part, Season, UnitWord } from '../types.js';

/** Fractions of a year: الربع الأول (Q1), النصف الثاني (H2). */
export const fractions: Readonly<Record<string, 'Q' | 'H'>> = { 'ربع': 'Q', 'نصف': 'H' };

/** Nouns that make a number after a preposition a count, not a year (في 2000 موقع). */
export const countNoun: Readonly<Record<string, true>> = Object.fromEntries(
  ['ألف', 'الف', 'مليون', 'مليار', 'دولار', 'يورو', 'جنيه', 'ريال', 'درهم', 'دينار', 'ليرة', 'شخص', 'قتيل', 'جريح', 'طن', 'كيلو', 'كيلومتر', 'متر', 'ميل', 'مرة', 'حالة', 'موقع', 'منزل', 'عائلة', 'طفل', 'امرأة', 'جندي', 'مقاتل', 'عنصر', 'برميل', 'سيارة', 'صاروخ', 'طائرة', 'فرد', 'عامل', 'موظف', 'طالب', 'مواطن', 'نسمة', 'ميغاواط', 'هكتار', 'دونم', 'وحدة', 'من'].map((w) => [w, true as const]),
);

/** Unit words in singular, accusative, dual and plural forms; the dual carries its count. */
export const units: Readonly<Record<string, UnitWord>> = {
  'ساعة': { unit: 'hour', count: 1 },
  'ساعتين': { unit: 'hour', count: 2 },
  'ساعتان': { unit: 'hour', count: 2 },
  'ساعات': { unit: 'hour', count: null },
  'يوم': { unit: 'day', count: 1 },
  'يوما': { unit: 'day', count: 1 },
  'يومًا': { unit: 'day', count: 1 },
  'يومين': { unit: 'day', count: 2 },
  'يومان': { unit: 'day', count: 2 },
  'أيام': { unit: 'day', count: null },
  'أسبوع': { unit: 'week', count: 1 },
  'أسبوعا': { unit: 'week', count: 1 },
  'أسبوعين': { unit: 'week', count: 2 },
  'أسبوعان': { unit: 'week', count: 2 },
  'أسابيع': { unit: 'week', count: null },
  'شهر': { unit: 'month', count: 1 },
  'شهرا': { unit: 'month', count: 1 },
  'شهرين': { unit: 'month', count: 2 },
  'شهران': { unit: 'month', count: 2 },
  'أشهر': { unit: 'month', count: null },
  'شهور': { unit: 'month', count: null },
  'سنة': { unit: 'year', count: 1 },
  'سنه': { unit: 'year', count: 1 },
  'سنتين': { unit: 'year', count: 2 },
  'سنتان': { unit: 'year', count: 2 },
  'سنوات': { unit: 'year', count: null },
  'سنين': { unit: 'year', count: null },
  'عام': { unit: 'year', count: 1 },
  'عاما': { unit: 'year', count: 1 },
  'عامًا': { unit: 'year', count: 1 },
  'عامين': { unit: 'year', count: 2 },
  'عامان': { unit: 'year', count: 2 },
  'أعوام': { unit: 'year', count: null },
  'عقد': { unit: 'decade', count: 1 },
  'عقدا': { unit: 'decade', count: 1 },
  'عقدين': { unit: 'decade', count: 2 },
  'عقدان': { unit: 'decade', count: 2 },
  'عقود': { unit: 'decade', count: null },
  'قرن': { unit: 'century', count: 1 },
  'قرنا': { unit: 'century', count: 1 },
  'قرنين': { unit: 'century', count: 2 },
  'قرون': { unit: 'century', count: null },
};

/** Modifiers of a single day, month, year… (العام الماضي، الأسبوع المقبل، الشهر الجاري). */
export const rel: Readonly<Record<string, Direction>> = {
  'الماضي': 'last',
  'الماضية': 'last',
  'الفائت': 'last',
  'الفائتة': 'last',
  'المنصرم': 'last',
  'المنصرمة': 'last',
  'المقبل': 'next',
  'المقبلة': 'next',
  'القادم': 'next',
  'القادمة': 'next',
  'الجاري': 'this',
  'الجارية': 'this',
  'الحالي': 'this',
  'الحالية': 'this',
};

/** Modifiers of counted spans (الأشهر الـ18 الماضية، العامين الماضيين، السنوات العشر الأخيرة). */
export const relPlural: Readonly<Record<string, Direction>> = {
  'الماضية': 'last',
  'الماضيين': 'last',
  'الماضيتين': 'last',
  'الفائتة': 'last',
  'المنصرمة': 'last',
  'الأخيرة': 'last',
  'الأخيرين': 'last',
  'الأخيرتين': 'last',
  'السابقة': 'last',
  'المقبلة': 'next',
  'المقبلين': 'next',
  'المقبلتين': 'next',
  'القادمة': 'next',
  'القادمين': 'next',
  'القادمتين': 'next',
};

/** Words placing a time inside a span: early, middle, late (مطلع، منتصف، أواخر). */
export const parts: Readonly<Record<string, Part>> = {
  'أوائل': 'early',
  'مطلع': 'early',
  'بداية': 'early',
  'بدايات': 'early',
  'مستهل': 'early',
  'أول': 'early',
  'منتصف': 'mid',
  'أواسط': 'mid',
  'أواخر': 'late',
  'نهاية': 'late',
  'نهايات': 'late',
  'ختام': 'late',
  'آخر': 'late',
};

export const seasons: Readonly<Record<string, Season>> = {
  'ربيع': 'SP',
  'صيف': 'SU',
  'خريف': 'FA',
  'شتاء': 'WI',
};

/** Calendar era markers after a year. */
export const eras: Readonly<Record<string, 'AH' | 'AD'>> = {
  'هـ': 'AH',
  'ه': 'AH',
  'للهجرة': 'AH',
  'هجري': 'AH',
  'هجرية': 'AH',
  'هجريا': 'AH',
  'م': 'AD',
  'ميلادي': 'AD',
  'ميلادية': 'AD',
  'ميلاديا': 'AD',
  'للميلاد': 'AD',
};

/** منذ/قبل count back from the day of speaking, بعد counts forward. */
export const offsetDir: Readonly<Record<string, 'ago' | 'ahead'>> = {
  'منذ': 'ago',
  'قبل': 'ago',
  'بعد': 'ahead',
};

/** Prepositions that a gold span includes before a time (في عام 2017، منذ عام 1950). */
export const lead: Readonly<Record<string, true>> = {
  'في': true,
  'منذ': true,
  'خلال': true,
  'عند': true,
  'حتى': true,
  'طوال': true,
  'إلى': true,
};

/**
 * Event-anchored words: the time is `amount` units from the event just told ('previous') or the
 * event named right after the word ('named': غداة توقيعه = the day after the signing).
 */
export const anchorWords: Readonly<Record<string, EventAnchorWord>> = {
  'في اليوم السابق': { unit: 'day', amount: -1, to: 'previous' },
  'اليوم السابق': { unit: 'day', amount: -1, to: 'previous' },
  'في اليوم الذي سبقه': { unit: 'day', amount: -1, to: 'previous' },
  'في اليوم التالي': { unit: 'day', amount: 1, to: 'previous' },
  'اليوم التالي': { unit: 'day', amount: 1, to: 'previous' },
  'في اليوم الذي تلاه': { unit: 'day', amount: 1, to: 'previous' },
  'في اليوم نفسه': { unit: 'day', amount: 0, to: 'previous' },
  'في اليوم ذاته': { unit: 'day', amount: 0, to: 'previous' },
  'في نفس اليوم': { unit: 'day', amount: 0, to: 'previous' },
  'اليوم نفسه': { unit: 'day', amount: 0, to: 'previous' },
  'اليوم ذاته': { unit: 'day', amount: 0, to: 'previous' },
  'نفس اليوم': { unit: 'day', amount: 0, to: 'previous' },
  'ذات اليوم': { unit: 'day', amount: 0, to: 'previous' },
  'في ذات اليوم': { unit: 'day', amount: 0, to: 'previous' },
  'بعد ذلك بيوم': { unit: 'day', amount: 1, to: 'previous' },
  'بعد ذلك بيومين': { unit: 'day', amount: 2, to: 'previous' },
  'بعدها بيوم': { unit: 'day', amount: 1, to: 'previous' },
  'بعدها بيومين': { unit: 'day', amount: 2, to: 'previous' },
  'قبل ذلك بيوم': { unit: 'day', amount: -1, to: 'previous' },
  'قبل ذلك بيومين': { unit: 'day', amount: -2, to: 'previous' },
  'قبلها بيوم': { unit: 'day', amount: -1, to: 'previous' },
  'قبلها بيومين': { unit: 'day', amount: -2, to: 'previous' },
  'في الأسبوع التالي': { unit: 'week', amount: 1, to: 'previous' },
  'في الأسبوع السابق': { unit: 'week', amount: -1, to: 'previous' },
  'في الشهر التالي': { unit: 'month', amount: 1, to: 'previous' },
  'في الشهر السابق': { unit: 'month', amount: -1, to: 'previous' },
  'في العام التالي': { unit: 'year', amount: 1, to: 'previous' },
  'العام التالي': { unit: 'year', amount: 1, to: 'previous' },
  'الشهر التالي': { unit: 'month', amount: 1, to: 'previous' },
  'الأسبوع التالي': { unit: 'week', amount: 1, to: 'previous' },
  'في العام السابق': { unit: 'year', amount: -1, to: 'previous' },
  'في السنة التالية': { unit: 'year', amount: 1, to: 'previous' },
  'في السنة السابقة': { unit: 'year', amount: -1, to: 'previous' },
  'غداة': { unit: 'day', amount: 1, to: 'named' },
  'عشية': { unit: 'day', amount: -1, to: 'named' },
  'صبيحة يوم': { unit: 'day', amount: 0, to: 'named' },
  'عقب': { unit: 'day', amount: 0, to: 'named', approximate: true },
  'إثر': { unit: 'day', amount: 0, to: 'named', approximate: true },
};
