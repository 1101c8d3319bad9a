/**
 * Folds Arabic text for matching while remembering where every character came from, so that
 * matches found in the folded text can be reported as spans of the ORIGINAL text.
 *
 * Folding is character-wise: a character is kept, replaced by one character, or dropped
 * (diacritics, tatweel, bidi marks). `offsets[i]` is the original index of folded char `i`;
 * `offsets[text.length]` is the original length, so end offsets map too.
 */
export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** Original UTF-16 index of each folded UTF-16 unit, plus one final entry: the original length. */
  offsets: Uint32Array;
  /** The text before folding. */
  original: string;
}

// Dropped: harakat U+064B–U+065F, superscript alef U+0670, tatweel U+0640, Quranic marks
// U+06D6–U+06ED, and invisible formatting (ZWJ/ZWNJ, bidi marks and embeddings, BOM, soft hyphen).
const DROP = /[\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/;
// Every Unicode space separator and tab folds to a plain space; line breaks are kept because
// paragraphs and lines carry meaning for segmentation.
const SPACE = /[\t\v\f\p{Zs}]/u;
const LINE = /[\r\u2028\u2029\u0085]/;

const LETTER_FOLD: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ٲ': 'ا',
  'ٳ': 'ا',
  'ی': 'ي', // Persian yeh
  'ۍ': 'ي',
  'ې': 'ي',
  'ک': 'ك', // Persian kaf
  'ڪ': 'ك',
  'ە': 'ه',
  'ۀ': 'ه',
  'ۃ': 'ه',
  // ى/ي and ة/ه alternate at word end in real spelling; folding both sides keeps lexicons simple.
  'ى': 'ي',
  'ة': 'ه',
  '٫': '.', // Arabic decimal separator
  '٬': ',', // Arabic thousands separator
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
};

/** Folds one UTF-16 unit; returns '' to drop it. Pure and table-driven so it stays linear. */
export function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80 && ch !== '\t' && ch !== '\r' && ch !== '\v' && ch !== '\f') return ch;
  // Eastern Arabic (U+0660–0669) and Persian (U+06F0–06F9) digits → ASCII.
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  if (DROP.test(ch)) return '';
  if (LINE.test(ch)) return '\n';
  if (SPACE.test(ch)) return ' ';
  return LETTER_FOLD[ch] ?? ch;
}

// One lookup per UTF-16 unit instead of three regex tests: normalize runs over every character of
// every article, so this table is the tagger's hottest path. 0 means "drop".
const utf16 = new TextDecoder('utf-16le');

let table: Uint16Array | undefined;
function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    // Lone surrogates pass through unchanged so astral characters survive as their two halves.
    if (code >= 0xd800 && code <= 0xdfff) {
      t[code] = code;
      continue;
    }
    const folded = foldChar(String.fromCharCode(code));
    t[code] = folded.length === 0 ? 0 : folded.charCodeAt(0);
  }
  table = t;
  return t;
}

/**
 * Normalizes Arabic text for matching.
 *
 * @example
 * const n = normalize('وقَّع في ٢٠ يونيو');
 * n.text // 'وقع في 20 يونيو'
 * n.offsets[3] // 5 — 'ف' of 'في' sits at index 5 of the original
 */
export function normalize(original: string): NormalizedText {
  const t = foldTable();
  const len = original.length;
  const codes = new Uint16Array(len);
  const offsets = new Uint32Array(len + 1);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const code = original.charCodeAt(i);
    // CRLF is one line break, not two.
    if (code === 13 && original.charCodeAt(i + 1) === 10) continue;
    const folded = code === 0 ? 0 : t[code]!;
    if (folded === 0 && code !== 0) continue;
    codes[n] = folded;
    offsets[n++] = i;
  }
  offsets[n] = len;
  // fromCharCode in bounded chunks: spreading millions of arguments would overflow the stack.
  // Decoding the code units as UTF-16 is ten times faster than String.fromCharCode in chunks. A
  // lone surrogate comes out as U+FFFD: still one unit, so offsets stay aligned, and neither can
  // be part of a match.
  return { text: utf16.decode(codes.subarray(0, n)), offsets: offsets.slice(0, n + 1), original };
}

/**
 * Maps a half-open span of the folded text back to the original text. The end maps to just after
 * the last kept character, so dropped trailing marks (a final tanween) stay inside the span.
 */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = n.offsets[start] ?? n.original.length;
  if (end <= start) return { start: s, end: s };
  const lastKept = n.offsets[end - 1] ?? n.original.length - 1;
  // Extend over characters dropped right after the last kept one (diacritics, tatweel).
  let e = lastKept + 1;
  const next = n.offsets[end] ?? n.original.length;
  while (e < next && foldChar(n.original[e]!) === '') e++;
  return { start: s, end: e };
}
