/**
 * Bodies that act in Arabic news without being in the gazetteer ("أعلنت وزارة الصحة في قطاع غزة",
 * "اتهمت لجان المقاومة المحلية", "قوات الدعم السريع"): the DATA of src/events/findOrganizations.ts.
 * A head noun, then the words that complete it (a construct noun, definite words and adjectives) in
 * the same clause. Written plainly; the engine folds them.
 */
export interface OrganizationsLocale {
  /**
   * Head nouns of an organization's name. Written without the article they count with or without it
   * ("وزارة الصحة", "الوزارة"); written with it, only with it ("الخارجية", not "وزير خارجية").
   */
  heads: readonly string[];
  /**
   * Heads that name a body on their own when definite ("أعلنت الرئاسة", "وقالت الوزارة"): a later
   * bare mention refers back to the last organization of that head named in the article.
   */
  standalone: readonly string[];
  /** The longest name accepted, in words (head included). */
  maxWords: number;
}

export const organizations: OrganizationsLocale = {
  heads: [
    'وزارة', 'وزارات', 'الجيش', 'جيش', 'مجلس', 'هيئة', 'حركة', 'حزب', 'منظمة', 'وكالة', 'حكومة',
    'الحكومة', 'رئاسة', 'الرئاسة', 'البرلمان', 'محكمة', 'الشرطة', 'شرطة', 'قوات', 'لجنة', 'لجان',
    'اتحاد', 'بنك', 'مصرف', 'شركة', 'جماعة', 'فصائل', 'كتائب', 'سرايا', 'مفوضية', 'نقابة', 'بلدية',
    'الخارجية', 'الداخلية', 'الدفاع', 'النيابة', 'نيابة', 'جامعة', 'صندوق', 'برنامج', 'المكتب', 'مكتب',
  ],
  standalone: ['وزارة', 'الجيش', 'الحكومة', 'الرئاسة', 'البرلمان', 'الشرطة', 'المحكمة', 'الحركة', 'الهيئة', 'اللجنة', 'المنظمة', 'الوكالة', 'المجلس', 'الخارجية', 'الداخلية', 'النيابة', 'الشركة', 'المفوضية'],
  maxWords: 4,
};
