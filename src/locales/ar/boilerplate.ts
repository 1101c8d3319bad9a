/**
 * Page-chrome markers of Arabic news sites: the DATA the generic segmenter
 * (src/segment/classifyLine.ts) reads to tell article text from captions, bylines, tag clouds and
 * related-article lists. All strings are written as they appear; the engine folds them with
 * `normalize` (hamza, ة/ه, ى/ي, diacritics) before comparing, so 'إقرأ أيضاً' also matches
 * 'اقرأ ايضا'.
 */
export interface BoilerplateLocale {
  /**
   * Photo agencies whose tag in brackets ends a caption: "… تو لام (أ.ب)". Compared after folding
   * and after removing dots and spaces, so "أ. ف. ب" = "أ.ف.ب" = "افب".
   */
  agencyTags: readonly string[];
  /** Whole lines that are page furniture: the "TT" photo-credit marker, "(وكالات)". */
  standaloneMarkers: readonly string[];
  /**
   * Page metadata lines start with one of these before a colon: "تحديث: 14:20", "نشر في: …",
   * "بقلم: …". They are page furniture, never article text.
   */
  metaPrefixes: readonly string[];
  /** A source line starts with one of these: "المصدر: الحرة". */
  sourcePrefixes: readonly string[];
  /** A tag cloud starts with one of these: "كلمات دلالية: …". */
  tagCloudPrefixes: readonly string[];
  /**
   * Labels that open a list of other articles: "مقالات ذات صلة", "إقرأ أيضاً:". What follows them
   * (titles, summaries, bullets) is not part of the article above.
   */
  relatedLabels: readonly string[];
  /** Characters that open a bulleted list item. */
  bullets: readonly string[];
  /** Dashes between an outlet and a city in a byline: "البلاد – واشنطن". */
  bylineDashes: readonly string[];
  /**
   * Sentence-final punctuation: a line ending in one of these (after closing quotes) is text, not
   * a title. Quotes are not in the list: titles often end with a quoted phrase.
   */
  sentenceEnd: readonly string[];
  /** Closing quotes and brackets skipped before looking for sentence-final punctuation. */
  closers: readonly string[];
  /** A question mark (ends an inline teaser's headline: "ماذا يريد بوتين وكيم…؟ وصل…"). */
  questionMarks: readonly string[];
}

export const boilerplate: BoilerplateLocale = {
  agencyTags: [
    'أ.ب',
    'أ.ف.ب',
    'ا.ف.ب',
    'د.ب.أ',
    'إ.ب.أ',
    'رويترز',
    'غيتي',
    'جيتي',
    'الأناضول',
    'الاناضول',
    'شينخوا',
    'تاس',
    'سبوتنيك',
    'وام',
    'واس',
    'سانا',
    'قنا',
    'كونا',
    'بنا',
    'وفا',
    'أ ش أ',
    'الفرنسية',
    'الأوروبية',
    'أسوشيتد برس',
    'أرشيفية',
    'أرشيف',
    'إكس',
    'AP',
    'AFP',
    'Reuters',
    'EPA',
    'Getty',
    'Getty Images',
    'Anadolu',
    'Xinhua',
    'TASS',
    'Sputnik',
    'DPA',
  ],
  standaloneMarkers: [
    'TT', '(وكالات)', 'وكالات', '(رويترز)', '(أ.ف.ب)', '(د.ب.أ)', '(أ.ب)',
    // Share buttons and page tools scraped as lines of their own.
    'شارك', 'شارك هذا المقال', 'شارك المقال', 'شارك الخبر', 'مشاركة', 'شاركها', 'انشر', 'طباعة', 'نسخ الرابط', 'تم نسخ الرابط',
    'فيسبوك', 'فيس بوك', 'تويتر', 'إكس', 'واتساب', 'واتس اب', 'تلغرام', 'تيليغرام', 'تليجرام', 'لينكد إن', 'لينكدإن', 'إنستغرام', 'انستجرام', 'يوتيوب', 'بريد إلكتروني',
    'Facebook', 'Twitter', 'X', 'WhatsApp', 'Telegram', 'LinkedIn', 'Email', 'Print',
    'تابعونا', 'تابعنا', 'حجم الخط', 'الرئيسية', 'عاجل',
  ],
  metaPrefixes: ['تحديث', 'آخر تحديث', 'تم التحديث', 'نشر في', 'نشر', 'نشر بتاريخ', 'تاريخ النشر', 'تم النشر', 'بتاريخ', 'التاريخ', 'بقلم', 'كتب', 'كتبت', 'إعداد', 'تحرير', 'وقت القراءة', 'مدة القراءة'],
  sourcePrefixes: ['المصدر', 'مصدر الخبر', 'المصادر'],
  tagCloudPrefixes: ['كلمات دلالية', 'كلمات مفتاحية', 'الكلمات الدلالية', 'الوسوم', 'وسوم', 'الكلمات المفتاحية', 'Tags'],
  relatedLabels: [
    'مقالات ذات صلة',
    'مقالات مشابهة',
    'مقالات متعلقة',
    'أخبار ذات صلة',
    'أخبار متعلقة',
    'أخبار مشابهة',
    'مواضيع ذات صلة',
    'مواضيع متعلقة',
    'موضوعات ذات صلة',
    'موضوعات متعلقة',
    'إقرأ أيضاً',
    'اقرأ أيضا',
    'اقرأ كذلك',
    'إقرأ المزيد',
    'اقرأ المزيد',
    'شاهد أيضا',
    'قد يهمك أيضا',
    'قد يهمك',
    'الأكثر قراءة',
    'الأكثر مشاهدة',
    'المزيد من الأخبار',
    'ننصحك بقراءة',
    'Related',
    'Read more',
  ],
  bullets: ['•', '●', '▪', '◾', '▫', '◦', '·', '*', '-', '–', '—', '►', '▶', '»'],
  bylineDashes: ['–', '-', '—', '|', '/'],
  sentenceEnd: ['.', '!', '؟', '?', ':', '؛', ';', '،', ',', '…'],
  closers: ['"', '”', '»', "'", ')', ' '],
  questionMarks: ['؟', '?'],
};
