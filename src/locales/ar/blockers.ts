import type { PatternSpec } from '../types.js';

/**
 * Look-alikes: spans that read like times but are not. A tag overlapping one of these is dropped.
 * Same placeholder language as patterns.ts.
 */
export const blockers: readonly PatternSpec[] = [
  {
    // العام is also the adjective "general": الأمين العام السابق is a former secretary-general.
    name: 'general-adjective',
    triggers: ['@generalNoun'],
    source: '{c}{generalNoun}{_}{al}عام(?![\\p{L}\\p{N}])',
    examples: [
      { text: 'الأمين العام المقبل للأمم المتحدة', match: 'الأمين العام' },
      { text: 'النائب العام السابق', match: 'النائب العام' },
    ],
  },
  {
    // An age in brackets or after عمر: "(59 عاما)", "البالغ من العمر 70 عاما".
    name: 'age',
    triggers: ['(', 'عمر', 'العمر', 'عمره', 'عمرها', 'البالغ', 'البالغة', 'يبلغ', 'تبلغ'],
    source:
      '(?:\\({s}\\d{1,3}{s}(?:عاما|عام|سنة|سنوات){s}\\)|{c}(?:(?:ال)?بالغ(?:ة)?|يبلغ|تبلغ|(?:ال)?عمر(?:ه|ها)?)(?:{_}من{_}العمر)?{_}\\d{1,3}{_}(?:عاما|عام|سنة|سنوات))',
    examples: [
      { text: 'الزعيم (59 عاما)', match: '(59 عاما)' },
      { text: 'البالغ من العمر 70 عاما', match: 'البالغ من العمر 70 عاما' },
    ],
  },
  {
    // Anniversaries count years but do not place an event: الذكرى الـ30، الذكرى الثلاثين.
    name: 'anniversary',
    triggers: ['الذكرى', 'ذكرى'],
    source: '{c}(?:ال)?ذكرى{_}(?:السنوية{_})?(?:ال)?(?:\\d{1,4}|\\p{L}{1,40})',
    examples: [{ text: 'الذكرى الـ30 لتوقيع', match: 'الذكرى الـ30' }],
  },
  {
    // Happenings named after their date are names: حرب أكتوبر، ثورة 25 يناير، هجمات 11 سبتمبر،
    // حرب السادس من أكتوبر. A year or الماضي/المقبل after the month makes it a date again
    // (ثورة 25 يناير 2011، احتجاجات يونيو الماضي), so those are left to the date patterns.
    name: 'named-after-month',
    triggers: ['@namedEventNoun'],
    source:
      '{c}{namedEventNoun}{_}(?:(?:ال)?\\d{1,2}(?!\\d){_}(?:من{_})?|{dayWord}{_}(?:من{_})?)?(?:شهر{_})?{month}(?:{s}\\({s}{month:month2}{s}\\)|{s}/{s}{month:month3}|(?!{s}[(/]))(?!{sep}(?:من{_})?(?:{al}?(?:عام|سنة){_})?\\d{4}|{_}{rel}|[ ]{0,3}\\d)',
    examples: [
      { text: 'منذ حرب أكتوبر والجيش', match: 'حرب أكتوبر' },
      { text: 'في ذكرى ثورة 25 يناير', match: 'ثورة 25 يناير' },
      { text: 'بعد هجمات 11 سبتمبر على', match: 'هجمات 11 سبتمبر' },
    ],
  },
  {
    // Figurative "yesterday" (formerly): كانت تدور بالأمس في فلك…, بالأمس القريب, بين الأمس واليوم.
    name: 'figurative-yesterday',
    triggers: ['كان', 'كانت', 'كانوا', 'بالأمس', 'الأمس', 'بين'],
    source:
      '(?:{c}كان(?:ت|وا|تا)?(?:{_}\\p{L}{2,12}){0,2}{_}بالأمس|{c}بالأمس{_}القريب|{c}بين{_}الأمس{_}واليوم|{c}الأمس{_}واليوم)(?![\\p{L}\\p{N}])',
    examples: [
      { text: 'البلدان التي كانت تدور بالأمس في فلك', match: 'كانت تدور بالأمس' },
      { text: 'بالأمس القريب', match: 'بالأمس القريب' },
    ],
  },
  {
    // الأحد عشر is "the eleven", not Sunday; الاثنين is also "the two".
    name: 'number-not-weekday',
    triggers: ['الأحد', 'كلا', 'بين', 'الاثنين'],
    source: '(?:{c}الأحد{_}عشر|{c}(?:كلا|بين){_}الاثنين|{c}الاثنين{_}معا)(?![\\p{L}\\p{N}])',
    examples: [
      { text: 'الدول الأحد عشر', match: 'الأحد عشر' },
      { text: 'كلا الاثنين', match: 'كلا الاثنين' },
    ],
  },
  {
    // اليوم before an adjective is "the day", not "today": اليوم الوطني، اليوم الأول.
    name: 'day-not-today',
    triggers: ['اليوم'],
    source: '{c}اليوم{_}{dayAdjective}',
    examples: [
      { text: 'احتفالات اليوم الوطني', match: 'اليوم الوطني' },
      { text: 'في اليوم الأول من الزيارة', match: 'اليوم الأول' },
    ],
  },
  {
    // الأمس after a noun is "of the past": حلفاء الأمس (yesterday's allies).
    name: 'yesterday-of-noun',
    triggers: ['الأمس'],
    source: '(?<=[\\p{L}]{2}[ ]{1,3})(?<!(?:يوم|صباح|مساء|ليل|ليله|ظهر|فجر|عصر|منذ|حتي|الي|عن|مثل|من)[ ]{1,3})الأمس(?![\\p{L}\\p{N}])',
    examples: [{ text: 'حلفاء الأمس أصبحوا خصوما', match: 'الأمس' }],
  },
  {
    // Outlet names: روسيا اليوم، المصري اليوم.
    name: 'outlet-name',
    triggers: ['اليوم'],
    source: '(?<=(?:^|[^\\p{L}])[وفبل]?{mediaName}[ ]{1,3})اليوم(?![\\p{L}\\p{N}])',
    examples: [{ text: 'قناة روسيا اليوم', match: 'اليوم' }],
  },
  {
    // Dates that name places and bodies: شارع 26 يوليو، مدينة 6 أكتوبر، حزب 6 أبريل.
    name: 'date-as-name',
    triggers: ['@placeNoun'],
    source: '{c}{placeNoun}{_}(?:ال)?\\d{1,2}{_}{month}',
    examples: [
      { text: 'بشارع 26 يوليو في وسط القاهرة', match: 'بشارع 26 يوليو' },
      { text: 'ملعب 5 جويلية الأولمبي', match: 'ملعب 5 جويلية' },
    ],
  },
  {
    // Yearly recurrences place no event: في 30 يوليوز من كل عام.
    name: 'every-year',
    triggers: ['#', '@dayWord'],
    source:
      '(?:(?:ال)?\\d{1,2}|{dayWord})(?:{_}من)?{_}{month}(?:{s}[(/]{s}{month:month2}(?:{s}\\))?)?(?:{_}(?:من{_})?كل{_}(?:عام|سنة)|{_}سنويا)(?![\\p{L}\\p{N}])',
    examples: [
      { text: 'في 30 يوليوز من كل عام', match: '30 يوليوز من كل عام' },
      { text: 'في الثامن من مارس/آذار من كل عام', match: 'الثامن من مارس/آذار من كل عام' },
      { text: 'يحتفل به في 21 مارس سنويا', match: '21 مارس سنويا' },
    ],
  },
  {
    // Habits: كل مساء، كل يوم جمعة.
    name: 'every',
    triggers: ['كل'],
    source: '{c}كل{_}(?:{podAdverb}|{pod}|{weekday}|يوم|ليلة|أسبوع|شهر|عام|سنة)',
    examples: [{ text: 'كل مساء لممارسة الرياضة', match: 'كل مساء' }],
  },
  {
    // Greetings.
    name: 'greeting',
    triggers: ['صباح', 'مساء'],
    source: '(?:صباح|مساء){_}(?:الخير|النور)(?![\\p{L}\\p{N}])',
    examples: [{ text: 'صباح الخير', match: 'صباح الخير' }],
  },
];

