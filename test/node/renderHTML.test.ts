import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { renderHTML } from '../../src/node/renderHTML.js';
import { readBrowserBundle } from '../../src/node/readBrowserBundle.js';
import { sampleTimeline } from '../support/sampleTimeline.js';

// A small stand-in bundle keeps these structural tests independent of a build; the real bundle
// is exercised by the browser suite (test/browser/renderHTML.test.ts).
const bundle = 'var Tarikh={createTimeline:function(){return {}}};';

function page(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('renderHTML', () => {
  const html = renderHTML(sampleTimeline(), { bundle, locale: 'ar-SY', pageTitle: 'بوتين في آسيا' });
  const doc = page(html);

  it('is one page: first-paint SVG, title, credits, data, bundle and hydration', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(doc.documentElement.getAttribute('lang')).toBe('ar-SY');
    expect(doc.documentElement.getAttribute('dir')).toBe('rtl');
    expect(doc.title).toBe('بوتين في آسيا');
    expect(doc.querySelector('h1')?.textContent).toBe('بوتين في آسيا');
    const svg = doc.querySelector('#tarikh-timeline > svg');
    expect(svg?.querySelectorAll('[data-event-id]').length).toBeGreaterThan(0);
    const credits = [...doc.querySelectorAll('.tarikh-credits li')].map((li) => li.textContent);
    expect(credits).toEqual(['الحرة، «بوتين يبدأ زيارة دولة إلى فيتنام»، نُشر ٢٠ حزيران ٢٠٢٤', 'الشرق الأوسط، «بوتين في فيتنام بعد كوريا الشمالية»، نُشر ٢١ حزيران ٢٠٢٤']);
    expect(doc.querySelector('.tarikh-credits a')?.getAttribute('href')).toBe('https://www.alhurra.com/example');
    expect(doc.querySelector('.tarikh-credits a')?.getAttribute('rel')).toContain('noopener');
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/json', null, null]);
    expect(scripts[1]?.textContent).toBe(bundle);
  });

  it('carries the timeline and options as JSON that reads back unchanged', () => {
    const data = JSON.parse(doc.getElementById('tarikh-data')?.textContent ?? 'null');
    expect(data.timeline).toEqual(sampleTimeline());
    expect(data.options).toEqual({ locale: 'ar-SY' });
  });

  it('fetches nothing: no src or href to another file, and a CSP that allows only its own scripts', () => {
    for (const e of doc.querySelectorAll('[src], link[href]')) throw new Error(`external reference: ${e.outerHTML}`);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'");
    const hashes = [...doc.querySelectorAll('script:not([type])')].map((s) => `'sha256-${createHash('sha256').update(s.textContent ?? '').digest('base64')}'`);
    expect(hashes).toHaveLength(2);
    for (const h of hashes) expect(csp).toContain(h);
  });

  it('writes credits in English for an English page', () => {
    const en = page(renderHTML(sampleTimeline(), { bundle, locale: 'en', digits: 'latn' }));
    expect(en.documentElement.getAttribute('dir')).toBe('ltr');
    expect(en.querySelector('.tarikh-credits h2')?.textContent).toBe('Sources');
    expect(en.querySelector('.tarikh-credits li')?.textContent).toMatch(/^الحرة, “.*”, .*2024$/u);
  });

  it('inlines the built bundle by default, with no early </script>', () => {
    let real: string;
    try {
      real = readBrowserBundle();
    } catch (err) {
      expect((err as Error).message).toMatch(/tarikh\.iife\.min\.js was not found .*npm run build/);
      return;
    }
    const out = renderHTML(sampleTimeline());
    expect(out).toContain(real.slice(0, 200).replace(/<\/(script)/giu, '<\\/$1'));
    expect(page(out).querySelectorAll('script')).toHaveLength(3);
  });

  it('rejects bad options by name', () => {
    expect(() => renderHTML(sampleTimeline(), { bundle, theme: 'neon' as never })).toThrow(/invalid theme: "neon"/);
    expect(() => renderHTML(sampleTimeline(), { bundle, pageTitle: 3 as never })).toThrow(/invalid pageTitle: 3/);
  });
});
