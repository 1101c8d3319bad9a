/** Deictic day words → offset in days from the day of speaking (the publication date). */
export const deictic: Readonly<Record<string, number>> = {
  'اليوم': 0,
  'أمس': -1,
  'الأمس': -1, // figurative after a noun (حلفاء الأمس): see blockers.ts
  'البارحة': -1,
  'أول أمس': -2,
  'أول من أمس': -2,
  'أمس الأول': -2,
  'غدا': 1,
  'غداً': 1,
  'الغد': 1,
  'غد': 1,
  'بعد غد': 2,
  'بعد غدٍ': 2,
};

/** "Tonight" words: a night (TNI) at an offset from the day of speaking. */
export const tonight: Readonly<Record<string, number>> = {
  'الليلة': 0,
  'هذه الليلة': 0,
  'الليلة الماضية': -1,
  'ليلة أمس': -1,
  'ليل أمس': -1,
  'الليلة المقبلة': 0,
};
