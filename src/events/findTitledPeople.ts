import type { TitlesLocale } from '../locales/ar/titles.js';
import { fold } from './compileTriggers.js';
import type { Token } from './tokenize.js';

/** A person found by the title heuristic: "السفير الروسي لدى فيتنام جينادي إس بيزديتكو". */
export interface TitledPerson {
  /** The name as folded words. */
  name: string;
  /** Token range of the name [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
  /** The title words as folded text: 'السفير'. */
  title: string;
  /** Token index where the title starts: the title and its complement are [titleFirst, first). */
  titleFirst: number;
}

/** What the caller knows about the words beyond the title data. */
export interface TitleContext {
  /** One past the last token of a place name starting at `i`, or -1: "وزير خارجية فرنسا". */
  placeEnd?: (i: number) => number;
  /** Likewise for an organization: "الأمين العام لجامعة الدول العربية". */
  organizationEnd?: (i: number) => number;
  /**
   * Whether an excluded word may still start a name right after a title: "الأمير فيصل" (read as
   * ف + يصل, a verb, only because a conjunction can stand in front of a verb).
   */
  nameStartOk?: (i: number) => boolean;
}

export interface CompiledTitles {
  titles: string[][];
  /** Titles by their first word, longest first. */
  byFirst: Map<string, string[][]>;
  modifiers: Set<string>;
  prepositions: Set<string>;
  notNames: Set<string>;
  maxNameWords: number;
  nameLinks: Set<string>;
  /** First words of titles, to stop a name at the next title ("نبيه بري ورئيس الحكومة"). */
  titleStarts: Set<string>;
  /** Titles whose complement can be a destination (المبعوث الخاص إلى السودان), and its prepositions. */
  destinationTitles: Set<string>;
  destinationPrepositions: Set<string>;
}

const cache = new WeakMap<TitlesLocale, CompiledTitles>();

export function compileTitles(locale: TitlesLocale): CompiledTitles {
  const hit = cache.get(locale);
  if (hit) return hit;
  const sorted = locale.titles.map((t) => fold(t).split(' ')).sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, string[][]>();
  for (const words of sorted) byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  const compiled: CompiledTitles = {
    titles: sorted,
    byFirst,
    modifiers: new Set(locale.modifiers.map(fold)),
    prepositions: new Set(locale.complementPrepositions.map(fold)),
    notNames: new Set(locale.notNames.map(fold)),
    maxNameWords: locale.maxNameWords,
    nameLinks: new Set(locale.nameLinks.map(fold)),
    titleStarts: new Set(locale.titles.map((t) => fold(t).split(' ')[0]!)),
    destinationTitles: new Set(locale.destinationTitles.map(fold)),
    destinationPrepositions: new Set(locale.destinationPrepositions.map(fold)),
  };
  cache.set(locale, compiled);
  return compiled;
}

const LEADS = ['و', 'ف', 'ل', 'ب'];

/** The word and its readings without a leading و، ف، ل، ب (للرئيس = ل + الرئيس). */
export function firstWordForms(word: string): string[] {
  const out = [word];
  for (const lead of LEADS) {
    if (!word.startsWith(lead)) continue;
    const rest = word.slice(lead.length);
    out.push(rest);
    if (lead === 'ل' && rest.startsWith('ل')) out.push('ا' + rest);
  }
  return out;
}

export function titleWordMatches(word: string, want: string, firstWord: boolean): boolean {
  if (word === want) return true;
  if (!firstWord) return false;
  for (const lead of LEADS) {
    if (!word.startsWith(lead)) continue;
    const rest = word.slice(lead.length);
    if (rest === want) return true;
    // للرئيس = ل + الرئيس.
    if (lead === 'ل' && rest.startsWith('ل') && 'ا' + rest === want) return true;
  }
  return false;
}

/** The longest title of the data starting at token `i` (its first word may carry و، ف، ل، ب), as folded words. */
export function titleAt(tokens: readonly Token[], i: number, titles: CompiledTitles): string[] | undefined {
  return firstWordForms(tokens[i]!.form)
    .flatMap((f) => titles.byFirst.get(f) ?? [])
    .find((words) => words.every((w, k) => tokens[i + k] !== undefined && titleWordMatches(tokens[i + k]!.form, w, k === 0)));
}

/** A nisba adjective (الروسي، الفيتنامية، الأميركيين) or a definite word of the title's complement. */
export function isDefinite(word: string): boolean {
  return /^(?:ال|بال|لل|وال)\p{L}{2,}/u.test(word);
}

/**
 * Finds people the gazetteer does not know by the title in front of their name: a title
 * (الرئيس، رئيس الوزراء، المتحدث باسم، الزعيم، السفير …), then modifiers, nationality adjectives and a
 * complement (لدى فيتنام، باسم الكرملين), then up to `maxNameWords` words that can be a name — in the
 * same clause. When the name stands before the title ("دميتري بيسكوف، المتحدث باسم الكرملين"), the
 * words before the comma are taken.
 *
 * @param sameClause whether nothing but spaces separates two adjacent tokens.
 * @param excluded whether a token is already part of a gazetteer name, a trigger or a time.
 * @param commaBetween whether only a comma separates two adjacent tokens: a name stands before its
 *   title only in apposition ("دميتري بيسكوف، المتحدث"), not before a bracket or a stop
 *   ("(الخامسة بتوقيت غرينتش) نظيره" is a time gloss, not a name). Default: any clause break.
 */
