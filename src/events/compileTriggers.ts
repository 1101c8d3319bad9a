import type { TriggerEntry, TriggerMorphology } from '../locales/ar/triggers.js';
import { normalize } from '../text/normalize.js';

export type TriggerForm = 'past' | 'present' | 'noun';

/** One inflected form of a trigger entry. */
export interface FormHit {
  entry: TriggerEntry;
  form: TriggerForm;
  /** The words after the first one of a multi-word trigger ('أطلق سراح'), folded. */
  rest: string[];
}

export interface TriggerLexicon {
  /** Inflected first word (no clitics) → the entries it can start. */
  forms: Map<string, FormHit[]>;
  morphology: TriggerMorphology;
  /** Folded proclitic stacks, longest first: 'وال', 'بال', 'لل', 'و', …, ''. */
  proclitics: Proclitic[];
  /** Folded enclitics, longest first, then ''. */
  enclitics: string[];
  notTriggers: Set<string>;
  /** Position of each entry in the data: earlier entries win on the same word. */
  order: Map<TriggerEntry, number>;
}

/** A stack of proclitics and what it allows after it. */
export interface Proclitic {
  text: string;
  conjunction: boolean;
  /** The future س: only before a present-tense verb. */
  future: boolean;
  /** ب or ك: only before a noun. ل: before a noun or a present-tense verb. */
  preposition: string;
  /** The article: only before a noun. */
  article: boolean;
}

export const fold = (s: string): string => normalize(s).text.trim();

function add(map: Map<string, FormHit[]>, key: string, hit: FormHit): void {
  if (key.length < 2) return;
  const list = map.get(key);
  if (!list) map.set(key, [hit]);
  else if (!list.some((h) => h.entry === hit.entry && h.form === hit.form)) list.push(hit);
}

/**
 * Compiles trigger data into a map of inflected forms: past-tense person suffixes, present-tense
 * person prefixes and suffixes, noun endings (accusative alef, dual, the ت of ة before a pronoun).
 * Proclitics and enclitics are stripped at lookup time (see `findTriggers`).
 */
export function compileTriggers(entries: readonly TriggerEntry[], morphology: TriggerMorphology): TriggerLexicon {
  const forms = new Map<string, FormHit[]>();
  const m = {
    past: morphology.pastSuffixes.map(fold),
    presentPrefixes: morphology.presentPrefixes.map(fold),
    presentSuffixes: morphology.presentSuffixes.map(fold),
    nouns: morphology.nounSuffixes.map(fold),
  };
  for (const entry of entries) {
    for (const raw of entry.past ?? []) {
      const [first, ...rest] = fold(raw).split(' ');
      // Weak final yeh/alef (التقى → التقوا، التقت): also try the stem without it.
      const stems = /[يا]$/u.test(first!) ? [first!, first!.slice(0, -1)] : [first!];
      for (const stem of stems) for (const suffix of m.past) add(forms, stem + suffix, { entry, form: 'past', rest });
      add(forms, first!, { entry, form: 'past', rest });
    }
    for (const raw of entry.present ?? []) {
      const [first, ...rest] = fold(raw).split(' ');
      const body = first!.startsWith('ي') ? first!.slice(1) : first!;
      const bodies = /[يا]$/u.test(body) ? [body, body.slice(0, -1)] : [body];
      for (const b of bodies)
        for (const prefix of m.presentPrefixes)
          for (const suffix of m.presentSuffixes) add(forms, prefix + b + suffix, { entry, form: 'present', rest });
    }
    for (const raw of entry.nouns ?? []) {
      const [first0, ...rest] = fold(raw).split(' ');
      const first = first0!.startsWith('ال') && first0!.length > 4 ? first0!.slice(2) : first0!;
      for (const suffix of m.nouns) add(forms, first + suffix, { entry, form: 'noun', rest });
      // ة (folded ه) becomes ت before a pronoun or a dual: زيارته، مكالمتهما، زيارتين.
      if (first.endsWith('ه')) {
        const t = first.slice(0, -1) + 'ت';
        add(forms, t, { entry, form: 'noun', rest });
        add(forms, t + 'ين', { entry, form: 'noun', rest });
        add(forms, t + 'ان', { entry, form: 'noun', rest });
      }
    }
  }
  const conj = ['', ...morphology.conjunctions.map(fold)];
  const future = new Set(morphology.future.map(fold));
  const prep = ['', ...morphology.prepositions.map(fold), ...future];
  const art = ['', ...morphology.article.map(fold)];
  const proclitics: Proclitic[] = [];
  for (const c of conj)
    for (const p of prep)
      for (const a of art) {
        if (future.has(p) && a !== '') continue;
        // ل + ال is written لل.
        const text = p === 'ل' && a === 'ال' ? c + 'لل' : c + p + a;
        proclitics.push({
          text,
          conjunction: c !== '',
          future: future.has(p),
          preposition: future.has(p) ? '' : p,
          article: a !== '',
        });
      }
  proclitics.sort((x, y) => y.text.length - x.text.length);
  const enclitics = [...morphology.enclitics.map(fold)].sort((a, b) => b.length - a.length);
  enclitics.push('');
  const order = new Map(entries.map((e, i) => [e, i] as const));
  return { forms, morphology, proclitics, enclitics, notTriggers: new Set(morphology.notTriggers.map(fold)), order };
}