/** Nouns that take العام as the adjective "general". */
export const generalNoun: Readonly<Record<string, true>> = Object.fromEntries(
  [
    'الأمين', 'المدعي', 'المدير', 'النائب', 'المفتش', 'المراقب', 'المنسق', 'المفوض', 'المحامي', 'الرأي',
    'القطاع', 'المؤتمر', 'الإضراب', 'العفو', 'النظام', 'الأمن', 'الشأن', 'الصالح', 'المال', 'الوضع', 'الإطار',
    'التعليم', 'الاتحاد', 'المشهد', 'المزاج', 'المناخ', 'المجال', 'الاتجاه', 'الطابع', 'الحس', 'الذوق', 'الحق',
    'المستشار', 'القائد', 'المرشد', 'المراقب', 'الموظف', 'الدين', 'الإنفاق', 'التوجه', 'السياق', 'المسار',
    'الخطاب', 'الجو', 'المستوى', 'المقرر', 'الأمناء', 'المدعين', 'الحشد', 'البث',
  ].map((w) => [w, true as const]),
);

/** Nouns that turn a following date into a name. */
export const placeNoun: Readonly<Record<string, true>> = Object.fromEntries(
  ['شارع', 'ملعب', 'مدينة', 'جسر', 'ميدان', 'كوبري', 'محور', 'نفق', 'مستشفى', 'مدرسة', 'حي', 'مطار', 'جامعة', 'ساحة', 'قاعدة', 'شركة', 'جمعية', 'حزب', 'تيار', 'قوى'].map(
    (w) => [w, true as const],
  ),
);

/** Nouns that name a happening after its month or date: حرب أكتوبر، ثورة يوليو، هجمات سبتمبر. */
export const namedEventNoun: Readonly<Record<string, true>> = Object.fromEntries(
  ['حرب', 'ثورة', 'انتفاضة', 'أحداث', 'هجمات', 'حراك', 'حركة', 'مجزرة', 'نكسة', 'معركة', 'احتجاجات', 'انقلاب', 'اتفاقية', 'معاهدة', 'بيان'].map(
    (w) => [w, true as const],
  ),
);

/** Words that form an outlet name with اليوم. */
export const mediaName: Readonly<Record<string, true>> = Object.fromEntries(
  ['روسيا', 'المصري', 'مصر', 'فلسطين', 'العرب', 'الجزائر', 'تونس', 'السودان', 'ليبيا', 'الأردن', 'لبنان', 'سوريا', 'العراق', 'اليمن', 'الإمارات', 'الخليج'].map(
    (w) => [w, true as const],
  ),
);

/** Adjectives that make اليوم "the day" rather than "today". */
export const dayAdjective: Readonly<Record<string, true>> = Object.fromEntries(
  [
    'الوطني', 'العالمي', 'الدولي', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'الأخير', 'الكامل',
    'المفتوح', 'الدراسي', 'الموعود', 'العربي', 'التاريخي', 'المشهود', 'الطويل', 'الأسود', 'الذي', 'الختامي',
    'الافتتاحي', 'الانتخابي', 'الواحد',
  ].map((w) => [w, true as const]),
);