export function findTitledPeople(
  tokens: readonly Token[],
  titles: CompiledTitles,
  sameClause: (a: number, b: number) => boolean,
  excluded: (index: number) => boolean,
  commaBetween: (a: number, b: number) => boolean = (a, b) => !sameClause(a, b),
  context: TitleContext = {},
): TitledPerson[] {
  const out: TitledPerson[] = [];
  const placeEnd = (i: number) => context.placeEnd?.(i) ?? -1;
  const nameLike = (i: number, linked = false, first = false) => {
    const t = tokens[i];
    if (!t || (excluded(i) && !(first && context.nameStartOk?.(i)))) return false;
    if (/\p{N}/u.test(t.form) || t.form.length < 2) return false;
    if (titles.notNames.has(t.form) || titles.modifiers.has(t.form)) return false;
    if (titles.titleStarts.has(t.form) || (/^[وف]/u.test(t.form) && titles.titleStarts.has(t.form.slice(1)))) return false;
    if (isDefinite(t.form) && !linked) return false;
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    const title = titleAt(tokens, i, titles);
    if (!title) continue;
    let j = i + title.length;
    // "نظيره" is bare too, but possessed: a name follows it ("نظيره سامي حداد").
    const bareTitle = !isDefinite(title[title.length - 1]!) && !title[0]!.startsWith('نظير') && !title[0]!.startsWith('ونظير');
    let construct = false;
    // Modifiers, nationality adjectives, a complement: at most six words, all in the clause.
    for (let steps = 0; steps < 6 && j < tokens.length && sameClause(j - 1, j); steps++) {
      const w = tokens[j]!.form;
      // A destination complement: "المبعوث الأمريكي الخاص إلى السودان توم بيرييلو".
      if (titles.destinationPrepositions.has(w) && titles.destinationTitles.has(title[0]!) && j + 1 < tokens.length) {
        const end = placeEnd(j + 1);
        if (end > j + 1) {
          j = end;
          continue;
        }
      }
      if (titles.prepositions.has(w) && j + 1 < tokens.length) {
        const end = placeEnd(j + 1);
        j = end > j + 1 ? end : j + 2;
        continue;
      }
      if (titles.notNames.has(w)) break;
      // A complement with an attached ل: "الأمين العام لجامعة الدول العربية", "المدير العام لمنظمة الصحة العالمية".
      if (/^ل\p{L}{3,}/u.test(w) && !isDefinite(w)) {
        const org = context.organizationEnd?.(j) ?? -1;
        if (org > j) {
          j = org;
          continue;
        }
        const next = tokens[j + 1]?.form;
        if (/ه$/u.test(w) && next !== undefined && isDefinite(next) && sameClause(j, j + 1) && !excluded(j)) {
          j++;
          continue;
        }
      }
      // A bare title heads a construct chain, never a name: "رئيس هيئة الأركان", "وزير خارجية
      // فرنسا", "لوزير خارجية سعودي" (but "وزيرة الخارجية سارة الهاشمي" is definite).
      if (steps === 0 && bareTitle && !isDefinite(w) && !excluded(j)) {
        j++;
        construct = true;
        continue;
      }
      if (construct && placeEnd(j) > j) {
        j = placeEnd(j);
        construct = false;
        continue;
      }
      // The indefinite adjective of an indefinite construct: "وزير خارجية سعودي".
      if (construct && /ي$/u.test(w) && !excluded(j)) {
        j++;
        construct = false;
        continue;
      }
      construct = false;
      if (titles.modifiers.has(w) || isDefinite(w)) {
        j++;
        continue;
      }
      break;
    }
    let k = j;
    while (k < tokens.length && k - j < titles.maxNameWords && sameClause(k - 1, k) && nameLike(k, k > j && titles.nameLinks.has(tokens[k - 1]!.form), k === j)) {
      k++;
      // "بن سلمان" ends the name unless another link follows (بن راشد آل مكتوم).
      const link = tokens[k - 2]?.form;
      if (k - 2 >= j && link !== undefined && (link === 'بن' || link === 'بنت' || link === 'ابن') && !titles.nameLinks.has(tokens[k]?.form ?? '')) break;
    }
    // A family name with the article and a nisba ending closes the name: "بدر البوسعيدي".
    const family = tokens[k]?.form;
    if (k > j && k - j < titles.maxNameWords && family !== undefined && /^ال\p{L}{3,}ي$/u.test(family) && sameClause(k - 1, k) && !excluded(k) && !titles.notNames.has(family)) k++;
    if (k > j) {
      out.push({
        name: tokens.slice(j, k).map((t) => t.form).join(' '),
        first: j,
        last: k,
        start: tokens[j]!.start,
        end: tokens[k - 1]!.end,
        title: title.join(' '),
        titleFirst: i,
      });
      i = k - 1;
      continue;
    }
    // "NAME، TITLE": the name right before the comma.
    if (i > 0 && commaBetween(i - 1, i)) {
      let s = i - 1;
      while (s >= 0 && i - s <= titles.maxNameWords && nameLike(s) && (s === i - 1 || sameClause(s, s + 1))) s--;
      s++;
      // Two words at least (a given name and a family name): one word before a comma is too weak.
      if (i - s >= 2) {
        out.push({
          name: tokens.slice(s, i).map((t) => t.form).join(' '),
          first: s,
          last: i,
          start: tokens[s]!.start,
          end: tokens[i - 1]!.end,
          title: title.join(' '),
          titleFirst: i,
        });
      }
    }
  }
  return out;
}
