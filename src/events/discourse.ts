import type { DiscourseLocale } from '../locales/ar/discourse.js';
import type { Actor } from '../model/types.js';
import { fold } from './compileTriggers.js';
import type { CompiledTitles } from './findTitledPeople.js';
import { isDefinite, titleAt } from './findTitledPeople.js';
import type { TriggerHit } from './findTriggers.js';
import type { Token } from './tokenize.js';

export interface CompiledDiscourse {
  partyNouns: Set<string>;
  peopleNouns: Set<string>;
  pronouns: Set<string>;
  objectPrepositions: Set<string>;
  subordinators: Set<string>;
  relatives: Set<string>;
  particles: Set<string>;
  resumptives: Set<string>;
  settingPrepositions: Set<string>;
  topicWindow: number;
  subjectWindow: number;
}

export function compileDiscourse(d: DiscourseLocale): CompiledDiscourse {
  return {
    partyNouns: new Set(d.partyNouns.map(fold)),
    pronouns: new Set(d.pronouns.map(fold)),
    peopleNouns: new Set(d.peopleNouns.map(fold)),
    objectPrepositions: new Set(d.objectPrepositions.map(fold)),
    subordinators: new Set(d.subordinators.map(fold)),
    relatives: new Set(d.relatives.map(fold)),
    particles: new Set(d.particles.map(fold)),
    resumptives: new Set(d.resumptives.map(fold)),
    settingPrepositions: new Set(d.settingPrepositions.map(fold)),
    topicWindow: d.topicWindow,
    subjectWindow: d.subjectWindow,
  };
}

/** A person named in a sentence: by the gazetteer, by a title and name, or by a description. */
export interface PersonMention {
  first: number;
  last: number;
  start: number;
  end: number;
  actor: Actor;
  /** Where the mention's title starts, when a title introduces it ("المبعوث الخاص إلى السودان توم…"). */
  head?: number;
  /** A body (ministry, army, council), not a person: a subject, but never one of "the two ministers". */
  organization?: boolean;
  /** Introduced by a possessed title ("نظيره الإيراني عباس عراقجي"): the object of a verb, never its subject. */
  possessed?: boolean;
}

/** A title with its nationality adjectives ("الرئيس الروسي", "الزعيم الكوري الشمالي") as a key. */
interface Description {
  first: number;
  last: number;
  key: string;
}

/** How many names back a party noun looks for its two parties. */
const MAX_LOOKBACK = 32;

const strip = (w: string) => (/^[وفل]/u.test(w) && w.length > 3 ? w.slice(1) : w);

/**
 * Descriptions in a token list: a title followed by at least one nationality adjective (a definite
 * word ending in ي, or a modifier of the title data) in the same clause. A bare title ("الرئيس")
 * is too vague to stand for one person.
 */
function descriptions(tokens: readonly Token[], titles: CompiledTitles, sameClause: (a: number, b: number) => boolean): Description[] {
  const out: Description[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const title = titleAt(tokens, i, titles);
    if (!title) continue;
    let j = i + title.length;
    const adjectives: string[] = [];
    while (j < tokens.length && adjectives.length < 3 && sameClause(j - 1, j)) {
      const w = tokens[j]!.form;
      if (titles.notNames.has(w) || !isDefinite(w) || !(/ي$/u.test(w) || titles.modifiers.has(w))) break;
      adjectives.push(w);
      j++;
    }
    if (adjectives.length === 0) continue;
    out.push({ first: i, last: j, key: [...title.map((w, k) => (k === 0 ? strip(w) : w)), ...adjectives].join(' ') });
    i = j - 1;
  }
  return out;
}

/**
 * The discourse state of one article, read sentence by sentence in order: which person each
 * description stands for, and who the subjects of the clauses were, so a clause that does not say
 * who acts inherits it.
 */
export class Discourse {
  private described = new Map<string, Actor>();
  /** Subjects of the current paragraph (offset, actor), in text order; and the last of the paragraph before. */
  private subjects: Array<{ at: number; actor: Actor; person: boolean }> = [];
  private previousParagraph: Actor | undefined;
  private previousParagraphIsBody = false;
  /** Participants named in the current paragraph (people and states), in text order; and in the one before. */
  private named: Array<{ at: number; actor: Actor; person: boolean }> = [];
  private namedBefore: Array<{ at: number; actor: Actor; person: boolean }> = [];

  constructor(private readonly d: CompiledDiscourse, private readonly titles: CompiledTitles) {}

  /** Starts a paragraph: only the paragraph right before lends its last subject. */
  newParagraph(): void {
    const last = this.subjects[this.subjects.length - 1];
    this.previousParagraph = last?.actor;
    this.previousParagraphIsBody = last !== undefined && !last.person;
    this.subjects = [];
    // Earlier paragraphs stay reachable: "وكان الوزيران قد أجريا اتصالا" two paragraphs after they were named.
    for (const n of this.named) this.namedBefore.push(n);
    this.named = [];
  }

