/**
 * How many things a mention says were signed, exchanged or killed ("وقع الطرفان 15 اتفاقاً",
 * "حوالى عشرة اتفاقات", "تبادل 390 أسيرا"): the DATA of src/events/findCount.ts. Outlets often
 * disagree on the count while telling one happening, so a count is kept as each source's claim
 * and never splits or disputes an event. Written plainly; the engine folds them.
 */
export interface CountsLocale {
  /** Words before a number that make it approximate: حوالى عشرة، نحو 20، ما وصل إلى 11. */
  approximators: readonly string[];
  /** Counted nouns per event type (bare stems; plural and case endings are matched by prefix). */
  nouns: Readonly<Partial<Record<string, readonly string[]>>>;
}

const AGREEMENTS = ['اتفاق', 'اتفاقية', 'اتفاقات', 'اتفاقيات', 'مذكرة', 'مذكرات', 'معاهدة', 'معاهدات', 'وثيقة', 'وثائق', 'عقد', 'عقود', 'صفقة', 'صفقات'];

export const counts: CountsLocale = {
  approximators: ['حوالى', 'حوالي', 'نحو', 'قرابة', 'زهاء', 'قرابه', 'ما يقارب', 'ما يقرب من', 'أكثر من', 'أقل من', 'ما يزيد على', 'ما يزيد عن', 'ما وصل إلى', 'ما يصل إلى', 'وصل إلى', 'يصل إلى', 'عشرات', 'مئات'],
  nouns: {
    signing: AGREEMENTS,
    agreement: AGREEMENTS,
    exchange: ['أسير', 'أسرى', 'أسيرا', 'سجين', 'سجناء', 'معتقل', 'معتقلين', 'محتجز', 'محتجزين', 'رهينة', 'رهائن', 'جثة', 'جثث', 'جثمان', 'جثامين', 'شخص', 'أشخاص', 'جندي', 'جنود'],
    release: ['أسير', 'أسرى', 'سجين', 'سجناء', 'معتقل', 'معتقلين', 'رهينة', 'رهائن', 'شخص', 'أشخاص'],
    attack: ['مسيرة', 'مسيرات', 'صاروخ', 'صواريخ', 'غارة', 'غارات', 'قتيل', 'قتلى', 'شخص', 'أشخاص'],
    death: ['قتيل', 'قتلى', 'شخص', 'أشخاص', 'جندي', 'جنود', 'مدني', 'مدنيين'],
  },
};
