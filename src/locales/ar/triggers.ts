import type { EventType } from '../../model/types.js';

/**
 * Event triggers of Arabic news: the DATA the language-agnostic event extractor
 * (src/events/findTriggers.ts) compiles into a lookup of inflected forms.
 *
 * Forms are written plainly (the engine folds hamza, ة/ه, ى/ي and diacritics) and without clitics:
 * the engine adds the proclitics (و ف ب ل ك س ال) and enclitics (ه ها هما هم …) of `morphology`, the
 * past-tense suffixes to `past`, the person prefixes and suffixes to `present`, and the
 * accusative alef and the ت of a construct state to `nouns` (زيارة → زيارته، اتفاقاً).
 */
export interface TriggerEntry {
  type: EventType;
  /** Past tense, third person masculine singular: 'وصل', 'التقى'. */
  past?: readonly string[];
  /** Present tense, third person masculine singular, with its ي: 'يصل', 'يلتقي'. */
  present?: readonly string[];
  /** Verbal nouns and other nouns that name the event, with their plurals: 'وصول', 'زيارة', 'زيارات'. */
  nouns?: readonly string[];
  /**
   * The trigger counts only if one of these words (folded, clitics allowed) follows within
   * `window` words in the same clause: 'تبادل' is a prisoner exchange only with 'أسرى'.
   */
  needsAfter?: readonly string[];
  /** Like `needsAfter`, for a word just before (within `window`): 'اتصال' after 'أجرى'. */
  needsBefore?: readonly string[];
  /** Either `needsAfter` or `needsBefore` is enough (default: the one given must hold). */
  needsEither?: boolean;
  /** Words to look at around the trigger for `needsAfter`/`needsBefore`. Default 4. */
  window?: number;
  /**
   * Rejected when a number follows the trigger or its `needsAfter` word: 'وصل إلى 11 اتفاقية' is a
   * count, not an arrival.
   */
  notBeforeNumber?: boolean;
  /**
   * Two named parties right after the verb ("تعهدت روسيا وفيتنام": a gazetteer name, then و + a
   * gazetteer name) also satisfy `needsAfter`: a pledge of two parties is an agreement.
   */
  jointSubject?: boolean;
  /** An attached object pronoun satisfies `needsAfter`: 'وصلها' (arrived there), 'وقعه' (signed it). */
  encliticSatisfies?: boolean;
  /**
   * Speech and report verbs: they make an event only when their clause states a time of its own,
   * otherwise every quote of an article would become an event.
   */
  onlyWhenDated?: boolean;
  /** Example clauses that must trigger this entry (run by the tests). */
  examples: readonly string[];
}

export interface TriggerMorphology {
  /** Conjunctions, prepositions, the future prefix and the article, in the order they stack. */
  conjunctions: readonly string[];
  prepositions: readonly string[];
  future: readonly string[];
  article: readonly string[];
  /** Object and possessive pronouns attached at the end: وقعه، توقيعه، مكالمتهما. */
  enclitics: readonly string[];
  /** Past-tense person suffixes: وصلت، وصلا، وصلوا، وصلتا. */
  pastSuffixes: readonly string[];
  /** Present-tense person prefixes replacing the ي of the third person: تصل، نصل. */
  presentPrefixes: readonly string[];
  /** Present-tense suffixes: يصلان، يصلون. */
  presentSuffixes: readonly string[];
  /** Noun endings: dual, plural, accusative alef (اتفاقاً → اتفاقا). */
  nounSuffixes: readonly string[];
  /**
   * Whole words that look like an inflected trigger but are not (folded):
   * 'وزارة' is not و + زار + ه.
   */
  notTriggers: readonly string[];
}

