/**
 * Feasts and days that news dates by name: "بعد عطلة عيد الأضحى", "عشية رأس السنة الهجرية".
 * Each names a day of the Hijri (Umm al-Qura) or Gregorian calendar; the resolver places it in
 * the year the context gives (stated year, الماضي/المقبل, tense), as it does a month and day.
 */
import type { HolidayDate } from '../types.js';

const h = (month: number, day: number): HolidayDate => ({ calendar: 'hijri', month, day });
const g = (month: number, day: number): HolidayDate => ({ calendar: 'gregory', month, day });

export const holidays: Readonly<Record<string, HolidayDate>> = {
  'عيد الفطر': h(10, 1),
  'عيد الفطر المبارك': h(10, 1),
  'عيد الأضحى': h(12, 10),
  'عيد الأضحى المبارك': h(12, 10),
  'يوم عرفة': h(12, 9),
  'يوم عرفات': h(12, 9),
  'وقفة عرفات': h(12, 9),
  'وقفة عرفة': h(12, 9),
  'رأس السنة الهجرية': h(1, 1),
  'يوم عاشوراء': h(1, 10),
  'عاشوراء': h(1, 10),
  'المولد النبوي': h(3, 12),
  'المولد النبوي الشريف': h(3, 12),
  'ذكرى المولد النبوي': h(3, 12),
  'ليلة القدر': h(9, 27),
  'ليلة الإسراء والمعراج': h(7, 27),
  'الإسراء والمعراج': h(7, 27),
  'ليلة النصف من شعبان': h(8, 15),
  'عيد الميلاد المجيد': g(12, 25),
  'رأس السنة الميلادية': g(1, 1),
  'عيد العمال': g(5, 1),
  'يوم العمال العالمي': g(5, 1),
};

/** The first, second… day of a feast: "ثاني أيام عيد الفطر" is the day after the feast's first. */
export const feastDayOrdinals: Readonly<Record<string, number>> = {
  'أول': 0,
  'أولى': 0,
  'ثاني': 1,
  'ثالث': 2,
  'رابع': 3,
};
