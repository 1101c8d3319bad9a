import type { EntityKind, Gazetteer, GazetteerEntry } from './gazetteerTypes.js';
import { fold } from './compileTriggers.js';
import { words as wordsOf } from '../text/wordRuns.js';

export interface CompiledName {
  entry: GazetteerEntry;
  kind: EntityKind;
  /** Keys of the name's words after the first. */
  rest: string[];
}

export interface CompiledGazetteer {
  /** Key of a name's first word → names starting with it. */
  first: Map<string, CompiledName[]>;
}

// Transliterations of the same foreign name differ in long vowels (ترمب/ترامب, زيلينسكي/زيلنسكي)
// and in how g is written (نغوين/نجوين، بيونغ/بيونج). A word's skeleton drops the long vowels after
// its first letter and writes g one way; it is used only when at least three consonants remain, so
// short common words never collide with a name.
const LONG_VOWELS = /[اوي]/gu;

/**
 * Exact (folded) key of a word, its key with g written one way, and — for person names — its
 * skeleton when that is distinctive enough. Places match without the skeleton: "فرانس" (France
 * Presse) must not be "فرنسا".
 */
export function wordKeys(word: string, skeleton = true): string[] {
  const exact = word.replace(/ڠ|گ/gu, 'ج').replace(/غ/gu, 'ج');
  const keys = [word];
  if (exact !== word) keys.push(exact);
  // Not for words with the article: السياسي and السيسي share a skeleton.
  if (skeleton && word.length >= 4 && !word.startsWith('ال')) {
    const skeleton = exact[0] + exact.slice(1).replace(LONG_VOWELS, '');
    if (skeleton.length >= 3) keys.push('~' + skeleton);
  }
  return keys;
}

/**
 * Compiles gazetteer data (Arabic spellings folded, multi-word names split) into a first-word
 * index. User entries are added after the built-in ones; an entry with the same id replaces it.
 */
export function compileGazetteer(...sources: Array<Gazetteer | undefined>): CompiledGazetteer {
  const byId = new Map<string, { entry: GazetteerEntry; kind: EntityKind }>();
  for (const source of sources) {
    if (!source) continue;
    for (const [kind, list] of [
      ['person', source.persons],
      ['place', source.places],
      ['organization', source.organizations],
    ] as const) {
      for (const entry of list ?? []) byId.set(`${kind}:${entry.id}`, { entry, kind });
    }
  }
  const first = new Map<string, CompiledName[]>();
  for (const { entry, kind } of byId.values()) {
    for (const spelling of entry.ar) {
      const words = wordsOf(fold(spelling));
      if (words.length === 0) continue;
      const rest = words.slice(1);
      for (const key of wordKeys(words[0]!, kind === 'person')) {
        const list = first.get(key) ?? [];
        list.push({ entry, kind, rest });
        first.set(key, list);
      }
    }
  }
  return { first };
}