export const triggerMorphology: TriggerMorphology = {
  conjunctions: ['و', 'ف'],
  prepositions: ['ب', 'ل', 'ك'],
  future: ['س'],
  article: ['ال'],
  enclitics: ['ه', 'ها', 'هما', 'هم', 'هن', 'ك', 'كم', 'نا', 'ني', 'ي'],
  pastSuffixes: ['', 'ت', 'ا', 'تا', 'وا', 'نا', 'تم', 'ن'],
  presentPrefixes: ['ي', 'ت', 'ن', 'ا'],
  presentSuffixes: ['', 'ان', 'ون', 'ين', 'ن', 'وا', 'ا'],
  nounSuffixes: ['', 'ا', 'ان', 'ين'],
  notTriggers: [
    'وزاره',
    'الوزاره',
    'وزارات',
    'الوزارات',
    'بوزاره',
    'لوزاره',
    'للوزاره',
    'والوزاره',
    'ووزاره',
    'وزارتي',
    'وزارته',
    'وزارتها',
    'فقال',
    // هنأ (congratulated) folds to هنا: "هنا" and "هناك" are "here" and "there".
    'هنا',
    'هناك',
    'هنالك',
    'وهنا',
    'وهناك',
  ],
};

/** Objects that make a generic verb (وقع، تبادل، وضع، أصدر) name a specific event. */
const AGREEMENT_WORDS = ['اتفاق', 'اتفاقية', 'اتفاقات', 'اتفاقيات', 'معاهدة', 'معاهدات', 'مذكرة', 'مذكرات', 'وثيقة', 'وثائق', 'عقد', 'عقود', 'إعلان', 'بيان', 'سلسلة', 'ميثاق', 'بروتوكول', 'صفقة', 'صفقات'];
const PRISONER_WORDS = ['أسرى', 'الأسرى', 'سجناء', 'السجناء', 'معتقلين', 'المعتقلين', 'محتجزين', 'رهائن', 'الرهائن', 'جثث', 'جثامين', 'أسير'];

