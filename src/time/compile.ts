import { foldChar } from '../text/normalize.js';
import type { Locale, PatternSpec } from '../locales/types.js';

/** A pattern ready to run: a sticky regex and the lexicon behind each named group. */
export interface CompiledPattern {
  name: string;
  index: number;
  regex: RegExp;
  /** Group name → lexicon name, for groups filled from a lexicon. */
  groupLexicon: Readonly<Record<string, string>>;
  requireAny: readonly string[];
  block: boolean;
}

/** A locale compiled for the engine: folded lexicons, matchers and the trigger index. */
export interface CompiledLocale {
  locale: Locale;
  patterns: readonly CompiledPattern[];
  /** Folded lexicons: word → value. */
  lexicons: ReadonlyMap<string, ReadonlyMap<string, unknown>>;
  /** Folded trigger token → indices of the patterns to try there. */
  triggers: ReadonlyMap<string, readonly number[]>;
  ambiguousMonths: ReadonlySet<string>;
  futureWords: ReadonlySet<string>;
  futurePrefix: RegExp;
  futurePrefixExceptions: readonly string[];
  conjunctions: string;
  prepositions: string;
  article: string;
}

/** Folds a lexicon word or a pattern literal exactly as article text is folded. */
export function fold(s: string): string {
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

const EDGE = '(?![\\p{L}\\p{N}])';

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A lexicon as an alternation: longest first, inner spaces flexible, ال also written لل after ل. */
function alternation(words: Iterable<string>): string {
  const alts = [...new Set([...words].map(fold))]
    .filter((w) => w.length > 0)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => {
      const body = w
        .split(' ')
        .filter((p) => p.length > 0)
        .map(escapeRegex)
        .join('[ ]{1,3}');
      return w.startsWith('ال') && w.length > 3 ? `(?:ال|لل)${body.slice(2)}` : body;
    });
  return `(?:${alts.join('|')})${EDGE}`;
}

const FIXED: Readonly<Record<string, string>> = {
  _: '[ ]{1,3}',
  s: '[ ]{0,3}',
  sep: '(?:[ ]{0,3}[،,][ ]{0,3}|[ ]{1,3})',
  c: '(?:[وف]?[بلك]?)',
  al: '(?:ال|لل)',
  b: EDGE,
  rs: '(?:[ ]{0,3}[-–—/][ ]{0,3}|[ ]{1,3}(?:الي[ ]{1,3}|و)?)',
};

function compilePattern(
  spec: PatternSpec,
  index: number,
  block: boolean,
  lexAlt: (name: string) => string,
  hasLexicon: (name: string) => boolean,
): CompiledPattern {
  const groupLexicon: Record<string, string> = {};
  const folded = fold(spec.source);
  const source = folded.replace(/(?<!\\[pP])\{([A-Za-z_][A-Za-z_0-9]*)(?::([A-Za-z_][A-Za-z_0-9]*))?\}/g, (_m, name: string, group?: string) => {
    const fixed = FIXED[name];
    if (fixed !== undefined && group === undefined) return fixed;
    const g = group ?? name;
    groupLexicon[g] = name;
    return `(?<${g}>${lexAlt(name)})`;
  });
  // A literal group named after a lexicon (`(?<unit>شهر)`) reads its value from that lexicon too.
  for (const m of source.matchAll(/\(\?<([A-Za-z_][A-Za-z_0-9]*)>/g)) {
    const g = m[1]!;
    if (groupLexicon[g] === undefined && hasLexicon(g)) groupLexicon[g] = g;
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, 'uy');
  } catch (err) {
    throw new Error(`pattern ${spec.name}: ${(err as Error).message}`);
  }
  return { name: spec.name, index, regex, groupLexicon, requireAny: spec.requireAny ?? [], block };
}

/** The keys under which a token can trigger: itself, without proclitics, without the article. */
export function tokenKeys(token: string, conj: string, prep: string, article: string): string[] {
  const keys = [token];
  const add = (k: string): void => {
    if (k.length > 0 && !keys.includes(k)) keys.push(k);
  };
  const stems = [token];
  if (token.length > 2 && conj.includes(token[0]!)) stems.push(token.slice(1));
  for (const s of [...stems]) {
    if (s.length > 2 && prep.includes(s[0]!)) {
      const rest = s.slice(1);
      stems.push(rest);
      // ل + ال is written لل: للعام = ل + العام.
      if (s[0] === 'ل' && rest.startsWith('ل')) stems.push(article + rest.slice(1));
    }
  }
  for (const s of stems) {
    add(s);
    if (s.startsWith(article) && s.length > article.length + 1) add(s.slice(article.length));
  }
  return keys;
}

/**
 * Compiles a locale's data into sticky, named-group matchers with Unicode word edges, and an index
 * from trigger tokens to the patterns worth trying there, so tagging never tries every pattern at
 * every position.
 */
export function compileLocale(locale: Locale): CompiledLocale {
  const lexicons = new Map<string, Map<string, unknown>>();
  for (const [name, entries] of Object.entries(locale.lexicons)) {
    const m = new Map<string, unknown>();
    for (const [word, value] of Object.entries(entries)) m.set(fold(word).replace(/ {2,}/g, ' '), value);
    lexicons.set(name, m);
  }
  const altCache = new Map<string, string>();
  const lexAlt = (name: string): string => {
    const cached = altCache.get(name);
    if (cached !== undefined) return cached;
    const lex = lexicons.get(name);
    if (!lex) throw new Error(`unknown lexicon {${name}}`);
    const alt = alternation(lex.keys());
    altCache.set(name, alt);
    return alt;
  };
  const specs: Array<[PatternSpec, boolean]> = [
    ...locale.patterns.map((p): [PatternSpec, boolean] => [p, false]),
    ...locale.blockers.map((p): [PatternSpec, boolean] => [p, true]),
  ];
  const patterns = specs.map(([spec, block], i) => compilePattern(spec, i, block, lexAlt, (n) => lexicons.has(n)));

  const triggers = new Map<string, number[]>();
  const addTrigger = (key: string, i: number): void => {
    const list = triggers.get(key) ?? [];
    if (!list.includes(i)) list.push(i);
    triggers.set(key, list);
  };
  specs.forEach(([spec], i) => {
    for (const t of spec.triggers) {
      if (t.startsWith('@')) {
        const lex = lexicons.get(t.slice(1));
        if (!lex) throw new Error(`pattern ${spec.name}: unknown trigger lexicon ${t}`);
        for (const word of lex.keys()) {
          const first = word.split(' ')[0]!;
          addTrigger(first, i);
          if (first.startsWith(locale.clitics.article) && first.length > 3) addTrigger(first.slice(2), i);
        }
      } else {
        const f = fold(t);
        addTrigger(f, i);
        if (f.startsWith(locale.clitics.article) && f.length > 3) addTrigger(f.slice(2), i);
      }
    }
  });

  return {
    locale,
    patterns,
    lexicons,
    triggers,
    ambiguousMonths: new Set(locale.ambiguousMonths.map(fold)),
    futureWords: new Set(locale.tense.futureWords.map(fold)),
    futurePrefix: new RegExp(locale.tense.futurePrefix, 'u'),
    futurePrefixExceptions: locale.tense.futurePrefixExceptions.map(fold),
    conjunctions: locale.clitics.conjunctions,
    prepositions: locale.clitics.prepositions,
    article: locale.clitics.article,
  };
}
