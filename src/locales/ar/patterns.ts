import type { PatternSpec } from '../types.js';

/**
 * Arabic temporal patterns over FOLDED text (ة→ه, ى→ي, أ/إ/آ→ا, no diacritics or tatweel, ASCII
 * digits). Placeholders, expanded by src/time/compile.ts:
 *   {lex} / {lex:group}  a lexicon as a named group (longest spelling first, ending at a word edge)
 *   {_} spaces (1–3)   {s} optional spaces   {sep} spaces or a comma   {c} proclitics و ف ب ل ك
 *   {al} the article (ال, or لل after the preposition ل)   {b} a word edge   {rs} a range separator
 * Group names carry meaning (src/time/components.ts). Literal words are folded by the compiler,
 * so they may be written in ordinary spelling. Every pattern carries examples that tests run.
 */

// A month, optionally glossed by another family's name in brackets or after a slash, then a modifier.
const MONTH = '{month}(?:{s}[(/]{s}{month:month2}(?:{s}\\))?)?(?:{_}{rel})?';
const YEAR_AFTER = '(?:{sep}(?:من{_})?(?:{al}?(?:عام|سنة){_})?(?<year>\\d{4})(?!\\d)(?:{s}{era})?)?';
const EARLY = '(?:(?<early>في{_}وقت{_}مبكر{_}من|في{_}ساعة{_}مبكرة{_}من|في{_}الساعات{_}الأولى{_}من|في{_}ساعات{_}الصباح{_}الأولى{_}من){_})?(?:(?<late>في{_}وقت{_}متأخر{_}من|في{_}ساعة{_}متأخرة{_}من){_})?';