export const triggers: readonly TriggerEntry[] = [
  // ── movement ──────────────────────────────────────────────────────────────────────────────
  {
    type: 'arrival',
    past: ['وصل', 'حط'],
    present: ['يصل', 'يحط'],
    nouns: ['وصول'],
    needsAfter: ['إلى', 'الى', 'في', 'أرض', 'مطار', 'العاصمة'],
    window: 6,
    notBeforeNumber: true,
    encliticSatisfies: true,
    examples: ['ووصل بوتين إلى هانوي', 'زيلينسكي لدى وصوله إلى قصر بلينهايم', 'التي وصلها بعد زيارة'],
  },
  {
    type: 'departure',
    past: ['غادر'],
    present: ['يغادر'],
    nouns: ['مغادرة', 'رحيل'],
    examples: ['قبل أن يغادر البلاد مساء', 'غادر الرئيس موسكو'],
  },
  {
    type: 'visit',
    past: ['زار', 'توجه', 'استضاف', 'حل ضيفا'],
    present: ['يزور', 'يتوجه', 'يستضيف'],
    nouns: ['زيارة', 'زيارات'],
    examples: ['زار الرئيسان هانوي', 'خلال زيارة دولة لفيتنام', 'وتوجه بوتين إلى فيتنام'],
  },
  // ── meetings and talks ────────────────────────────────────────────────────────────────────
  {
    type: 'meeting',
    past: ['التقى', 'اجتمع'],
    present: ['يلتقي', 'يجتمع'],
    nouns: ['لقاء', 'لقاءات', 'اجتماع', 'اجتماعات', 'قمة', 'قمم', 'مؤتمر', 'منتدى'],
    examples: ['والتقى بوتين نظيره', 'ومن المقرر أن يجتمع أيضا مع رئيس البرلمان', 'بعد قمة مع زعيم كوريا الشمالية'],
  },
  {
    type: 'talks',
    past: ['تفاوض', 'ناقش', 'تباحث'],
    present: ['يتفاوض', 'يناقش'],
    nouns: ['محادثات', 'مباحثات', 'مفاوضات', 'مشاورات', 'تفاوض'],
    examples: ['وأجرى بوتين لاحقا محادثات مع نغوين فو ترونغ', 'في ختام مباحثاته في فيتنام'],
  },
  {
    type: 'call',
    past: ['هاتف', 'اتصل'],
    present: ['يهاتف', 'يتصل'],
    nouns: ['مكالمة', 'مكالمات', 'اتصال', 'اتصالات'],
    needsAfter: ['هاتفي', 'هاتفيا', 'هاتفية', 'مع', 'جيدا', 'جيد'],
    needsBefore: ['أجرى', 'تلقى', 'أجريت', 'جرى', 'خلال'],
    needsEither: true,
    window: 2,
    examples: ['أثارت المكالمة الهاتفية الأولى', 'على عكس مكالمتهما الهاتفية الأخيرة', 'أجرى اتصالا هاتفيا مع'],
  },
  {
    // "تحدث بوتين مع ترمب هاتفيا": speaking is a call only by phone.
    type: 'call',
    past: ['تحدث', 'تحادث', 'تباحث'],
    present: ['يتحدث', 'يتحادث', 'يتباحث'],
    needsAfter: ['هاتفيا', 'هاتفي', 'الهاتف', 'بالهاتف', 'هاتفية'],
    window: 10,
    examples: ['تحدث مع الرئيس الأميركي دونالد ترمب هاتفيا', 'وتحادث الرئيسان عبر الهاتف'],
  },
  // ── agreements ────────────────────────────────────────────────────────────────────────────
  {
    type: 'signing',
    past: ['وقع', 'أبرم'],
    present: ['يوقع', 'يبرم'],
    needsAfter: AGREEMENT_WORDS,
    // The parties can stand between the verb and its object: "وقع هو والزعيم الكوري الشمالي كيم جونغ أون اتفاقا".
    window: 10,
    encliticSatisfies: true,
    examples: ['وقع الرئيس الروسي سلسلة من الاتفاقات', 'وقع الطرفان 15 اتفاقا ومذكرة تفاهم', 'الاتفاق الذي وقعه بوتين'],
  },
  {
    type: 'signing',
    nouns: ['توقيع', 'إبرام'],
    examples: ['غداة توقيعه اتفاقية دفاعية', 'بعد يوم من توقيع اتفاق دفاع مشترك'],
  },
  {
    type: 'signing',
    past: ['تبادل'],
    nouns: ['تبادل'],
    needsAfter: AGREEMENT_WORDS,
    window: 6,
    examples: ['وشهد الرئيسان تبادل بلديهما لما وصل إلى 11 اتفاقية'],
  },
  {
    type: 'agreement',
    past: ['اتفق', 'توصل إلى اتفاق'],
    present: ['يتفق'],
    examples: ['كما اتفقوا على العمل', 'واتفق وترمب على تحديد موعد'],
  },
  {
    type: 'agreement',
    past: ['تعهد'],
    needsAfter: ['البلدان', 'الطرفان', 'الجانبان', 'الزعيمان', 'الرئيسان'],
    jointSubject: true,
    window: 3,
    examples: ['تعهدت روسيا وفيتنام بتعميق العلاقات', 'وتعهد الجانبان بالإسراع'],
  },
  // ── speech ────────────────────────────────────────────────────────────────────────────────
  {
    type: 'announcement',
    past: ['أعلن', 'كشف'],
    present: ['يعلن', 'يكشف'],
    nouns: ['إعلان'],
    examples: ['أعلن الرئيس الأمريكي دونالد ترامب اليوم الجمعة', 'أعلن الرئيس الروسي أمس الخميس'],
  },
  // A call for action is news on its own, dated or not: "دعا غوتيريش إلى وقف فوري لإطلاق النار".
  {
    type: 'statement',
    past: ['دعا', 'طالب', 'ناشد', 'حث'],
    present: ['يدعو', 'يطالب', 'يناشد', 'يحث'],
    needsAfter: ['إلى', 'الى', 'بضرورة', 'بوقف', 'بالإفراج', 'بإطلاق', 'على'],
    window: 8,
    examples: ['دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار', 'وطالبت الخارجية بضرورة احترام'],
  },
  {
    type: 'statement',
    past: ['قال', 'أكد', 'صرح', 'أوضح', 'شدد', 'حذر', 'أدان', 'ندد', 'رحب', 'طمأن', 'تساءل', 'تعهد', 'وعد', 'هنأ', 'شكر', 'نفى', 'دعا', 'طالب', 'انتقد', 'أشاد', 'أشار', 'أضاف', 'لفت', 'أعرب', 'اعتبر', 'كتب'],
    present: ['يقول', 'يؤكد', 'يحذر', 'يدعو', 'يطالب'],
    nouns: ['تصريح', 'تصريحات', 'بيان', 'طمأنة', 'خطاب'],
    onlyWhenDated: true,
    examples: ['قال السفير الروسي لدى فيتنام اليوم الأربعاء', 'سعى بعض كبار المسؤولين إلى طمأنة أوكرانيا', 'عندما تساءل في مؤتمر أمني'],
  },
  {
    type: 'report',
    past: ['أفاد', 'نشر'],
    nouns: ['تقرير', 'تقارير'],
    onlyWhenDated: true,
    examples: ['أفاد تقرير صادر عن المؤسسة', 'نشر موقع تسار غراد الروسي تقريرا'],
  },
  // ── ceremonies ────────────────────────────────────────────────────────────────────────────
  {
    type: 'ceremony',
    past: ['احتفل', 'استقبل'],
    present: ['يحتفل', 'يستقبل'],
    nouns: ['مراسم', 'مراسيم', 'حفل', 'احتفال', 'احتفالات', 'احتفالية', 'استقبال', 'جنازة', 'عرض عسكري'],
    examples: ['خلال مراسم تخللتها طلقات مدفعية', 'زيلينسكي يحضر احتفالا بذكرى', 'حيث استقبله أطفال المدارس'],
  },
  {
    type: 'ceremony',
    past: ['وضع'],
    present: ['يضع'],
    nouns: ['وضع'],
    needsAfter: ['إكليل', 'إكليلا', 'باقة', 'أكاليل', 'زهور', 'الزهور', 'الزهر', 'حجر'],
    window: 2,
    examples: ['ووضع إكليلا من الزهور على نصب', 'في مراسم وضع باقة من الزهر'],
  },
  // ── conflict ──────────────────────────────────────────────────────────────────────────────
  {
    type: 'attack',
    past: ['هاجم', 'قصف', 'استهدف', 'أسقط', 'اغتال'],
    present: ['يهاجم', 'يقصف', 'يستهدف'],
    nouns: ['هجوم', 'هجمات', 'قصف', 'غارة', 'غارات', 'اغتيال', 'تفجير', 'انفجار', 'ضربة', 'ضربات', 'اعتداء', 'اجتياح', 'غزو'],
    examples: ['أدان محاولة الاغتيال الشنيعة يوم السبت الماضي', 'أعلنت روسيا أنها أسقطت 26 مسيرة'],
  },
  {
    type: 'exchange',
    past: ['تبادل'],
    nouns: ['تبادل', 'مبادلة', 'صفقة تبادل'],
    needsAfter: PRISONER_WORDS,
    window: 4,
    examples: ['عن إتمام عملية تبادل واسعة للأسرى', 'اكتملت للتو عملية تبادل سجناء كبيرة'],
  },
  {
    type: 'release',
    past: ['أفرج', 'أطلق سراح'],
    present: ['يفرج'],
    nouns: ['إفراج', 'الإفراج', 'إطلاق سراح'],
    examples: ['أفرجت السلطات عن الصحفي', 'بعد الإفراج عن الرهائن'],
  },
  // ── politics ──────────────────────────────────────────────────────────────────────────────
  {
    type: 'election',
    past: ['انتخب'],
    nouns: ['انتخابات', 'انتخاب', 'اقتراع', 'استفتاء'],
    examples: ['وقدم تو لام التهنئة لبوتين على إعادة انتخابه', 'ذهب الأوروبيون إلى صناديق الاقتراع'],
  },
  // Dismissal has no type of its own: it is an appointment of kind 'dismissal' (src/locales/ar/senses.ts).
  {
    type: 'appointment',
    past: ['عين', 'أقال', 'أعفى'],
    present: ['يعين', 'يقيل', 'يعفي'],
    needsAfter: ['رئيس', 'رئيسا', 'وزير', 'وزيرا', 'خلفا', 'سفيرا', 'سفير', 'مديرا', 'مدير', 'قائدا', 'قائد', 'محافظا', 'محافظ', 'مبعوثا', 'نائبا', 'نائب', 'أمينا', 'ناطقا', 'متحدثا', 'منصب', 'منصبه', 'مهامه', 'حكومة', 'الحكومة', 'مدرب', 'مدربا', 'مسؤول', 'مسؤولا', 'عضو', 'عضوا'],
    window: 6,
    examples: ['أقال الرئيس التونسي قيس سعيد رئيس الحكومة أحمد الحشاني', 'وعين وزير الشؤون الاجتماعية كمال المدوري خلفا له', 'الرئيس يقيل رئيس الحكومة ويعين خلفا له'],
  },
  {
    type: 'appointment',
    // Not عزل: it is also "to isolate" (محاولة الغرب عزله).
    nouns: ['إقالة', 'إعفاء'],
    examples: ['بعد إقالة سلفه', 'ولم تقدم الرئاسة أسبابا للإقالة'],
  },
  {
    type: 'meeting',
    past: ['عقد'],
    present: ['يعقد'],
    needsAfter: ['جلسة', 'جلسات', 'جلسته', 'جلستها'],
    window: 5,
    examples: ['ومن المتوقع أن يعقد مجلس الأمن جلسة طارئة الأربعاء المقبل', 'عقد البرلمان جلسة استثنائية'],
  },
  {
    type: 'appointment',
    past: ['تولى'],
    present: ['يتولى'],
    nouns: ['تعيين', 'تولي', 'تنصيب', 'أداء اليمين'],
    examples: ['قبل توليه منصبه في يناير المقبل', 'أعلن تعيين وزير جديد للخارجية'],
  },
  {
    // "وأدى رئيس الوزراء الجديد اليمين الدستورية": the oath of office, the subject between.
    type: 'appointment',
    past: ['أدى'],
    present: ['يؤدي'],
    needsAfter: ['اليمين', 'القسم'],
    window: 6,
    examples: ['وأدى رئيس الوزراء الجديد اليمين الدستورية', 'يؤدي الرئيس المنتخب اليمين', 'وأدى المدوري اليمين الدستورية أمام الرئيس'],
  },
  {
    type: 'vote',
    nouns: ['تصويت', 'التصويت', 'مصادقة'],
    past: ['صوت', 'صادق'],
    present: ['يصوت', 'يصادق'],
    needsAfter: ['على', 'لصالح', 'ضد', 'في', 'عن', 'الجلسة'],
    needsBefore: ['امتنع', 'امتنعت', 'جرى', 'أجرى'],
    needsEither: true,
    window: 6,
    examples: ['وامتنعت فيتنام عن التصويت في جلسات الأمم المتحدة', 'صوت المجلس على القرار', 'وكان البرلمان قد صادق بالإجماع على قانون المالية'],
  },
  {
    type: 'death',
    past: ['توفي', 'قتل', 'لقي حتفه', 'اغتيل'],
    nouns: ['وفاة', 'مقتل', 'رحيل', 'مصرع'],
    examples: ['توفي الرئيس السابق عن عمر 90 عاما', 'أعلن مقتل القائد'],
  },
  {
    type: 'announcement',
    past: ['أصدر'],
    present: ['يصدر'],
    nouns: ['إصدار'],
    needsAfter: ['مذكرة', 'قرار', 'قرارا', 'حكم', 'حكما', 'أمر', 'أمرا', 'مرسوم', 'مرسوما', 'بيان', 'بيانا'],
    window: 7,
    examples: ['أصدرت المحكمة الجنائية الدولية في لاهاي مذكرة اعتقال'],
  },
];
