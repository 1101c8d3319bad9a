/**
 * Titles that introduce a person in Arabic news ("الرئيس الفيتنامي تو لام", "المتحدث باسم الكرملين
 * دميتري بيسكوف"): the DATA of the title heuristic (src/events/findTitledPeople.ts), which finds
 * actors the gazetteer does not know. Written plainly; the engine folds them.
 */
export interface TitlesLocale {
  /** Titles, longest first is not required: the engine prefers the longest match. */
  titles: readonly string[];
  /** Words that may stand between a title and the name: السابق، الجديد. */
  modifiers: readonly string[];
  /** Prepositions that open a complement of the title: "لدى فيتنام", "باسم الكرملين". */
  complementPrepositions: readonly string[];
  /** Words that never belong to a person's name (function words, common verbs). */
  notNames: readonly string[];
  /** The longest name the heuristic accepts, in words. */
  maxNameWords: number;
  /** Name words after which a word with the article still belongs to the name: عبد العزيز، بن سلمان. */
  nameLinks: readonly string[];
  /** Titles whose complement can name where they are sent: "المبعوث الخاص إلى السودان". */
  destinationTitles: readonly string[];
  /** The prepositions of that complement. */
  destinationPrepositions: readonly string[];
}

export const titles: TitlesLocale = {
  titles: [
    'الرئيس',
    'رئيس',
    'رئيسة',
    'رئيس الوزراء',
    'رئيسة الوزراء',
    'رئيس الحكومة',
    'نائب الرئيس',
    'وزير',
    'وزيرة',
    'الوزير',
    'الوزيرة',
    'رئيسة الحكومة',
    'العاهل',
    'الرئيس التنفيذي',
    'المتحدثة',
    'الناطق',
    'المندوب',
    'السيدة',
    'السيد',
    'وزير الخارجية',
    'وزيرة الخارجية',
    'وزير الدفاع',
    'المتحدث باسم',
    'المتحدثة باسم',
    'الناطق باسم',
    'الناطقة باسم',
    'المتحدث',
    'الزعيم',
    'الملك',
    'الملكة',
    'الأمير',
    'الأميرة',
    'الشيخ',
    'ولي العهد',
    'السفير',
    'السفيرة',
    'الأمين العام',
    'المستشار',
    'مستشار',
    'مستشارة',
    'المبعوث',
    'المبعوثة',
    'المفوض',
    'الجنرال',
    'اللواء',
    'العميد',
    'الفريق',
    'السيناتور',
    'النائب',
    'القاضي',
    'الدكتور',
    'البروفيسور',
    'المحلل',
    'الباحث',
    'الخبير',
    'المدير',
    'المديرة',
    'قائد',
    'القائد',
    'حاكم',
    'محافظ',
    'عمدة',
    'رئيس بلدية',
    'البابا',
    'المرشد',
    'المواطن',
    'المواطنة',
    'نظيره',
    'نظيرته',
    'نظيرها',
    'ونظيره',
  ],
  modifiers: ['السابق', 'السابقة', 'الأسبق', 'الجديد', 'الجديدة', 'الحالي', 'الحالية', 'المنتخب', 'المنتخبة', 'الراحل', 'الراحلة', 'المكلف', 'المؤقت', 'الأعلى', 'العام'],
  complementPrepositions: ['لدى', 'باسم', 'في', 'ل', 'بـ'],
  notNames: [
    'في', 'على', 'إلى', 'الى', 'من', 'عن', 'مع', 'أن', 'إن', 'ان', 'الذي', 'التي', 'الذين', 'قد', 'لقد', 'بعد', 'قبل',
    'خلال', 'حيث', 'كما', 'أيضا', 'انه', 'إنه', 'أنه', 'قال', 'وقال', 'أكد', 'وأكد', 'أضاف', 'أشار', 'هو', 'هي', 'كان',
    'كانت', 'لدى', 'باسم', 'بين', 'عند', 'منذ', 'حول', 'بشأن', 'أمام', 'اليوم', 'أمس', 'غدا', 'الخميس', 'الجمعة', 'السبت',
    'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'يوم', 'لا', 'لم', 'لن', 'ما', 'وهو', 'وهي', 'ثم', 'أو', 'أم', 'بل',
    'بلاده', 'بلادها', 'عام', 'سنة', 'نفسه', 'ذلك', 'هذا', 'هذه', 'أول', 'آخر', 'وفقا',
    'بحسب', 'حسب', 'أثناء', 'لبلاده', 'إلا', 'غير', 'جدا', 'كل', 'بعض',
    // Clock-time glosses: "(الخامسة بتوقيت غرينتش)", "بالتوقيت المحلي".
    'توقيت', 'بتوقيت', 'ساعة', 'الساعة', 'صباحا', 'مساء', 'ظهرا', 'فجرا', 'ليلا',
  ],
  maxNameWords: 5,
  nameLinks: ['عبد', 'أبو', 'أبي', 'بن', 'بنت', 'ابن', 'آل', 'ولد'],
  destinationTitles: ['المبعوث', 'المبعوثة', 'مبعوث', 'الموفد', 'موفد', 'المندوب', 'السفير', 'السفيرة'],
  destinationPrepositions: ['إلى', 'الى'],
};
