import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { formatDate } from '../layout/formatDate.js';
import { parseTime } from '../layout/parseTime.js';
import { labelsFor } from '../locales/labelsFor.js';
import type { Timeline } from '../model/types.js';
import { validateTimeline } from '../model/validateTimeline.js';
import { normalizeOptions } from '../render/options.js';
import { safeUrl } from '../render/safeUrl.js';
import { FONT_STACK } from '../render/styles.js';
import { drawStaticSvg } from './drawStaticSvg.js';
import { readBrowserBundle } from './readBrowserBundle.js';
import type { StaticRenderOptions } from './renderSVG.js';
import { scriptSafeJson } from './scriptSafeJson.js';

/** Options of renderHTML: those of renderSVG, plus the page's own. */
export interface RenderHTMLOptions extends StaticRenderOptions {
  /** Heading and `<title>` of the page; default the timeline's title. */
  pageTitle?: string;
  /** The IIFE bundle's source; default dist/tarikh.iife.min.js of this package, read at run time. */
  bundle?: string;
}

const PAGE_CSS = [
  'html{color-scheme:light dark}',
  `body{margin:0;padding:1rem;font-family:${FONT_STACK};line-height:1.5}`,
  '.tarikh-page{max-width:1200px;margin:0 auto}',
  '.tarikh-page h1{font-size:1.4rem;margin:0 0 .75rem}',
  '.tarikh-page figure{margin:0}',
  '#tarikh-timeline svg{max-width:100%;height:auto}',
  '.tarikh-credits{font-size:.9rem;margin-top:1rem}',
  '.tarikh-credits h2{font-size:1rem;margin:0 0 .25rem}',
  '.tarikh-credits ul{margin:0;padding-inline-start:1.25rem}',
].join('\n');

// Replaces the first-paint SVG by the interactive timeline, in one task so no frame shows neither.
// It reads the data from the inert JSON element; if the bundle failed, the static SVG stays.
const HYDRATE = `(function () {
  var figure = document.getElementById('tarikh-timeline');
  var data = document.getElementById('tarikh-data');
  if (!figure || !data || typeof Tarikh === 'undefined' || !Tarikh.createTimeline) return;
  var payload = JSON.parse(data.textContent);
  var host = document.createElement('div');
  host.className = 'tarikh-live';
  var width = Math.max(280, Math.floor(figure.clientWidth || payload.options.width || 800));
  var options = Object.assign({}, payload.options, { width: width });
  figure.replaceChildren(host);
  window.tarikhTimeline = Tarikh.createTimeline(host, payload.timeline, options);
})();`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inline script text must not contain `</script` (it would end the element early). */
function inlineScript(source: string): string {
  return source.replace(/<\/(script)/giu, '<\\/$1');
}

/**
 * Renders one self-contained HTML page: the server-rendered SVG as first paint, article credits,
 * then the inlined IIFE bundle that makes the same timeline interactive. No external file and no
 * network request: it works from `file://`, in an iframe and offline. A Content-Security-Policy
 * allows only the page's own two scripts (by hash) and no fetch at all. Article text is escaped by
 * construction (DOM text nodes) and the embedded JSON cannot close its `<script>` element.
 *
 * @param timeline - a Timeline (validated first)
 * @param options - renderSVG's options, plus `pageTitle`
 * @example
 * ```ts
 * import { renderHTML } from 'tarikh/node';
 * const html = renderHTML(timeline, { pageTitle: 'بوتين في فيتنام', locale: 'ar-SY' });
 * // writeFileSync('timeline.html', html) — open it straight from disk
 * ```
 */
