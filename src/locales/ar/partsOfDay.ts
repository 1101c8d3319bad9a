import type { PartOfDayCode } from '../types.js';

/** Parts of day in construct before a day (صباح الخميس، مساء أمس). */
export const pod: Readonly<Record<string, PartOfDayCode>> = {
  'فجر': 'DAWN',
  'صباح': 'MO',
  'صبيحة': 'MO',
  'ضحى': 'MO',
  'ظهر': 'NOON',
  'ظهيرة': 'NOON',
  'بعد ظهر': 'AF',
  'عصر': 'AF',
  'مساء': 'EV',
  'ليل': 'NI',
  'ليلة': 'NI',
  'منتصف ليل': 'MIDNIGHT',
  'منتصف ليلة': 'MIDNIGHT',
};

/** Nights that can span two named days (ليل الأربعاء الخميس). */
export const night: Readonly<Record<string, PartOfDayCode>> = {
  'ليل': 'NI',
  'ليلة': 'NI',
};

/** Parts of day standing alone as adverbs (غادر مساءً، عند الظهر). */
export const podAdverb: Readonly<Record<string, PartOfDayCode>> = {
  'فجرا': 'DAWN',
  'فجراً': 'DAWN',
  'عند الفجر': 'DAWN',
  'صباحا': 'MO',
  'صباحاً': 'MO',
  'في الصباح': 'MO',
  'ظهرا': 'NOON',
  'ظهراً': 'NOON',
  'عند الظهر': 'NOON',
  'الظهر': 'NOON',
  'بعد الظهر': 'AF',
  'عصرا': 'AF',
  'عصراً': 'AF',
  'مساء': 'EV',
  'مساءً': 'EV',
  'مساءا': 'EV',
  'في المساء': 'EV',
  'ليلا': 'NI',
  'ليلاً': 'NI',
  'منتصف الليل': 'MIDNIGHT',
  'عند منتصف الليل': 'MIDNIGHT',
};

/** Ordinal hour words (الخامسة = five o'clock). */
export const hourWord: Readonly<Record<string, number>> = {
  'الواحدة': 1,
  'الثانية': 2,
  'الثالثة': 3,
  'الرابعة': 4,
  'الخامسة': 5,
  'السادسة': 6,
  'السابعة': 7,
  'الثامنة': 8,
  'التاسعة': 9,
  'العاشرة': 10,
  'الحادية عشرة': 11,
  'الحادية عشر': 11,
  'الثانية عشرة': 12,
  'الثانية عشر': 12,
};

/** Fractions after an hour: minutes to add (negative: إلا ربعاً, a quarter to). */
export const minuteWord: Readonly<Record<string, number>> = {
  'والنصف': 30,
  'ونصف': 30,
  'والربع': 15,
  'وربع': 15,
  'والثلث': 20,
  'وثلث': 20,
  'إلا ربعا': -15,
  'إلا ربع': -15,
  'إلا الربع': -15,
  'إلا ثلثا': -20,
  'إلا الثلث': -20,
};

/**
 * Time zones glossed in text. 'local' is the outlet's zone (the `timezone` option), 'UTC' for
 * Greenwich; cities map to IANA zones.
 */
export const zone: Readonly<Record<string, string>> = {
  'بتوقيت غرينتش': 'UTC',
  'بتوقيت غرينيتش': 'UTC',
  'بتوقيت جرينتش': 'UTC',
  'بتوقيت جرينيتش': 'UTC',
  'بتوقيت غريتش': 'UTC',
  'غرينتش': 'UTC',
  'بالتوقيت العالمي': 'UTC',
  'بالتوقيت العالمي الموحد': 'UTC',
  'ت.غ': 'UTC',
  'بتوقيت مكة': 'Asia/Riyadh',
  'بتوقيت مكة المكرمة': 'Asia/Riyadh',
  'بتوقيت السعودية': 'Asia/Riyadh',
  'بتوقيت الرياض': 'Asia/Riyadh',
  'بتوقيت القاهرة': 'Africa/Cairo',
  'بتوقيت مصر': 'Africa/Cairo',
  'بتوقيت بيروت': 'Asia/Beirut',
  'بتوقيت لبنان': 'Asia/Beirut',
  'بتوقيت دمشق': 'Asia/Damascus',
  'بتوقيت بغداد': 'Asia/Baghdad',
  'بتوقيت القدس': 'Asia/Jerusalem',
  'بتوقيت فلسطين': 'Asia/Gaza',
  'بتوقيت غزة': 'Asia/Gaza',
  'بتوقيت الدوحة': 'Asia/Qatar',
  'بتوقيت قطر': 'Asia/Qatar',
  'بتوقيت الكويت': 'Asia/Kuwait',
  'بتوقيت الإمارات': 'Asia/Dubai',
  'بتوقيت أبوظبي': 'Asia/Dubai',
  'بتوقيت دبي': 'Asia/Dubai',
  'بتوقيت المنامة': 'Asia/Bahrain',
  'بتوقيت مسقط': 'Asia/Muscat',
  'بتوقيت الخرطوم': 'Africa/Khartoum',
  'بتوقيت طرابلس': 'Africa/Tripoli',
  'بتوقيت تونس': 'Africa/Tunis',
  'بتوقيت الجزائر': 'Africa/Algiers',
  'بتوقيت المغرب': 'Africa/Casablanca',
  'بتوقيت الرباط': 'Africa/Casablanca',
  'بتوقيت صنعاء': 'Asia/Aden',
  'بتوقيت طهران': 'Asia/Tehran',
  'بتوقيت أنقرة': 'Europe/Istanbul',
  'بتوقيت إسطنبول': 'Europe/Istanbul',
  'بتوقيت موسكو': 'Europe/Moscow',
  'بتوقيت كييف': 'Europe/Kyiv',
  'بتوقيت لندن': 'Europe/London',
  'بتوقيت باريس': 'Europe/Paris',
  'بتوقيت برلين': 'Europe/Berlin',
  'بتوقيت واشنطن': 'America/New_York',
  'بتوقيت نيويورك': 'America/New_York',
  'بتوقيت بكين': 'Asia/Shanghai',
  'بتوقيت طوكيو': 'Asia/Tokyo',
  'بتوقيت هانوي': 'Asia/Ho_Chi_Minh',
  'بتوقيت بيونغ يانغ': 'Asia/Pyongyang',
  'بالتوقيت المحلي': 'local',
  'بالتوقيت المحلي للعاصمة': 'local',
};
