import type { ArticleMetaInput } from '../model/types.js';
import type { Gazetteer } from '../events/gazetteerTypes.js';
import type { PipelineOptions } from './parseSegmented.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? value.slice(0, 80) + '…' : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}

function fail(fn: string, option: string, value: unknown, expected: string): never {
  throw new RangeError(`${fn}: invalid option ${option}: ${quote(value)} (expected ${expected})`);
}

function checkDate(fn: string, option: string, value: unknown): void {
  if (typeof value !== 'string') fail(fn, option, value, "'YYYY-MM-DD' or ISO 8601");
  const m = DATE.exec(value.trim());
  if (!m) fail(fn, option, value, "'YYYY-MM-DD' or ISO 8601");
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) fail(fn, option, value, 'an existing calendar date');
}

function checkZone(fn: string, option: string, value: unknown): void {
  if (typeof value !== 'string') fail(fn, option, value, 'an IANA time zone such as Asia/Riyadh');
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    fail(fn, option, value, 'an IANA time zone such as Asia/Riyadh');
  }
}

function checkString(fn: string, option: string, value: unknown, nonEmpty = true): void {
  if (typeof value !== 'string' || (nonEmpty && value.trim().length === 0)) fail(fn, option, value, nonEmpty ? 'a non-empty string' : 'a string');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkArticles(fn: string, value: unknown): ArticleMetaInput[] {
  if (!Array.isArray(value)) fail(fn, 'articles', value, 'an array of { id, bodyStartsWith, published? }');
  const ids = new Set<string>();
  value.forEach((a: unknown, i) => {
    const at = `articles[${i}]`;
    if (!isRecord(a)) fail(fn, at, a, 'an object with id and bodyStartsWith');
    checkString(fn, `${at}.id`, a['id']);
    if (ids.has(a['id'] as string)) fail(fn, `${at}.id`, a['id'], 'an id not used by another article');
    ids.add(a['id'] as string);
    checkString(fn, `${at}.bodyStartsWith`, a['bodyStartsWith']);
    if (a['published'] !== undefined && a['published'] !== null) checkDate(fn, `${at}.published`, a['published']);
    if (a['outlet'] !== undefined) checkString(fn, `${at}.outlet`, a['outlet'], false);
    if (a['title'] !== undefined && a['title'] !== null) checkString(fn, `${at}.title`, a['title'], false);
  });
  return value as ArticleMetaInput[];
}

function checkGazetteer(fn: string, value: unknown): Gazetteer {
  if (!isRecord(value)) fail(fn, 'gazetteer', value, 'an object { persons?, places?, organizations? }');
  for (const key of Object.keys(value)) {
    if (key !== 'persons' && key !== 'places' && key !== 'organizations' && key !== 'about') {
      fail(fn, `gazetteer.${key}`, value[key], 'only persons, places and organizations');
    }
  }
  for (const kind of ['persons', 'places', 'organizations'] as const) {
    const list = value[kind];
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail(fn, `gazetteer.${kind}`, list, 'an array of entries');
    list.forEach((e: unknown, i) => {
      const at = `gazetteer.${kind}[${i}]`;
      if (!isRecord(e)) fail(fn, at, e, 'an object { id, ar, en? }');
      checkString(fn, `${at}.id`, e['id']);
      const ar = e['ar'];
      if (!Array.isArray(ar) || ar.length === 0) fail(fn, `${at}.ar`, ar, 'a non-empty array of Arabic spellings');
      ar.forEach((s: unknown, k) => checkString(fn, `${at}.ar[${k}]`, s));
      if (e['en'] !== undefined) checkString(fn, `${at}.en`, e['en']);
      if (e['timezone'] !== undefined) checkZone(fn, `${at}.timezone`, e['timezone']);
      const within = e['within'];
      if (within !== undefined && (!Array.isArray(within) || within.some((w) => typeof w !== 'string'))) fail(fn, `${at}.within`, within, 'an array of place ids');
      if (e['country'] !== undefined) checkString(fn, `${at}.country`, e['country']);
    });
  }
  return value as Gazetteer;
}

const ARTICLE_OPTIONS = ['published', 'timezone', 'forwardDate', 'articleId', 'outlet', 'gazetteer'];
const DOCUMENT_OPTIONS = [...ARTICLE_OPTIONS, 'documentId', 'articles'];

/**
 * Validates the options of parseArticle / parseDocument once, at the boundary: a RangeError names
 * the option (with its path, e.g. `articles[1].published`) and quotes the bad value.
 */
export function checkOptions(fn: string, options: unknown, scope: 'article' | 'document'): PipelineOptions {
  if (options === undefined || options === null) return {};
  if (!isRecord(options)) throw new TypeError(`${fn}: argument "options" must be an object, got ${quote(options)}`);
  const known = scope === 'article' ? ARTICLE_OPTIONS : DOCUMENT_OPTIONS;
  for (const key of Object.keys(options)) if (!known.includes(key)) fail(fn, key, options[key], `one of ${known.join(', ')}`);
  const o = options;
  if (o['published'] !== undefined) checkDate(fn, 'published', o['published']);
  if (o['timezone'] !== undefined) checkZone(fn, 'timezone', o['timezone']);
  if (o['forwardDate'] !== undefined && typeof o['forwardDate'] !== 'boolean') fail(fn, 'forwardDate', o['forwardDate'], 'true or false');
  for (const key of ['articleId', 'outlet', 'documentId'] as const) if (o[key] !== undefined) checkString(fn, key, o[key]);
  const out: PipelineOptions = { ...(o as PipelineOptions) };
  if (o['articles'] !== undefined) out.articles = checkArticles(fn, o['articles']);
  if (o['gazetteer'] !== undefined) out.gazetteer = checkGazetteer(fn, o['gazetteer']);
  return out;
}
