import type { Spellings, Tuple12 } from '../types.js';

/** Egypt / Gulf: transliterated Western names, with common variant spellings. */
export const egyptGulfMonths: Tuple12<Spellings> = [
  ['يناير'],
  ['فبراير', 'فبرابر'],
  ['مارس'],
  ['أبريل', 'إبريل', 'ابريل'],
  ['مايو'],
  ['يونيو', 'يونيه'],
  ['يوليو', 'يوليه'],
  ['أغسطس', 'اغسطس'],
  ['سبتمبر'],
  ['أكتوبر'],
  ['نوفمبر'],
  ['ديسمبر'],
];

/** Levant / Iraq: Syriac names. */
export const levantMonths: Tuple12<Spellings> = [
  ['كانون الثاني'],
  ['شباط'],
  ['آذار'],
  ['نيسان'],
  ['أيار'],
  ['حزيران'],
  ['تموز'],
  ['آب'],
  ['أيلول'],
  ['تشرين الأول'],
  ['تشرين الثاني'],
  ['كانون الأول'],
];

/** Maghreb (Algeria, Tunisia, Morocco): French names. */
export const maghrebMonths: Tuple12<Spellings> = [
  ['جانفي', 'يناير'],
  ['فيفري', 'فبراير'],
  ['مارس'],
  ['أفريل', 'أبريل'],
  ['ماي'],
  ['جوان', 'يونيو'],
  ['جويلية', 'يوليوز'],
  ['أوت', 'غشت'],
  ['سبتمبر', 'شتنبر'],
  ['أكتوبر'],
  ['نوفمبر', 'نونبر'],
  ['ديسمبر', 'دجنبر'],
];

/**
 * Month words that are also ordinary words or names: آب (father), أيار/تموز/نيسان/آذار (names),
 * مارس (he practised), ماي, جوان (a name). They count as months only with date context.
 */
export const ambiguousMonths: readonly string[] = ['آب', 'أيار', 'تموز', 'نيسان', 'آذار', 'مارس', 'ماي', 'جوان', 'أوت', 'غشت'];

/** Hijri months (Umm al-Qura), with the variant spellings of the second halves. */
export const hijriMonths: Tuple12<Spellings> = [
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الأول', 'ربيع أول'],
  ['ربيع الآخر', 'ربيع الثاني', 'ربيع ثاني'],
  ['جمادى الأولى', 'جمادى الأول'],
  ['جمادى الآخرة', 'جمادى الثانية', 'جمادى الآخر'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعدة', 'ذي القعدة', 'ذا القعدة'],
  ['ذو الحجة', 'ذي الحجة', 'ذا الحجة'],
];
