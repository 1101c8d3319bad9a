import type { BoilerplateLocale } from '../locales/ar/boilerplate.js';
import { matchKey } from './matchKey.js';

/**
 * What a line of a scraped page looks like on its own, before the segmenter knows which article
 * it sits in. The segmenter turns kinds into paragraph roles.
 */
export type LineKind =
  | 'marker' // "TT", "(وكالات)": page furniture
  | 'source' // "المصدر: الحرة"
  | 'tagcloud' // "كلمات دلالية: …"
  | 'label' // "مقالات ذات صلة", "إقرأ أيضاً:" alone on a line
  | 'readAlso' // "إقرأ أيضاً: <title of another article>" on one line
  | 'bullet' // "• <title>"
  | 'caption' // "… (أ.ب)"
  | 'byline' // "البلاد – واشنطن", "إيلي يوسف (واشنطن)"
  | 'heading' // a short line without sentence-final punctuation: a title or section heading
  | 'teaser' // "<headline>؟ <summary>": an inline teaser of another article
  | 'text'; // body text

interface Compiled {
  agencies: Set<string>;
  markers: Set<string>;
  sources: string[];
  meta: string[];
  tagClouds: string[];
  labels: string[];
  bullets: Set<string>;
  dashes: Set<string>;
  sentenceEnd: Set<string>;
  closers: Set<string>;
  questions: Set<string>;
}

const cache = new WeakMap<BoilerplateLocale, Compiled>();

function compile(locale: BoilerplateLocale): Compiled {
  const hit = cache.get(locale);
  if (hit) return hit;
  const squash = (s: string) => matchKey(s).replace(/ /g, '');
  const compiled: Compiled = {
    agencies: new Set(locale.agencyTags.map(squash)),
    markers: new Set(locale.standaloneMarkers.map(squash)),
    sources: locale.sourcePrefixes.map(matchKey),
    meta: locale.metaPrefixes.map(matchKey),
    tagClouds: locale.tagCloudPrefixes.map(matchKey),
    labels: locale.relatedLabels.map(matchKey),
    bullets: new Set(locale.bullets),
    dashes: new Set(locale.bylineDashes),
    sentenceEnd: new Set(locale.sentenceEnd),
    closers: new Set(locale.closers),
    questions: new Set(locale.questionMarks),
  };
  cache.set(locale, compiled);
  return compiled;
}

function wordCount(key: string): number {
  return key.length === 0 ? 0 : key.split(' ').length;
}

/** `key` starts with `prefix` as whole words. */
function startsWithWords(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(prefix + ' ');
}

/** The text inside a final "(…)" of the line, or null. */
function trailingBracket(line: string): { inner: string; before: string } | null {
  const trimmed = line.trimEnd();
  if (!trimmed.endsWith(')')) return null;
  const open = trimmed.lastIndexOf('(');
  if (open < 0) return null;
  return { inner: trimmed.slice(open + 1, -1), before: trimmed.slice(0, open) };
}

function lastMeaningfulChar(line: string, closers: Set<string>): string {
  let i = line.length - 1;
  while (i >= 0 && closers.has(line[i]!)) i--;
  return i >= 0 ? line[i]! : '';
}

/**
 * Classifies one trimmed line of a page by its own shape and the locale's markers.
 *
 * @example
 * classifyLine('الرئيس الروسي فلاديمير بوتين ونظيره الفيتنامي تو لام (أ.ب)', boilerplate) // 'caption'
 * classifyLine('البلاد – واشنطن', boilerplate) // 'byline'
 */
export function classifyLine(rawLine: string, locale: BoilerplateLocale): LineKind {
  const c = compile(locale);
  // trim() strips exactly \s, which already holds every Unicode space (Zs).
  const line = rawLine.trim();
  const key = matchKey(line);
  const squashed = key.replace(/ /g, '');
  if (squashed.length === 0) {
    return 'marker';
  }
  if (c.markers.has(squashed)) return 'marker';
  const colon = /^[^:：]{1,40}[:：]/u.exec(line);
  const head = colon ? matchKey(colon[0]) : '';
  if (c.tagClouds.some((p) => startsWithWords(key, p) && (head === p || key === p))) return 'tagcloud';
  if (c.sources.some((p) => head === p)) return 'source';
  if (c.meta.some((p) => head === p)) return 'marker';
  for (const label of c.labels) {
    if (key === label) return 'label';
    if (head === label) return 'readAlso';
  }
  const first = line[0] ?? '';
  if (c.bullets.has(first) && (line[1] === ' ' || line[1] === '\u00a0' || first === '•' || first === '●')) {
    return 'bullet';
  }
  const words = wordCount(key);
  const bracket = trailingBracket(line);
  if (bracket) {
    const tag = matchKey(bracket.inner).replace(/ /g, '');
    if (c.agencies.has(tag)) return matchKey(bracket.before).length > 0 ? 'caption' : 'marker';
    const innerWords = wordCount(matchKey(bracket.inner));
    // "إيلي يوسف (واشنطن)", «الشرق الأوسط» (كييف): a short name and a city in brackets.
    if (words <= 6 && innerWords >= 1 && innerWords <= 3 && !/\p{N}/u.test(bracket.inner)) return 'byline';
  }
  const last = lastMeaningfulChar(line, c.closers);
  const endsSentence = c.sentenceEnd.has(last);
  if (!endsSentence && words <= 4) {
    // "البلاد – واشنطن": outlet, dash, city.
    const parts = line.split(/\s+/);
    const dashAt = parts.findIndex((p) => c.dashes.has(p));
    if (dashAt > 0 && dashAt < parts.length - 1 && dashAt <= 2 && parts.length - dashAt - 1 <= 2) return 'byline';
  }
  if (!endsSentence && words <= 18) return 'heading';
  if (c.questions.has(last) && words <= 10) return 'heading';
  // An inline teaser: a headline that ends in a question mark, then a summary of another article.
  const q = [...c.questions].map((m) => line.indexOf(m)).filter((i) => i > 0);
  if (q.length > 0 && !/^["“«'(]/u.test(line)) {
    const at = Math.min(...q);
    const rawHeadline = line.slice(0, at);
    const headline = matchKey(rawHeadline);
    const rest = matchKey(line.slice(at + 1));
    // Headlines carry no commas or colons; a question inside reported speech does.
    if (wordCount(headline) <= 20 && wordCount(rest) >= 8 && !/[،,:؛]/u.test(rawHeadline)) return 'teaser';
  }
  return 'text';
}