  /**
   * Reads one sentence. `named` are the people the gazetteer and the title heuristic found. Returns
   * the people it names only by a description told earlier ("الرئيس الروسي" after "الرئيس الروسي،
   * فلاديمير بوتين"), and records the sentence's topic and its verbs' subjects.
   */
  readSentence(
    tokens: readonly Token[],
    named: readonly PersonMention[],
    triggers: readonly TriggerHit[],
    sameClause: (a: number, b: number) => boolean,
    states: readonly PersonMention[] = [],
  ): PersonMention[] {
    const byFirst = new Map(named.map((p) => [p.first, p]));
    const described: PersonMention[] = [];
    for (const desc of descriptions(tokens, this.titles, sameClause)) {
      const next = byFirst.get(desc.last);
      if (next) this.described.set(desc.key, next.actor);
      else if (!named.some((p) => p.first >= desc.first && p.first < desc.last + 1)) {
        const actor = this.described.get(desc.key);
        if (actor) {
          described.push({ first: desc.first, last: desc.last, start: tokens[desc.first]!.start, end: tokens[desc.last - 1]!.end, actor });
        }
      }
    }
    const people = [...named, ...described].sort((a, b) => a.first - b.first);
    // Sentences come in text order: sorting each sentence's own batch keeps the lists ordered in
    // linear time over a paragraph.
    const batch = [
      ...people.map((p) => ({ at: p.start, actor: p.actor, person: !p.organization })),
      ...states.map((p) => ({ at: p.start, actor: p.actor, person: false })),
    ];
    for (const n of batch.sort((a, b) => a.at - b.at)) this.named.push(n);
    const subjects: Array<{ at: number; actor: Actor; person: boolean }> = [];
    const topic = people[0];
    if (topic && topic.first <= this.d.topicWindow) subjects.push({ at: topic.start, actor: topic.actor, person: !topic.organization });
    for (const h of triggers) {
      if (h.form === 'noun') continue;
      const s = this.explicitSubject(tokens, people, h, sameClause);
      if (s) subjects.push({ at: s.start, actor: s.actor, person: !s.organization });
    }
    for (const s of subjects.sort((a, b) => a.at - b.at)) this.subjects.push(s);
    return described;
  }

  /** The person a verb names as its subject: right after it (titles between), or right before it. */
  explicitSubject(
    tokens: readonly Token[],
    people: readonly PersonMention[],
    h: TriggerHit,
    sameClause: (a: number, b: number) => boolean,
  ): PersonMention | undefined {
    // "حيث وقع هو والزعيم الكوري": the pronoun is the subject; the name after it is a second party.
    if (this.d.pronouns.has(tokens[h.last]?.form ?? '')) return undefined;
    // "رئيس الوزراء العراقي محمد شياع السوداني، الذي وصل": a relative verb's subject is the name
    // the relative pronoun hangs on.
    // Unless the verb names its own subject right after it ("بوتين الذي أصدرت المحكمة … مذكرة").
    const relative = tokens[h.first - 1]?.form ?? '';
    if (this.d.relatives.has(relative)) {
      const own = people.find((p) => !p.possessed && Math.min(p.head ?? p.first, p.first) === h.last);
      const antecedent = people.find((p) => !p.possessed && p.last === h.first - 1);
      if (own ?? antecedent) return own ?? antecedent;
    }
    // "وكان رئيس الحكومة نجيب ميقاتي قد التقى المبعوث": a name right before the verb (قد between)
    // is its subject, whatever follows the verb.
    const close = people.find(
      (p) => !p.possessed && p.last <= h.first && (p.last === h.first || (p.last === h.first - 1 && this.d.particles.has(tokens[p.last]!.form))) && sameClause(p.last - 1, h.first),
    );
    if (close) return close;
    const head = (p: PersonMention) => Math.min(p.head ?? p.first, p.first);
    const after = people
      .filter((p) => head(p) >= h.last && head(p) - h.last <= this.d.subjectWindow && sameClause(h.last - 1, head(p)))
      .sort((a, b) => head(a) - head(b))[0];
    // "التقى نظيره الإيراني عباس عراقجي": his counterpart is met, the subject is told elsewhere.
    if (after && !after.possessed && !this.blocked(tokens, h.last, head(after))) return after;
    if (after?.possessed && head(after) === h.last) return undefined;
    // Subject before the verb ("زيلينسكي يحضر"), in the same clause.
    return people.find((p) => !p.possessed && p.last <= h.first && h.first - p.last <= 1 && sameClause(p.last - 1, h.first));
  }

  /** The last subject told before `at` in the paragraph, else the last of the paragraph before. */
  lastSubject(at: number, personOnly = false): Actor | undefined {
    // From the end: only the current sentence's subjects can lie after `at`.
    for (let i = this.subjects.length - 1; i >= 0; i--) {
      const s = this.subjects[i]!;
      if (s.at < at && (!personOnly || s.person)) return s.actor;
    }
    return personOnly && this.previousParagraphIsBody ? undefined : this.previousParagraph;
  }