export function renderHTML(timeline: Timeline, options: RenderHTMLOptions = {}): string {
  const { pageTitle, bundle, ...renderOptions } = options;
  if (pageTitle !== undefined && typeof pageTitle !== 'string') throw new TypeError(`invalid pageTitle: ${JSON.stringify(pageTitle)} (expected a string)`);
  if (bundle !== undefined && typeof bundle !== 'string') throw new TypeError('invalid bundle: expected the text of the IIFE bundle');
  const tl = validateTimeline(timeline);
  const normalized = normalizeOptions(renderOptions, tl.language);
  const source = inlineScript(bundle ?? readBrowserBundle());
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>');
  const document = dom.window.document;
  const layoutOptions = normalized.layout;
  const labels = labelsFor(layoutOptions.locale);
  const title = pageTitle ?? layoutOptions.title ?? tl.title ?? labels.timeline;

  const html = document.documentElement;
  html.setAttribute('lang', layoutOptions.locale);
  html.setAttribute('dir', layoutOptions.textDirection);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Element, text?: string): HTMLElementTagNameMap[K] => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    parent.appendChild(node);
    return node;
  };
  const meta = (attrs: Record<string, string>): void => {
    const m = el('meta', document.head);
    for (const [k, v] of Object.entries(attrs)) m.setAttribute(k, v);
  };
  meta({ charset: 'utf-8' });
  meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' });
  meta({
    'http-equiv': 'Content-Security-Policy',
    content: `default-src 'none'; script-src ${sha256(source)} ${sha256(HYDRATE)}; style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'`,
  });
  meta({ name: 'generator', content: 'tarikh' });
  el('title', document.head, title);
  el('style', document.head, PAGE_CSS);

  const main = el('main', document.body);
  main.className = 'tarikh-page';
  el('h1', main, title);
  const figure = el('figure', main);
  figure.id = 'tarikh-timeline';
  figure.appendChild(drawStaticSvg(document, tl, renderOptions));

  const credits = articleCredits(tl, layoutOptions, labels);
  if (credits.length > 0) {
    const section = el('section', main);
    section.className = 'tarikh-credits';
    el('h2', section, labels.sources);
    const list = el('ul', section);
    for (const c of credits) {
      const li = el('li', list);
      const href = c.url === undefined ? null : safeUrl(c.url);
      let holder: HTMLElement = li;
      if (href !== null) {
        holder = el('a', li);
        holder.setAttribute('href', href);
        holder.setAttribute('rel', 'noopener noreferrer nofollow');
        holder.setAttribute('target', '_blank');
      }
      // Text from the articles goes in <bdi>: a stray bidi control or a Latin outlet name cannot
      // reorder the rest of the line.
      for (const part of c.parts) {
        if (part.isolate) el('bdi', holder, part.text);
        else holder.appendChild(document.createTextNode(part.text));
      }
    }
  }

  const data = el('script', document.body, scriptSafeJson({ timeline: tl, options: renderOptions }));
  data.setAttribute('type', 'application/json');
  data.id = 'tarikh-data';
  el('script', document.body, source);
  el('script', document.body, HYDRATE);
  return dom.serialize() + '\n';
}

/** A piece of a credit line: article text (isolated) or the page's own words. */
interface CreditPart {
  text: string;
  isolate: boolean;
}

/** One line per article: outlet, title and publication date, written in the page's locale. */
function articleCredits(tl: Timeline, o: ReturnType<typeof normalizeOptions>['layout'], labels: ReturnType<typeof labelsFor>): { parts: CreditPart[]; url?: string }[] {
  return tl.articles.map((a) => {
    const arabic = o.locale.toLowerCase().startsWith('ar');
    const items: CreditPart[][] = [];
    if (a.outlet) items.push([{ text: a.outlet, isolate: true }]);
    if (a.title) items.push([{ text: arabic ? '«' : '“', isolate: false }, { text: a.title, isolate: true }, { text: arabic ? '»' : '”', isolate: false }]);
    if (a.published) {
      try {
        const ms = parseTime(a.published, `articles.${a.id}.published`);
        items.push([{ text: `${labels.published} ${formatDate(ms, { day: 'numeric', month: 'long', year: 'numeric' }, o)}`, isolate: false }]);
      } catch {
        items.push([{ text: a.published, isolate: true }]);
      }
    }
    if (items.length === 0) items.push([{ text: a.id, isolate: true }]);
    const separator: CreditPart = { text: arabic ? '، ' : ', ', isolate: false };
    const parts = items.flatMap((item, i) => (i === 0 ? item : [separator, ...item]));
    return a.url === undefined ? { parts } : { parts, url: a.url };
  });
}
