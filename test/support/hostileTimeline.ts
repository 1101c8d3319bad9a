import type { Timeline, TimelineEvent } from '../../src/model/types.js';

// Article text is data, never markup. These strings are what a scraped page or a hostile feed can
// put into titles, quotes, outlet names and links; every renderer must show them as text.

export const hostileStrings = {
  scriptTag: '<script>alert("x")</script>بوتين',
  attrBreakout: '"><svg onload=alert(1)>',
  imgOnerror: '<img src=x onerror=alert(1)>',
  closeScript: '</script><script>alert(2)</script>',
  comment: '<!-- <script>alert(3)</script> -->',
  cdata: ']]><script>alert(4)</script>',
  bidi: '\u202Eهانوي\u202C \u2066موسكو\u2069 \u200Fنص',
  entity: '&lt;b&gt; &amp; &#x3C;script&#x3E;',
  styleBreak: '</style><script>alert(5)</script>',
} as const;

export const unsafeUrls = ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

function event(id: string, title: string, day: string, next: string, outlet: string, quote: string, url?: string): TimelineEvent {
  return {
    id,
    type: 'statement',
    title,
    when: { value: day, start: day, end: next, precision: 'day', approximate: false },
    status: 'happened',
    place: { id: 'p-hostile', name: { ar: hostileStrings.attrBreakout, en: hostileStrings.scriptTag } },
    actors: [{ id: 'a-hostile', name: { ar: hostileStrings.imgOnerror } }],
    sources: [
      {
        articleId: 'h1',
        outlet,
        quote,
        start: 0,
        end: quote.length,
        claim: null,
        published: day,
        ...(url === undefined ? {} : { url }),
      },
    ],
    disputed: false,
    confidence: 0.9,
  };
}

/**
 * A small timeline whose every text field carries markup, script or bidi controls. With
 * `unsafeUrls`, its links are javascript:/data: URLs too (validation must refuse those); without,
 * they are http(s) URLs with markup in their query.
 */
export function hostileTimeline(options: { unsafeUrls?: boolean } = {}): Timeline {
  const s = hostileStrings;
  const u = (unsafe: string, safe: string): string => (options.unsafeUrls ? unsafe : safe);
  return {
    version: 1,
    title: s.closeScript + ' ' + s.scriptTag,
    language: 'ar',
    articles: [
      { id: 'h1', outlet: s.attrBreakout, title: s.imgOnerror, published: '2024-06-20', url: u('javascript:alert(1)', 'https://example.org/"><script>alert(1)</script>') },
      { id: 'h2', outlet: s.styleBreak, title: s.comment, published: '2024-06-21', url: 'https://example.org/ok?a=1&b=<2>' },
    ],
    events: [
      event('h-1', s.imgOnerror, '2024-06-18', '2024-06-19', s.attrBreakout, s.scriptTag, u('javascript:alert(1)', 'https://example.org/a')),
      event('h-2', s.scriptTag, '2024-06-19', '2024-06-20', s.styleBreak, s.closeScript, u(' JaVaScRiPt:alert(1)', 'http://example.org/b?q=<svg/onload=alert(1)>')),
      event('h-3', s.attrBreakout, '2024-06-20', '2024-06-21', s.comment, s.cdata, u('data:text/html,<script>alert(1)</script>', 'https://example.org/c')),
      event('h-4', s.bidi, '2024-06-21', '2024-06-22', s.entity, s.bidi, 'https://example.org/article?x="><script>'),
      event('h-5', s.closeScript, '2024-06-22', '2024-06-23', s.cdata, s.styleBreak),
    ],
  };
}
