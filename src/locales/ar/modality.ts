/**
 * Negation, scheduling and expectation markers of Arabic news: the DATA the event extractor uses to
 * set an event's status (src/events/modalityOf.ts). Written plainly; the engine folds them.
 */
export interface ModalityLocale {
  /** Particles that negate the verb or noun right after them: لم يفض إلى اتفاق، لن يزور، عدم استخدام. */
  negators: readonly string[];
  /** How many words before a trigger a negator still negates it. */
  negationWindow: number;
  /** Fixed phrases that start with a negator but do not negate what follows (لا سيما = especially). */
  notNegations: readonly string[];
  /** Scheduling: the event is planned (من المقرر أن يجتمع، كما هو مقرر، يعتزم). */
  scheduled: readonly string[];
  /** Expectation, likelihood and condition: من المتوقع، قد، إذا. */
  expected: readonly string[];
  /**
   * "may" before a present-tense verb (قد يزور); before a past verb the same particle only stresses
   * that it happened (قد استأنفتا), so it counts for present-tense triggers only.
   */
  may: readonly string[];
  /** The future proclitic on a present-tense verb (سيزور) and its free form. */
  futureMarkers: readonly string[];
  /** "first … since": أول زيارة منذ 24 عاما implies the previous visit was 24 years ago. */
  first: readonly string[];
  /** "since/ago": منذ. Before a time it is "since" (a state began), right after an event "ago". */
  since: readonly string[];
  /**
   * "Later" (لاحقا، في وقت لاحق): an event told with it and no time of its own happened after the
   * event just told — on or after its day, approximately.
   */
  later: readonly string[];
  /** Anniversary words: the event named after them is old, dated only by its own clause. */
  anniversary: readonly string[];
  /** Prepositions that put a place as the setting or destination of an event: في هانوي، إلى كييف. */
  locative: readonly string[];
  /**
   * Frame words: an event noun after them is the setting of the clause it hangs on ("وقع الاتفاقات
   * الخميس، خلال زيارة دولة"). The frame shares that clause's time, but the time is told of the
   * framed event, so the frame's quote is its own words.
   */
  frames: readonly string[];
  /**
   * Relative "where" (حيث) and the prepositions of an origin (من): "قادما من كوريا الشمالية، حيث
   * وقع اتفاقا" tells what happened at the place he came FROM — earlier, not at the time of the
   * coming. Such a clause takes only a time of its own, and the origin as its place.
   */
  relativeWhere: readonly string[];
  origin: readonly string[];
  /**
   * Complementizers after a speech verb: "أعلن الكرملين أن بوتين تحدث مع ترمب أمس" — a time after
   * them dates what is reported, not the announcement.
   */
  complementizers: readonly string[];
  /** Prepositions of a target, a place for attacks only: "هجوم على موسكو"، "مسيرات فوق منطقة موسكو". */
  targets: readonly string[];
}

export const modality: ModalityLocale = {
  // وقف، تعليق: "وقف الضربات" (halting strikes) is not a strike.
  negators: ['لم', 'لن', 'لا', 'ليس', 'ليست', 'عدم', 'دون', 'بدون', 'لما', 'وقف', 'تعليق'],
  negationWindow: 3,
  notNegations: ['لا سيما', 'لا يزال', 'لا تزال', 'لا زال', 'لا زالت', 'لا بد', 'لا شك'],
  scheduled: [
    'من المقرر',
    'من المزمع',
    'المقرر',
    'المزمع',
    'كما مقرر',
    'كما هو مقرر',
    'يعتزم',
    'تعتزم',
    'يستعد',
    'تستعد',
    'يزمع',
    'تزمع',
    'سوف',
    'من المنتظر',
    'المرتقب',
    'المرتقبة',
    'المقبل',
    'المقبلة',
    'القادم',
    'القادمة',
  ],
  expected: ['من المتوقع', 'المتوقع', 'يتوقع', 'تتوقع', 'يرجح', 'من المرجح', 'المحتمل', 'من المحتمل', 'ربما', 'إذا', 'لو', 'في حال', 'في حالة', 'حال'],
  may: ['قد'],
  futureMarkers: ['سوف'],
  first: ['أول', 'الأول', 'أولى', 'الأولى', 'لأول'],
  since: ['منذ'],
  later: ['لاحقا', 'في وقت لاحق', 'بعد ذلك', 'عقب ذلك', 'إثر ذلك', 'في وقت لاحق من اليوم'],
  anniversary: ['ذكرى', 'الذكرى', 'ذكراها', 'ذكراه', 'الذكري'],
  locative: ['في', 'إلى', 'الى', 'داخل', 'قرب', 'بالقرب', 'نحو', 'عند'],
  frames: ['خلال', 'أثناء', 'إبان', 'طوال', 'على هامش', 'في إطار', 'في أثناء', 'في خضم', 'في سياق'],
  relativeWhere: ['حيث'],
  origin: ['من', 'عن'],
  targets: ['على', 'فوق', 'ضد', 'باتجاه'],
  complementizers: ['أن', 'إن', 'بأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها', 'أنهما', 'إنهما'],
};
