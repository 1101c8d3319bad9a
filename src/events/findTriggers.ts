import type { TriggerEntry } from '../locales/ar/triggers.js';
import { fold, type FormHit, type Proclitic, type TriggerLexicon } from './compileTriggers.js';
import type { Token } from './tokenize.js';

/** A trigger found in a sentence. */
export interface TriggerHit {
  entry: TriggerEntry;
  form: FormHit['form'];
  /** Index of its first token in the sentence's token list, and one past its last. */
  first: number;
  last: number;
  /** Span in the original text. */
  start: number;
  end: number;
  /** Carried the future prefix (سيزور). */
  future: boolean;
  /** Carried an object or possessive pronoun (وقعه، زيارته). */
  enclitic: boolean;
  /** Carried a conjunction (ووصل). */
  conjunction: boolean;
}

interface Analysis {
  hit: FormHit;
  proclitic: Proclitic;
  enclitic: string;
}

const NUMBER = /^\p{N}/u;
const MAX_WORD = 40;

function allowed(p: Proclitic, hit: FormHit): boolean {
  if (p.future) return hit.form === 'present';
  if (p.article) return hit.form === 'noun';
  if (p.preposition === 'ل') return hit.form !== 'past';
  if (p.preposition !== '') return hit.form === 'noun';
  return true;
}

/** Every reading of a word as an inflected trigger, the least stripped first. */
export function analyze(word: string, lexicon: TriggerLexicon): Analysis[] {
  // No trigger with its clitics is this long; a run of letters without spaces is not read.
  if (word.length > MAX_WORD || lexicon.notTriggers.has(word)) return [];
  const out: Analysis[] = [];
  for (const proclitic of lexicon.proclitics) {
    if (!word.startsWith(proclitic.text)) continue;
    const rest = word.slice(proclitic.text.length);
    for (const enclitic of lexicon.enclitics) {
      if (enclitic !== '' && !rest.endsWith(enclitic)) continue;
      const stem = rest.slice(0, rest.length - enclitic.length);
      if (stem.length < 2) continue;
      // Pronouns attach to verbs and to nouns without the article.
      if (enclitic !== '' && proclitic.article) continue;
      for (const hit of lexicon.forms.get(stem) ?? []) {
        // "my" (ي) goes on nouns only: شكري is a name, not شكر + ي.
        if (enclitic === 'ي' && hit.form !== 'noun') continue;
        if (allowed(proclitic, hit)) out.push({ hit, proclitic, enclitic });
      }
    }
  }
  out.sort((a, b) => a.proclitic.text.length + a.enclitic.length - (b.proclitic.text.length + b.enclitic.length));
  return out;
}

/** The word without any proclitic stack, for comparing with a list of plain words. */
function strippedForms(word: string, lexicon: TriggerLexicon): string[] {
  const out = [word];
  for (const p of lexicon.proclitics) if (p.text !== '' && word.startsWith(p.text) && word.length - p.text.length >= 2) out.push(word.slice(p.text.length));
  // The accusative alef of an indefinite noun: "وقع الطرفان 15 اتفاقا".
  for (const w of [...out]) if (w.length > 3 && w.endsWith('ا')) out.push(w.slice(0, -1));
  return out;
}

const foldedSets = new WeakMap<readonly string[], Set<string>>();
function foldedSet(words: readonly string[]): Set<string> {
  let set = foldedSets.get(words);
  if (!set) {
    set = new Set();
    for (const w of words) {
      const f = fold(w);
      set.add(f);
      if (f.startsWith('ال') && f.length > 4) set.add(f.slice(2));
    }
    foldedSets.set(words, set);
  }
  return set;
}

function findNeed(tokens: readonly Token[], from: number, to: number, words: readonly string[], lexicon: TriggerLexicon): number {
  const set = foldedSet(words);
  if (from >= to) return -1;
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    if (strippedForms(tokens[i]!.form, lexicon).some((f) => set.has(f))) return i;
  }
  return -1;
}

/**
 * Finds event triggers in the words of one sentence. Each word gets at most one trigger: the first
 * entry (in data order) whose conditions hold, so specific entries (تبادل + أسرى) come before
 * general ones.
 *
 * @param entityAt whether a gazetteer name starts at a token (for `jointSubject`).
 */
export function findTriggers(
  tokens: readonly Token[],
  lexicon: TriggerLexicon,
  entityAt: (index: number) => boolean = () => false,
  inName: (index: number) => boolean = () => false,
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  // A window of words after a trigger does not count the words of a person's title and name:
  // "وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران" has its إلى one word away.
  const reach = (from: number, window: number) => {
    let end = from;
    for (let counted = 0; end < tokens.length && counted < window; end++) if (!inName(end)) counted++;
    return end;
  };
  for (let i = 0; i < tokens.length; i++) {
    // A word of a name is not a trigger: "الأمير فيصل" (ف + يصل).
    if (inName(i)) continue;
    const readings = analyze(tokens[i]!.form, lexicon);
    if (readings.length === 0) continue;
    // Entries in data order: the first that fits wins.
    const order = [...readings].sort((a, b) => lexicon.order.get(a.hit.entry)! - lexicon.order.get(b.hit.entry)!);
    for (const r of order) {
      const { entry } = r.hit;
      let last = i + 1;
      if (r.hit.rest.length > 0) {
        const ok = r.hit.rest.every((w, k) => strippedForms(tokens[i + 1 + k]?.form ?? '', lexicon).includes(w));
        if (!ok) continue;
        last = i + 1 + r.hit.rest.length;
      }
      const window = entry.window ?? 4;
      let satisfied = true;
      if (entry.needsAfter || entry.needsBefore || entry.jointSubject) {
        const after = entry.needsAfter ? findNeed(tokens, last, reach(last, window), entry.needsAfter, lexicon) : -1;
        const before = entry.needsBefore ? findNeed(tokens, i - window, i, entry.needsBefore, lexicon) : -1;
        let joint = false;
        if (entry.jointSubject) {
          for (let a = last; a < last + window && a < tokens.length && !joint; a++) {
            if (!entityAt(a)) continue;
            for (let b = a + 1; b <= a + 3 && b < tokens.length; b++) if (tokens[b]!.form.startsWith('و') && entityAt(b)) joint = true;
          }
        }
        const encl = entry.encliticSatisfies === true && r.enclitic !== '';
        if (entry.needsEither) satisfied = after >= 0 || before >= 0;
        else satisfied = (entry.needsAfter ? after >= 0 : true) && (entry.needsBefore ? before >= 0 : true);
        if (entry.jointSubject && entry.needsAfter) satisfied = after >= 0 || joint;
        if (encl) satisfied = true;
        if (satisfied && entry.notBeforeNumber) {
          if (NUMBER.test(tokens[last]?.form ?? '') || (after >= 0 && NUMBER.test(tokens[after + 1]?.form ?? ''))) satisfied = false;
        }
      }
      if (!satisfied) continue;
      hits.push({
        entry,
        form: r.hit.form,
        first: i,
        last,
        start: tokens[i]!.start,
        end: tokens[last - 1]!.end,
        future: r.proclitic.future,
        enclitic: r.enclitic !== '',
        conjunction: r.proclitic.conjunction,
      });
      i = last - 1;
      break;
    }
  }
  return hits;
}
