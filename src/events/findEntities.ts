import type { CompiledGazetteer } from './compileGazetteer.js';
import { wordKeys } from './compileGazetteer.js';
import type { EntityKind, GazetteerEntry } from './gazetteerTypes.js';
import type { Token } from './tokenize.js';

/** A gazetteer name found in a token list. */
export interface EntityHit {
  entry: GazetteerEntry;
  kind: EntityKind;
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
}

// Clitics a name can carry on its first word: و، ف، ب، ل، ك، and the article's لل (للصين).
const LEADS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك'];

function firstWordForms(word: string): string[] {
  const forms = [word];
  for (const lead of LEADS) {
    if (word.startsWith(lead) && word.length - lead.length >= 2) {
      const rest = word.slice(lead.length);
      forms.push(rest);
      // ل + ال is written لل: للصين = ل + الصين.
      if (lead.endsWith('ل') && rest.startsWith('ل')) forms.push('ا' + rest);
    }
  }
  return forms;
}

function matches(word: string, want: string, skeleton: boolean): boolean {
  if (word === want) return true;
  const a = wordKeys(word, skeleton);
  const b = wordKeys(want, skeleton);
  return a.some((k) => b.includes(k));
}

/**
 * Finds gazetteer names in a list of words, longest match first, without overlaps. The first word
 * may carry a conjunction or preposition (لبوتين، وهانوي، بالصين); spellings are compared folded and
 * by skeleton (see `wordKeys`).
 */
export function findEntities(tokens: readonly Token[], gazetteer: CompiledGazetteer): EntityHit[] {
  const hits: EntityHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: EntityHit | null = null;
    // A one-word name matched only by its skeleton is a guess: "بودن" in "نجلاء بودن" is another
    // person's family name, not بايدن. It counts only after a title or an adjective ("الرئيس
    // الأمريكي بايدن") or with nothing before it.
    const prev = tokens[i - 1]?.form;
    const guessOk = prev === undefined || /^(?:ال|وال)\p{L}{2,}/u.test(prev);
    for (const form of firstWordForms(tokens[i]!.form)) {
      for (const key of wordKeys(form)) {
        for (const name of gazetteer.first.get(key) ?? []) {
          const last = i + 1 + name.rest.length;
          if (last > tokens.length) continue;
          if (key.startsWith('~') && name.rest.length === 0 && !guessOk) continue;
          if (!name.rest.every((w, k) => matches(tokens[i + 1 + k]!.form, w, name.kind === 'person'))) continue;
          if (!best || last > best.last) {
            best = { entry: name.entry, kind: name.kind, first: i, last, start: tokens[i]!.start, end: tokens[last - 1]!.end };
          }
        }
      }
    }
    if (best) {
      hits.push(best);
      i = best.last - 1;
    }
  }
  return hits;
}
