/**
 * Gregorian month names used when Arabic dates are DISPLAYED (axis ticks, details, aria labels).
 * Arabic outlets write the same month under three families of names; a reader expects the names
 * of their region. Intl's ar-* locales differ from each other and between ICU versions, so the
 * names are data here and the renderer only borrows Intl's digits and ordering.
 * Checked against Node 20 (ICU 78): ar-SY/ar-LB/ar-IQ/ar-JO give the Levantine names, ar-EG/ar-SA
 * the Egyptian/Gulf ones, ar-DZ/ar-TN the Algerian/Tunisian (French) ones, ar-MA the Moroccan ones
 * (يوليوز، غشت), bare `ar` the Egyptian/Gulf ones with Latin digits.
 */

/** Exactly twelve names, January first; a missing month fails to compile. */
export type MonthNames = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/** A family of Arabic month names. */
export type ArabicMonthFamily = 'levant' | 'egypt' | 'maghreb' | 'morocco';

export const arabicMonthNames: Readonly<Record<ArabicMonthFamily, MonthNames>> = {
  // Levant and Iraq (Syriac names).
  levant: ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
  // Egypt, Sudan and the Gulf (transliterated).
  egypt: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  // Algeria and Tunisia (from French).
  maghreb: ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  // Morocco.
  morocco: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
};

/** Region subtag → month family. Regions not listed use the Egyptian/Gulf names, as Intl does. */
export const arabicMonthFamilyByRegion: Readonly<Record<string, ArabicMonthFamily>> = {
  SY: 'levant',
  LB: 'levant',
  JO: 'levant',
  PS: 'levant',
  IQ: 'levant',
  DZ: 'maghreb',
  TN: 'maghreb',
  MA: 'morocco',
};
