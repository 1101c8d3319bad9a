import type { Spellings, Tuple7 } from '../types.js';

/** Weekdays, Sunday first (index = JavaScript getDay()). Bare forms carry the article. */
export const weekdays: Tuple7<Spellings> = [
  ['الأحد'],
  ['الاثنين', 'الإثنين', 'الأثنين', 'الاثنبن'],
  ['الثلاثاء'],
  ['الأربعاء', 'الاربعاء'],
  ['الخميس'],
  ['الجمعة'],
  ['السبت'],
];