  /** A preposition or a party noun between a verb and a name: the name is not its subject. */
  private blocked(tokens: readonly Token[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const w = tokens[k]!.form;
      if (this.d.objectPrepositions.has(w) || this.d.objectPrepositions.has(strip(w)) || this.d.partyNouns.has(w)) return true;
      // A noun with an attached preposition heads the name after it: "تطالب بانسحاب الجيش الروسي".
      if (/^[وف]?[بل]ال?\p{L}{3,}/u.test(w)) return true;
    }
    return false;
  }

  /**
   * The actor a trigger inherits when it does not name who acts: a verbal noun with a possessive
   * pronoun (توقيعه = his signing), a verb with a pronoun subject (وقع هو والزعيم), or a verb
   * joined by و/ف whose next words name no one
   * ("ووضع إكليلاً"). The subject is the last one told before it in the paragraph (or the last of
   * the paragraph before); undefined when the trigger names its own subject or nothing came before.
   */
  inheritedSubject(
    tokens: readonly Token[],
    people: readonly PersonMention[],
    h: TriggerHit,
    sameClause: (a: number, b: number) => boolean,
    countryAt: (i: number) => boolean,
  ): Actor | undefined {
    const pronoun = (h.form === 'noun' && h.enclitic) || (h.form !== 'noun' && this.d.pronouns.has(tokens[h.last]?.form ?? ''));
    // A verb joined by و/ف, or subordinate ("قبل أن يغادر", "حيث التقى"), continues the subject told.
    const before = tokens[h.first - 1]?.form ?? '';
    // …or a relative clause with a resumptive pronoun: "في زيارة تستمر ثلاثة أيام يلتقي خلالها البرهان".
    const subordinate =
      this.d.subordinators.has(before) || this.d.subordinators.has(before.replace(/^[وف]/u, '')) || this.d.resumptives.has(tokens[h.last]?.form ?? '');
    const elided = h.form !== 'noun' && (h.conjunction || subordinate) && !this.namesSubject(tokens, people, h, sameClause, countryAt);
    if (!pronoun && !elided) return undefined;
    return this.lastSubject(h.start);
  }

  /** Whether a state named at token `first` is a setting ("في أوكرانيا") rather than a party. */
  isSetting(tokens: readonly Token[], first: number): boolean {
    const w = tokens[first - 1]?.form ?? '';
    return this.d.settingPrepositions.has(w) || (/^[وف]/u.test(w) && this.d.settingPrepositions.has(w.slice(1)));
  }

  /**
   * The two parties a party noun near the trigger stands for ("وشهد الرئيسان", "وقع الطرفان",
   * "تبادل بلديهما"): the last two distinct participants named before it in the paragraph, or in
   * the paragraph before — people only for the people nouns (the two presidents). Undefined when
   * no party noun is there or fewer than two were named.
   */
  parties(tokens: readonly Token[], h: TriggerHit): Actor[] | undefined {
    let noun: string | undefined;
    // The noun stands as the verb's subject ("وقع الطرفان"), or a few words before a verbal noun
    // ("وعقد الرئيسان جلسة مباحثات").
    for (let k = Math.max(0, h.first - 3); k < Math.min(tokens.length, h.last + 3); k++) {
      const w = tokens[k]!.form;
      const bare = /^[وف]/u.test(w) && this.d.partyNouns.has(w.slice(1)) ? w.slice(1) : w;
      if (k !== h.first && this.d.partyNouns.has(bare)) {
        noun = bare;
        break;
      }
    }
    if (noun === undefined) return undefined;
    const peopleOnly = this.d.peopleNouns.has(noun);
    const out: Actor[] = [];
    const states = new Set<string>();
    // From the end, at most a bounded number of names back: a hostile paragraph of names and party
    // nouns stays linear.
    for (const list of [this.named, this.namedBefore]) {
      for (let i = list.length - 1, seen = 0; i >= 0 && out.length < 2 && seen < MAX_LOOKBACK; i--) {
        const n = list[i]!;
        if (n.at >= h.start && list === this.named) continue;
        seen++;
        if (peopleOnly && !n.person) continue;
        // One state once, whether named or through its leader (Putin and Russia are one side).
        const state = n.actor.country ?? (n.person ? undefined : n.actor.id);
        if (out.some((a) => a.id === n.actor.id) || (state !== undefined && states.has(state))) continue;
        out.push(n.actor);
        if (state !== undefined) states.add(state);
      }
      if (out.length === 2) break;
    }
    return out.length === 2 ? out.reverse() : undefined;
  }

  private namesSubject(
    tokens: readonly Token[],
    people: readonly PersonMention[],
    h: TriggerHit,
    sameClause: (a: number, b: number) => boolean,
    countryAt: (i: number) => boolean,
  ): boolean {
    if (this.explicitSubject(tokens, people, h, sameClause)) return true;
    const next = tokens[h.last]?.form;
    if (next === undefined) return false;
    return this.d.partyNouns.has(next) || countryAt(h.last);
  }
}