export const patterns: readonly PatternSpec[] = [
  {
    name: 'night-range',
    triggers: ['@night'],
    source: '{c}{night:pod}(?:{_}يوم)?{_}{weekday}{rs}{weekday:weekday2}',
    examples: [
      { text: 'ووصل ليل الأربعاء الخميس إلى هانوي', match: 'ليل الأربعاء الخميس' },
      { text: 'ليلة الجمعة - السبت', match: 'ليلة الجمعة - السبت' },
      { text: 'ليل الأربعاء إلى الخميس', match: 'ليل الأربعاء إلى الخميس' },
    ],
  },
  {
    name: 'part-of-day-weekday',
    triggers: ['في', '@pod'],
    source: `${EARLY}{c}{pod}{_}(?:يوم{_})?{weekday}(?:{_}{rel})?(?:{_}{zone})?`,
    examples: [
      { text: 'في وقت مبكر من صباح الخميس', match: 'في وقت مبكر من صباح الخميس' },
      { text: 'توجه بعد ظهر الخميس إلى القصر', match: 'بعد ظهر الخميس' },
      { text: 'مساء يوم الجمعة الماضي', match: 'مساء يوم الجمعة الماضي' },
    ],
  },
  {
    name: 'weekday',
    triggers: ['@weekday', 'يوم'],
    source: '{c}(?:يوم{_})?{weekday}(?:{_}{rel})?',
    examples: [
      { text: 'ويوم الجمعة سعى', match: 'ويوم الجمعة' },
      { text: 'يوم السبت الماضي', match: 'يوم السبت الماضي' },
      { text: 'والخميس المقبل', match: 'والخميس المقبل' },
    ],
  },
  {
    name: 'deictic',
    triggers: ['في', '@pod', '@deictic', 'يوم'],
    source: `${EARLY}(?:{c}{pod}{_})?{c}(?:يوم{_})?{deictic}(?:{sep}(?:\\({s})?{weekday}(?:{s}\\))?)?(?:{_}{podAdverb})?(?:{_}{zone})?`,
    examples: [
      { text: 'أمس الخميس', match: 'أمس الخميس' },
      { text: 'قال اليوم الأربعاء إن', match: 'اليوم الأربعاء' },
      { text: 'صباح اليوم', match: 'صباح اليوم' },
      { text: 'أول من أمس', match: 'أول من أمس' },
      { text: 'بعد غد السبت', match: 'بعد غد السبت' },
      { text: 'يوم أمس', match: 'يوم أمس' },
    ],
  },
  {
    name: 'tonight',
    triggers: ['@tonight'],
    source: '{c}{tonight}',
    examples: [{ text: 'الليلة الماضية', match: 'الليلة الماضية' }],
  },
  {
    name: 'part-of-day',
    triggers: ['في', '@podAdverb'],
    source: `${EARLY}{c}{podAdverb}`,
    examples: [
      { text: 'قبل أن يغادر البلاد مساء كما هو مقرر', match: 'مساء' },
      { text: 'عند الظهر', match: 'عند الظهر' },
    ],
  },
  {
    name: 'clock',
    triggers: ['الساعة', 'عند', 'في', 'حوالي', 'نحو'],
    source:
      '(?:(?:عند|في|حوالي|نحو){_})?{c}الساعة{_}(?<hour>\\d{1,2}|{hourWord:hourw})(?:[:.](?<minute>\\d\\d)(?!\\d)|{_}{minuteWord})?(?:{_}(?:من{_})?(?:{podAdverb}|{pod:podc}))?(?:{_}(?:من{_})?(?:يوم{_})?(?:{deictic}|{weekday}))?(?:{_}{zone})?',
    examples: [
      { text: 'الساعة 10:30 صباحا', match: 'الساعة 10:30 صباحا' },
      { text: 'في الساعة العاشرة والنصف صباحا', match: 'في الساعة العاشرة والنصف صباحا' },
      { text: 'الساعة الخامسة بتوقيت غرينتش', match: 'الساعة الخامسة بتوقيت غرينتش' },
      { text: 'الساعة التاسعة مساء اليوم بتوقيت مكة', match: 'الساعة التاسعة مساء اليوم بتوقيت مكة' },
      { text: 'الساعة العاشرة من صباح يوم الخميس', match: 'الساعة العاشرة من صباح يوم الخميس' },
    ],
  },
  {
    name: 'clock-word',
    triggers: ['@hourWord'],
    source:
      '{c}{hourWord:hourw}(?:{_}{minuteWord})?(?:{_}(?:من{_})?(?:{podAdverb}|{pod:podc}))?(?:{_}(?:من{_})?(?:يوم{_})?(?:{deictic}|{weekday}))?(?:{_}{zone})?',
    requireAny: ['podAdverb', 'podc', 'zone'],
    examples: [
      { text: 'الخامسة بتوقيت غرينتش', match: 'الخامسة بتوقيت غرينتش' },
      { text: 'العاشرة صباحا', match: 'العاشرة صباحا' },
      { text: 'في العاشرة والنصف صباح غد', match: 'العاشرة والنصف صباح غد' },
    ],
  },
  {
    name: 'clock-digits',
    triggers: ['#'],
    source: '(?<hour>\\d{1,2}):(?<minute>\\d\\d)(?!\\d)(?:{_}{podAdverb})?(?:{_}{zone})?',
    requireAny: ['podAdverb', 'zone'],
    examples: [{ text: '14:30 بتوقيت مكة', match: '14:30 بتوقيت مكة' }],
  },
  {
    // Two days of one month: من 10 إلى 12 مايو 2025، بين 3 و5 يونيو، 14-16 أكتوبر المقبل. Without
    // بين, "3 و5 يونيو" lists two days rather than a range, and is left to the date pattern.
    name: 'day-range',
    triggers: ['#', 'من', 'بين', 'يومي', 'فترة', 'الفترة'],
    source: `{c}(?:(?:في{_})?{al}?فترة{_})?(?:(?:من|بين|يومي){_})?(?:يوم{_})?(?:ال)?(?<day>\\d{1,2})(?!\\d)(?:{s}[-–]{s}|{_}(?:إلى|حتى){_}|(?<=(?:بين|يومي){_}(?:ال)?\\d{1,2}){_}و{s})(?:ال)?(?<dayEnd>\\d{1,2})(?!\\d)(?:{_}من)?{_}(?:شهر{_})?${MONTH}${YEAR_AFTER}`,
    examples: [
      { text: 'في الفترة من 10 إلى 12 مايو 2025', match: 'في الفترة من 10 إلى 12 مايو 2025' },
      { text: 'بين 3 و5 يونيو المقبل', match: 'بين 3 و5 يونيو المقبل' },
      { text: 'يومي 14-16 أكتوبر', match: 'يومي 14-16 أكتوبر' },
      { text: 'احتضنت القمة يومي 1 و2 نوفمبر 2022', match: 'يومي 1 و2 نوفمبر 2022' },
    ],
  },
  {
    name: 'date',
    triggers: ['#', '@weekday', 'يوم', '@dayWord', '@pod'],
    source: `(?:{c}{pod}{_})?(?:{c}(?:يوم{_})?{weekday}{sep}(?:الموافق{_})?)?{c}(?:يوم{_})?(?:(?:ال)?(?<day>\\d{1,2})(?!\\d)|{dayWord})(?:{_}من)?{_}(?:شهر{_})?${MONTH}${YEAR_AFTER}`,
    examples: [
      { text: '20 يونيو 2024', match: '20 يونيو 2024' },
      { text: 'الـ20 من حزيران الجاري', match: 'الـ20 من حزيران الجاري' },
      { text: 'الخميس، 20 حزيران/يونيو 2024', match: 'الخميس، 20 حزيران/يونيو 2024' },
      { text: 'في 5 آب', match: '5 آب' },
      { text: 'منذ السابع من تشرين الأول/أكتوبر 2023', match: 'السابع من تشرين الأول/أكتوبر 2023' },
      { text: 'غرة أوت المقبل', match: 'غرة أوت المقبل' },
      { text: 'مساء الخميس 12 أكتوبر 2023', match: 'مساء الخميس 12 أكتوبر 2023' },
      { text: 'وشهد يوم 7 أكتوبر هجوما', match: 'يوم 7 أكتوبر' },
    ],
  },
  {
    name: 'month',
    triggers: ['@month', 'شهر', '@part', 'في', 'خلال', 'منذ', 'حتى'],
    source: `(?:{part}{_})?(?:{c}(?<inPrep>في|خلال|منذ|حتى){_})?{c}(?:(?<monthKw>شهر){_})?${MONTH}${YEAR_AFTER}`,
    examples: [
      { text: 'يناير (كانون الثاني) المقبل', match: 'يناير (كانون الثاني) المقبل' },
      { text: 'حزيران/يونيو', match: 'حزيران/يونيو' },
      { text: 'مطلع يونيو 2024', match: 'مطلع يونيو 2024' },
      { text: 'في شهر آب الماضي', match: 'في شهر آب الماضي' },
    ],
  },
  {
    name: 'day-of-relative-month',
    triggers: ['#'],
    source: '{c}(?:ال)?(?<day>\\d{1,2})(?!\\d)(?:{_}من)?{_}(?:هذا{_})?{al}(?<unit>شهر)(?:{_}{rel})?',
    examples: [{ text: 'الـ20 من الشهر الجاري', match: 'الـ20 من الشهر الجاري' }],
  },
  {
    name: 'numeric-date',
    triggers: ['#'],
    source: '(?<day>\\d{1,2})(?<ds>[/.-])(?<month>\\d{1,2})\\k<ds>(?<year>(?:19|20)\\d\\d)(?![\\d])(?!{s}{era})',
    examples: [{ text: '20/6/2024', match: '20/6/2024' }],
  },
  {
    name: 'iso-date',
    triggers: ['#'],
    source: '(?<year>(?:19|20)\\d\\d)(?<ys>[-/.])(?<month>\\d{1,2})\\k<ys>(?<day>\\d{1,2})(?![\\d])(?!{s}{era})',
    examples: [
      { text: '2023-03-14', match: '2023-03-14' },
      { text: 'بتاريخ 2023/03/14', match: '2023/03/14' },
    ],
  },
  {
    name: 'year',
    triggers: ['عام', 'سنة', 'العام', 'السنة', '@part'],
    source: '(?:{c}{part}{_}(?:من{_})?)?{c}{al}?(?:عام|سنة){s}(?<year>\\d{4})(?!\\d)(?:{s}{era})?',
    examples: [
      { text: 'وفي أواخر عام 2019 ظهر', match: 'أواخر عام 2019' },
      { text: 'مطلع العام 2020', match: 'مطلع العام 2020' },
      { text: 'وفي عام 2023', match: 'عام 2023' },
      { text: 'منذ العام 2022', match: 'العام 2022' },
      { text: 'للعام 2025', match: 'للعام 2025' },
      { text: 'عام 1446 هـ', match: 'عام 1446 هـ' },
    ],
  },
  {
    // A bare year after a preposition, unless a count noun follows (في 2000 موقع).
    name: 'preposition-year',
    triggers: ['في', 'منذ', 'حتى', 'خلال', 'قبل', 'بعد', '@part'],
    source:
      '{c}(?:(?<prep>في|منذ|حتى|خلال){_})?(?:{part}{_})?(?<year>(?:19[5-9]|20[0-3])\\d)(?![\\d.,/:٫-])(?![ ]{0,3}(?:%|٪|{countNoun}))',
    requireAny: ['prep', 'part'],
    examples: [
      { text: 'في منتصف 2021 تراجعت', match: 'في منتصف 2021' },
      { text: 'حتى أواخر 2019', match: 'حتى أواخر 2019' },
      { text: 'وفي 2015 أطلقت الحكومة', match: 'وفي 2015' },
      { text: 'منذ 2011', match: 'منذ 2011' },
    ],
  },
  {
    name: 'quarter',
    triggers: ['@fraction'],
    source:
      '{c}{al}{fraction}{_}{ordinal:fractionOrd}{_}من{_}(?:{al}?(?:عام|سنة){s}(?<year>\\d{4})(?!\\d)|(?:(?<this>هذا|هذه){_})?{al}{unit}(?:{_}{rel}|(?![ ]{1,3}ال)))',
    examples: [
      { text: 'في الربع الأول من العام الجاري', match: 'الربع الأول من العام الجاري' },
      { text: 'النصف الثاني من عام 2023', match: 'النصف الثاني من عام 2023' },
    ],
  },
  {
    name: 'era-year',
    triggers: ['#'],
    source: '(?<year>\\d{4})(?!\\d){s}{era}',
    examples: [
      { text: 'لموسم حج 1446هـ', match: '1446هـ' },
      { text: '2019م', match: '2019م' },
    ],
  },
  {
    name: 'bracket-year',
    triggers: ['('],
    source: '\\({s}(?<year>(?:1[89]|20)\\d\\d){s}\\)',
    examples: [{ text: 'ضم شبه جزيرة القرم (2014)،', match: '(2014)' }],
  },
  {
    // Feasts named as dates: "بعد عطلة عيد الأضحى", "ثاني أيام عيد الفطر", "عيد الأضحى المقبل".
    name: 'holiday',
    triggers: ['@holiday', '@feastDay', 'عطلة', 'إجازة'],
    source:
      '{c}(?:{feastDay}{_}أيام{_})?(?:(?:عطلة|إجازة){_})?{holiday}(?:{_}{rel}|{s}(?:(?:ل|من{_})?{al}?(?:عام|سنة){_})?(?<year>\\d{4})(?!\\d)(?:{s}{era})?)?',
    examples: [
      { text: 'ستستأنف بعد عطلة عيد الأضحى المقبل', match: 'عطلة عيد الأضحى المقبل' },
      { text: 'في ثاني أيام عيد الفطر', match: 'ثاني أيام عيد الفطر' },
      { text: 'عيد الأضحى 2024', match: 'عيد الأضحى 2024' },
    ],
  },
  {
    name: 'hijri-date',
    triggers: ['#', '@hmonth', 'شهر', '@dayWord'],
    source:
      '(?:{c}(?:(?:ال)?(?<hday>\\d{1,2})(?!\\d)|{dayWord:hdayw})(?:{_}من)?{_})?(?:{c}(?<monthKw>شهر){_})?{c}{hmonth}(?:{_}{rel})?(?:{s}(?:(?:عام|سنة){_})?(?<hyear>\\d{3,4})(?!\\d))?(?:{s}{era})?',
    requireAny: ['hday', 'hdayw', 'hyear', 'monthKw', 'rel'],
    examples: [
      { text: '15 رمضان 1445 هـ', match: '15 رمضان 1445 هـ' },
      { text: 'شهر رمضان المقبل', match: 'شهر رمضان المقبل' },
      { text: 'العاشر من ذي الحجة 1445هـ', match: 'العاشر من ذي الحجة 1445هـ' },
      { text: 'غرة محرم 1446 هـ', match: 'غرة محرم 1446 هـ' },
    ],
  },
  {
    name: 'hijri-numeric',
    triggers: ['#'],
    source:
      '(?:(?<hyear>\\d{4})(?<hs>[/.-])(?<hmonthNum>\\d{1,2})\\k<hs>(?<hday>\\d{1,2})|(?<hday2>\\d{1,2})(?<hs2>[/.-])(?<hmonthNum2>\\d{1,2})\\k<hs2>(?<hyear2>\\d{4}))(?!\\d){s}{era}',
    examples: [
      { text: 'بتاريخ ١٤٤٥/٩/١٥هـ', match: '1445/9/15ه' },
      { text: '15/9/1445 هـ', match: '15/9/1445 ه' },
    ],
  },
  {
    name: 'season',
    triggers: ['@season', '@part', 'هذا'],
    source:
      '(?:{part}{_})?{c}(?:(?<this>هذا){_})?(?:ال)?{season}(?:{_}(?:(?:ال)?(?:عام|سنة){s})?(?<year>\\d{4})(?!\\d)|{_}{rel}|{_}(?:من{_})?(?:(?<ythis>هذا){_}(?:ال)?(?:عام|سنة)|{al}(?:عام|سنة){_}{rel:yrel})(?![\\p{L}\\p{N}]))?',
    requireAny: ['year', 'rel', 'this', 'yrel', 'ythis'],
    examples: [
      { text: 'منذ ربيع عام 2022', match: 'ربيع عام 2022' },
      { text: 'الصيف الماضي', match: 'الصيف الماضي' },
      // The season of a year counted from today: صيف العام الماضي is last year's summer.
      { text: 'زار المنطقة في صيف العام الماضي', match: 'صيف العام الماضي' },
      { text: 'خلال ربيع هذا العام', match: 'ربيع هذا العام' },
    ],
  },
  {
    name: 'decade-word',
    triggers: ['@decadeWord', '@part'],
    source:
      '(?:{part}{_})?{c}{decadeWord}(?:{_}(?:من{_})?{al}قرن{_}(?:{ordinal:century}|(?:ال)?(?<centuryNum>\\d{2})(?!\\d)|{rel}))?',
    examples: [
      { text: 'في الخمسينيات', match: 'الخمسينيات' },
      { text: 'ثمانينيات القرن الماضي', match: 'ثمانينيات القرن الماضي' },
    ],
  },
  {
    name: 'decade-ordinal',
    triggers: ['@part', 'العقد', 'عقد'],
    source:
      '(?:{part}{_})?{c}(?:ال)?عقد{_}{ordinal:decadeOrd}{_}من{_}{al}قرن{_}(?:{ordinal:century}|(?:ال)?(?<centuryNum>\\d{2})(?!\\d)|{rel})',
    examples: [
      {
        text: 'منذ أوائل العقد الأول من القرن الحادي والعشرين، كانت',
        match: 'أوائل العقد الأول من القرن الحادي والعشرين',
      },
    ],
  },
  {
    name: 'century',
    triggers: ['@part', 'القرن', 'قرن'],
    source: '(?:{part}{_})?{c}(?:ال)?قرن{_}(?:{ordinal:century}|(?:ال)?(?<centuryNum>\\d{2})(?!\\d))',
    examples: [{ text: 'في القرن العشرين', match: 'القرن العشرين' }],
  },
  {
    name: 'this-unit',
    triggers: ['@part', 'هذا', 'هذه'],
    source: '(?:{part}{_})?{c}(?<this>هذا|هذه){_}{al}{unit}',
    examples: [
      { text: 'ويصادف هذا العام مرور', match: 'هذا العام' },
      { text: 'هذا الأسبوع', match: 'هذا الأسبوع' },
    ],
  },
  {
    name: 'relative-unit',
    triggers: ['@part', '@unit', 'العام', 'السنة', 'الشهر', 'الأسبوع', 'العقد', 'القرن'],
    source: '(?:{part}{_})?{c}{al}{unit}{_}{rel}',
    examples: [
      { text: 'وخلال العام الماضي، زار', match: 'العام الماضي' },
      { text: 'مطلع الشهر الماضي', match: 'مطلع الشهر الماضي' },
      { text: 'السنة المقبلة', match: 'السنة المقبلة' },
    ],
  },
  {
    name: 'before-last-unit',
    triggers: ['@unit', 'العام', 'السنة', 'الشهر', 'الأسبوع'],
    source: '{c}{al}{unit}{_}(?<beforeLast>قبل{_}(?:الماضي|الماضية|الفائت|الفائتة))(?![\\p{L}\\p{N}])',
    examples: [{ text: 'العام قبل الماضي', match: 'العام قبل الماضي' }],
  },
  {
    name: 'part-of-current-unit',
    triggers: ['@part'],
    source: '{part}{_}{al}(?<unit>عام|سنة|شهر)(?![\\p{L}\\p{N}])(?!{_}(?:\\d|ال))',
    requireAny: ['part'],
    examples: [{ text: 'أواخر العام', match: 'أواخر العام' }],
  },
  {
    name: 'counted-span',
    triggers: ['خلال', 'في', 'طوال', 'على', 'منذ', '@unit', 'الأيام', 'الأشهر', 'السنوات', 'الأسابيع', 'الشهور', 'الأعوام', 'العامين', 'الساعات'],
    source:
      '(?:{c}(?:خلال|في|طوال|على{_}مدى|على{_}مدار|منذ){_})?{c}{al}{unit}(?:{_}(?:ال)?(?<num>\\d{1,4}|{num:numw})(?!\\d))?{_}{relPlural:rel}',
    examples: [
      { text: 'خلال الأشهر الـ18 الماضية', match: 'خلال الأشهر الـ18 الماضية' },
      { text: 'خلال العامين الماضيين', match: 'خلال العامين الماضيين' },
      { text: 'في السنوات العشر الأخيرة', match: 'في السنوات العشر الأخيرة' },
    ],
  },
  {
    name: 'within-unit',
    triggers: ['في', 'وقت'],
    source:
      '{c}(?:في{_})?وقت{_}(?<within>سابق|لاحق|مبكر|متأخر){_}(?:من{_})?(?:(?<this>هذا|هذه){_})?(?:(?<today>اليوم)|{al}{unit}(?:{_}{rel})?)',
    examples: [
      { text: 'في وقت سابق من هذا العام', match: 'في وقت سابق من هذا العام' },
      { text: 'في وقت سابق من هذا اليوم', match: 'في وقت سابق من هذا اليوم' },
      { text: 'في وقت لاحق من الشهر الجاري', match: 'في وقت لاحق من الشهر الجاري' },
      { text: 'وفي وقت سابق اليوم، أعلنت', match: 'وفي وقت سابق اليوم' },
    ],
  },
  {
    name: 'event-anchor',
    triggers: ['@anchorWord', '@pod'],
    source: '(?:(?:{c}في{_})?{c}{pod}{_})?{c}{anchorWord}',
    examples: [
      { text: 'في اليوم السابق، وتعهد', match: 'في اليوم السابق' },
      { text: 'غداة توقيعه اتفاقية', match: 'غداة' },
      { text: 'صباح اليوم التالي', match: 'صباح اليوم التالي' },
      { text: 'وفي مساء اليوم نفسه', match: 'وفي مساء اليوم نفسه' },
    ],
  },
  {
    name: 'event-offset',
    triggers: ['@offsetDir'],
    source:
      '{c}{offsetDir:dir}{_}(?:(?<num>\\d{1,3}|{num:numw})(?!\\d){_})?{unit}(?:{_}(?:واحد|واحدة))?(?:{_}و(?<half>نصف))?(?={_}من(?![\\p{L}\\p{N}])(?!{_}(?:الزمن|الان)(?![\\p{L}\\p{N}])))',
    examples: [
      { text: 'بعد يوم من توقيع المعاهدة', match: 'بعد يوم' },
      { text: 'قبل أيام من الزيارة', match: 'قبل أيام' },
      { text: 'بعد أسبوعين من الإعلان', match: 'بعد أسبوعين' },
      { text: 'بعد عام ونصف من استئناف العلاقات', match: 'بعد عام ونصف' },
      // الانتخابات starts with the letters of الآن: the "from now" exception is a whole word.
      { text: 'بعد أسبوعين من الانتخابات', match: 'بعد أسبوعين' },
    ],
  },
  {
    name: 'offset',
    triggers: ['@offsetDir'],
    source:
      '{c}{offsetDir:dir}{_}(?:(?<approx>نحو|حوالي|قرابة|زهاء|ما يقرب من|أكثر من|أقل من){_})?(?:(?<num>\\d{1,4}|{num:numw})(?!\\d){_})?{unit}(?:{_}(?:واحد|واحدة))?(?:{_}و(?<half>نصف)(?![\\p{L}\\p{N}]))?(?!{s}\\d)',
    examples: [
      { text: 'منذ 24 عاما', match: 'منذ 24 عاما' },
      { text: 'المبرمة منذ ثلاثة عقود.', match: 'منذ ثلاثة عقود' },
      { text: 'بعد أسبوعين', match: 'بعد أسبوعين' },
      { text: 'قبل عام', match: 'قبل عام' },
      { text: 'منذ عام ونصف', match: 'منذ عام ونصف' },
      { text: 'قبل عقدين من الزمن', match: 'قبل عقدين' },
    ],
  },
];
