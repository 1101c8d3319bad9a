import type { OrganizationsLocale } from '../locales/ar/organizations.js';
import { fold } from './compileTriggers.js';
import type { Token } from './tokenize.js';

export interface CompiledOrganizations {
  /** Heads, folded, without the article. */
  heads: Set<string>;
  /** Heads given with the article: they name a body only when definite ("الخارجية", not "خارجية سعودي"). */
  definiteOnly: Set<string>;
  standalone: Set<string>;
  maxWords: number;
}

const bare = (w: string) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

export function compileOrganizations(locale: OrganizationsLocale): CompiledOrganizations {
  return {
    heads: new Set(locale.heads.map((h) => bare(fold(h)))),
    definiteOnly: new Set(
      locale.heads
        .map(fold)
        .filter((h) => h.startsWith('ال') && !locale.heads.map(fold).includes(bare(h)))
        .map(bare),
    ),
    standalone: new Set(locale.standalone.map((h) => bare(fold(h)))),
    maxWords: locale.maxWords,
  };
}

/** An organization named by a head noun: "وزارة الصحة", "قوات الدعم السريع", "الجيش الإسرائيلي". */
export interface OrganizationHit {
  first: number;
  last: number;
  start: number;
  end: number;
  /** The head without clitics or article ('وزاره'), to resolve a later bare mention ("الوزارة"). */
  head: string;
  /** Only the head, definite ("الوزارة"): it may stand for an organization named earlier. */
  bareHead: boolean;
  /**
   * Display: drop `cut` characters of the original first word (its clitics) and put `display` in
   * front ("للرئاسة" → "الرئاسة": cut 2, display 'ال').
   */
  cut: number;
  display: string;
  /** The first word without its clitics, folded (for the id). */
  key: string;
}

/** The head a word is, once و/ف and the article are stripped, or undefined. */
function headOf(word: string, orgs: CompiledOrganizations): { head: string; definite: boolean; cut: number; display: string; key: string } | undefined {
  let w = word;
  let cut = 0;
  let display = '';
  if (/^[وف]/u.test(w) && w.length > 3 && !orgs.heads.has(bare(w))) {
    w = w.slice(1);
    cut = 1;
  }
  // ل + ال is written لل ("بيان للرئاسة"); بال and كال carry the article after the preposition.
  if (w.startsWith('لل') && w.length > 4) {
    w = 'ال' + w.slice(2);
    cut += 2;
    display = 'ال';
  } else if (/^[بك]ال/u.test(w) && w.length > 5) {
    w = w.slice(1);
    cut += 1;
  } else if (/^[لب]/u.test(w) && w.length > 3 && orgs.heads.has(w.slice(1))) {
    w = w.slice(1);
    cut += 1;
  }
  const definite = w.startsWith('ال');
  const b = bare(w);
  if (!orgs.heads.has(b) || (!definite && orgs.definiteOnly.has(b))) return undefined;
  return { head: b, definite, cut, display, key: w };
}

/**
 * Finds organizations in one sentence's words: a head noun, then (same clause) a construct noun
 * right after an indefinite head ("قوات الدعم", "لجان المقاومة") and definite words ("الصحة",
 * "الإسرائيلي"). A definite head alone ("الرئاسة") counts only for the standalone heads.
 *
 * @param excluded words that cannot belong to a name (triggers, times, other names).
 */
export function findOrganizations(
  tokens: readonly Token[],
  orgs: CompiledOrganizations,
  sameClause: (a: number, b: number) => boolean,
  excluded: (i: number) => boolean,
  stop: (w: string) => boolean,
): OrganizationHit[] {
  const out: OrganizationHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (excluded(i)) continue;
    const h = headOf(tokens[i]!.form, orgs);
    if (!h) continue;
    // After a definite noun a definite head is its adjective: "السياسة الخارجية".
    if (h.definite && i > 0 && sameClause(i - 1, i) && /^ال\p{L}{2,}/u.test(tokens[i - 1]!.form)) continue;
    let j = i + 1;
    // An indefinite head takes the noun after it (its complement), whatever its form.
    if (!h.definite && j < tokens.length && sameClause(j - 1, j) && !excluded(j) && !stop(tokens[j]!.form)) j++;
    while (j < tokens.length && j - i < orgs.maxWords && sameClause(j - 1, j) && !excluded(j) && !stop(tokens[j]!.form) && /^ال\p{L}{2,}/u.test(tokens[j]!.form)) j++;
    const bareHead = j === i + 1;
    if (bareHead && (!h.definite || !orgs.standalone.has(h.head))) continue;
    out.push({ first: i, last: j, start: tokens[i]!.start, end: tokens[j - 1]!.end, head: h.head, bareHead, cut: h.cut, display: h.display, key: h.key });
    i = j - 1;
  }
  return out;
}
