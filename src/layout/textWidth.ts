import { arabicAdvance, arabicOtherAdvance, fallbackAdvance, lamAlefAdvance, latinAdvance } from './fontMetrics.js';

// Tables indexed by UTF-16 code unit, built once from the metrics data, so measuring is a few
// array reads per character.
const LATIN_MAX = 0x2030;
const latin = new Float64Array(LATIN_MAX).fill(-1);
/**
 * Calls `each(code, advance, k)` for the k-th of `n` advances per code point packed in runs
 * `start:widths|…`, `digits` base-36 digits each (see test/layout/measureFont.mjs).
 */
function unpack(packed: string, n: number, digits: number, each: (code: number, advance: number, k: number) => void): void {
  for (const run of packed.split('|')) {
    const [start = '', widths = ''] = run.split(':');
    for (let i = 0; i < widths.length / digits; i++) {
      const w = parseInt(widths.slice(i * digits, (i + 1) * digits), 36);
      if (w >= 0) each(parseInt(start, 16) + Math.floor(i / n), w, i % n);
    }
  }
}
unpack(latinAdvance, 1, 2, (c, w) => {
  if (c < LATIN_MAX) latin[c] = w;
});
const ARABIC_BASE = 0x0600;
const ARABIC_SIZE = 0x0100;
// Per Arabic code unit: 4 joining forms [isolated, initial, medial, final], or -1.
const forms = new Float64Array(ARABIC_SIZE * 4).fill(-1);
const other = new Float64Array(ARABIC_SIZE + 0x100).fill(-1);
unpack(arabicAdvance, 4, 3, (code, w, k) => {
  const c = code - ARABIC_BASE;
  if (c >= 0 && c < ARABIC_SIZE) forms[c * 4 + k] = w;
});
for (const [ch, w] of Object.entries(arabicOtherAdvance)) {
  const c = ch.charCodeAt(0) - ARABIC_BASE;
  if (c >= 0 && c < other.length) other[c] = w;
}
// Joining classes: 0 none, 1 right-joining (joins only to the letter before), 2 dual-joining.
const joining = new Uint8Array(ARABIC_SIZE);
for (let c = 0; c < ARABIC_SIZE; c++) if (forms[c * 4] !== -1) joining[c] = 2;
for (const ch of 'اأإآٱؤدذرزوةژۀ') joining[ch.charCodeAt(0) - ARABIC_BASE] = 1;
joining['ء'.charCodeAt(0) - ARABIC_BASE] = 0;
const TATWEEL = 0x0640;
joining[TATWEEL - ARABIC_BASE] = 2;
const LAM = 0x0644;
const ALEFS = new Set([0x0627, 0x0623, 0x0625, 0x0622]);
const LAM_ALEF = lamAlefAdvance['لا'] ?? 0;
const LAM_ALEF_MADDA = lamAlefAdvance['لآ'] ?? LAM_ALEF;
const LAM_ALEF_JOINED = lamAlefAdvance['ـلا'] ?? LAM_ALEF;

/** Zero-width: harakat, superscript alef, Quranic marks, bidi controls, joiners, variation selectors. */
function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    code === 0xad
  );
}
function joinClass(code: number): number {
  const i = code - ARABIC_BASE;
  return i >= 0 && i < ARABIC_SIZE ? (joining[i] as number) : 0;
}

/**
 * Estimates the advance width of a line of text in pixels, without a browser: per-character
 * advances of Noto Sans / Noto Sans Arabic (measured once in Chromium and shipped as data), with
 * each Arabic letter taken in the joining form its neighbours give it and lam-alef as a ligature.
 * It returns the same number in Node and in every browser, so server-rendered SVG and the live
 * timeline place labels identically. Linear in the length of the text.
 *
 * @param text - one line of text (any script; unknown characters count as an average glyph)
 * @param fontSize - font size in pixels
 * @returns the estimated width in pixels
 * @example
 * textWidth('بوتين في هانوي', 12) // ≈ 74.5 (px)
 */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  // Joining class of the previous visible character (zero-width marks are transparent).
  let prevJoin = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (isZeroWidth(code)) continue;
    if (code < LATIN_MAX) {
      const w = latin[code] as number;
      if (w >= 0) {
        units += w;
        prevJoin = 0;
        continue;
      }
    }
    const a = code - ARABIC_BASE;
    if (a >= 0 && a < ARABIC_SIZE && forms[a * 4] !== -1) {
      // The next visible character decides whether this letter joins forward.
      let j = i + 1;
      while (j < n && isZeroWidth(text.charCodeAt(j))) j++;
      const next = j < n ? text.charCodeAt(j) : 0;
      const fromPrev = prevJoin === 2;
      if (code === LAM && ALEFS.has(next)) {
        units += fromPrev ? LAM_ALEF_JOINED : next === 0x0622 ? LAM_ALEF_MADDA : LAM_ALEF;
        i = j;
        prevJoin = 1;
        continue;
      }
      const cls = joining[a] as number;
      const toNext = cls === 2 && joinClass(next) !== 0;
      const form = fromPrev ? (toNext ? 2 : 3) : toNext ? 1 : 0;
      units += forms[a * 4 + form] as number;
      prevJoin = cls;
      continue;
    }
    if (code === TATWEEL) {
      units += other[a] !== undefined && (other[a] as number) >= 0 ? (other[a] as number) : 0;
      prevJoin = 2;
      continue;
    }
    prevJoin = 0;
    // A surrogate pair is one glyph.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) i++;
    const w = a >= 0 && a < other.length ? (other[a] as number) : -1;
    units += w >= 0 ? w : fallbackAdvance;
  }
  return (units * fontSize) / 1000;
}
