/**
 * Who a clause is about when it does not say: the DATA of src/events/discourse.ts.
 *
 * Arabic news drops a repeated subject ("وأجرى بوتين محادثات مع ترونغ، ووضع إكليلاً" — the one who
 * laid the wreath is Putin), refers back with a possessive pronoun ("غداة توقيعه" — his signing)
 * and with a description ("ويشارك الرئيس الروسي أيضا" — the Russian president named earlier).
 * Written plainly; the engine folds them.
 */
export interface DiscourseLocale {
  /**
   * Nouns that are themselves the subject of a verb without naming anyone (the two sides, the two
   * presidents): after them a verb has a subject, so none is inherited.
   */
  partyNouns: readonly string[];
  /**
   * Of the party nouns, those that stand for people (the two presidents): they resolve to the last
   * two people named; the others (the two sides, the two countries) to the last two participants,
   * people or states.
   */
  peopleNouns: readonly string[];
  /** Independent pronouns: a verb whose subject is one of them ("حيث وقع هو والزعيم") inherits who it is. */
  pronouns: readonly string[];
  /** Prepositions after a verb that introduce its object or setting, never its subject. */
  objectPrepositions: readonly string[];
  /**
   * Words after which a verb continues the subject told before ("قبل أن يغادر", "حيث التقى"),
   * unless it names its own.
   */
  subordinators: readonly string[];
  /** Relative pronouns: the verb right after one has the name before it as its subject. */
  relatives: readonly string[];
  /** Particles that may stand between a subject named first and its verb: "ميقاتي قد التقى". */
  particles: readonly string[];
  /**
   * Resumptive pronouns right after a verb ("يلتقي خلالها"): the verb is a relative clause on an
   * event told before, and its subject is the one told before.
   */
  resumptives: readonly string[];
  /**
   * Prepositions that make a named state a setting, not a party: "الحرب في أوكرانيا". (A state one
   * goes to — "زيارة إلى مصر" — is the host, a party.)
   */
  settingPrepositions: readonly string[];
  /** A person named within this many words of a sentence's start is the sentence's topic. */
  topicWindow: number;
  /** A person named within this many words after a verb (titles between) is its subject. */
  subjectWindow: number;
}

export const discourse: DiscourseLocale = {
  partyNouns: [
    'الطرفان', 'الطرفين', 'الجانبان', 'الجانبين', 'البلدان', 'البلدين', 'الرئيسان', 'الرئيسين',
    'الزعيمان', 'الزعيمين', 'الوزيران', 'الوزيرين', 'الزعماء', 'القادة', 'الوفدان', 'الوفدين',
    'الحكومتان', 'الحكومتين', 'الدولتان', 'الدولتين', 'بلديهما', 'بلديهم',
  ],
  peopleNouns: ['الرئيسان', 'الرئيسين', 'الزعيمان', 'الزعيمين', 'الوزيران', 'الوزيرين', 'الزعماء', 'القادة'],
  pronouns: ['هو', 'هي', 'هما', 'هم', 'هن'],
  objectPrepositions: ['خلالها', 'خلاله', 'مع', 'إلى', 'الى', 'على', 'عن', 'في', 'من', 'بين', 'لدى', 'عند', 'نحو', 'ضد'],
  subordinators: ['أن', 'حيث', 'كي', 'لكي', 'حتى', 'ثم', 'عندما', 'بعدما', 'قبلما', 'حين', 'حينما', 'كما', 'إذ'],
  relatives: ['الذي', 'التي', 'اللذان', 'اللتان', 'الذين', 'اللواتي', 'اللاتي'],
  particles: ['قد', 'لقد', 'فقد', 'وقد'],
  resumptives: ['خلالها', 'خلاله', 'أثناءها', 'أثناءه'],
  settingPrepositions: ['في', 'داخل', 'خارج', 'قرب', 'بالقرب', 'عند', 'حول', 'ضد'],
  topicWindow: 5,
  subjectWindow: 6,
};
