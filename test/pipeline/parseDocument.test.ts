import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/pipeline/parseDocument.js';
import { parseArticle } from '../../src/pipeline/parseArticle.js';
import type { ArticleMetaInput, ParsedDocument } from '../../src/model/types.js';

const seeds = new URL('../../seeds/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', seeds), 'utf8')) as {
  documents: Array<{ file: string; articles: ArticleMetaInput[] }>;
};
const parsed: Array<[string, string, ParsedDocument]> = manifest.documents.map((d) => {
  const text = readFileSync(new URL(d.file, seeds), 'utf8');
  return [d.file, text, parseDocument(text, { articles: d.articles, documentId: d.file.slice(0, 3) })];
});

function sourcesSliceBack(doc: ParsedDocument): void {
  for (const a of doc.articles) {
    for (const e of a.events) {
      for (const s of e.sources) {
        expect(doc.text.slice(s.start, s.end)).toBe(s.quote);
        if (s.claim) expect(doc.text.slice(s.claim.start, s.claim.end)).toBe(s.claim.text);
      }
    }
    for (const x of a.expressions) expect(doc.text.slice(x.start, x.end)).toBe(x.text);
  }
}

describe('parseDocument on the seed pages', () => {
  it.each(parsed)('%s: manifest ids, events with spans into the page', (file, _text, doc) => {
    const want = manifest.documents.find((d) => d.file === file)!.articles.map((a) => a.id);
    expect(doc.articles.map((a) => a.id)).toEqual(want);
    for (const a of doc.articles) {
      expect(a.events.length).toBeGreaterThan(0);
      expect(a.text).toBe(doc.text);
      for (const e of a.events) expect(e.sources.every((s) => s.articleId === a.id)).toBe(true);
    }
    sourcesSliceBack(doc);
  });

  it('an article without a date: warning, relative times unresolved, absolute years still dated', () => {
    const doc = parsed.find(([f]) => f.startsWith('003'))![2];
    const b = doc.articles.find((a) => a.id === '003-b')!;
    expect(b.meta.published).toBeNull();
    expect(b.warnings.map((w) => w.code)).toContain('no-publication-date');
    expect(b.events.every((e) => e.when.basis !== 'reported-on')).toBe(true);
    expect(b.events.some((e) => e.when.value === '2022')).toBe(true);
  });

  it('captions carry events; related lists and tag clouds do not', () => {
    const [, text, doc] = parsed.find(([f]) => f.startsWith('000'))!;
    const roleAt = (offset: number) => doc.paragraphs.find((p) => offset >= p.start && offset < p.end)?.role;
    const roles = doc.articles.flatMap((a) => a.events.map((e) => roleAt(e.sources[0]!.start)));
    expect(roles).toContain('caption');
    expect(roles).not.toContain('list');
    expect(roles).not.toContain('boilerplate');
    const blenheim = doc.articles[1]!.events.find((e) => e.sources[0]!.quote.includes('بلينهايم'))!;
    expect([blenheim.type, blenheim.when.value]).toEqual(['arrival', '2024-07-18']);
    expect(text.length).toBeGreaterThan(0);
  });

  it('without metadata still splits the page and dates nothing relative', () => {
    const text = parsed[2]![1];
    const doc = parseDocument(text, { documentId: 'p' });
    expect(doc.articles.map((a) => a.id)).toEqual(['p-1', 'p-2']);
    expect(doc.warnings.filter((w) => w.code === 'no-publication-date')).toHaveLength(2);
    sourcesSliceBack(doc);
  });

  it('gives the same ids on a second run', () => {
    const [, text] = parsed[0]!;
    const meta = manifest.documents[0]!.articles;
    const ids = (d: ParsedDocument) => d.articles.flatMap((a) => a.events.map((e) => e.id));
    expect(ids(parseDocument(text, { articles: meta }))).toEqual(ids(parseDocument(text, { articles: meta })));
  });
});

describe('parseArticle', () => {
  it('one article, ids and outlet on every source', () => {
    const a = parseArticle('ووصل بوتين إلى هانوي، ليل الأربعاء الخميس، آتيا من بيونغ يانغ.', {
      published: '2024-06-20',
      articleId: '002-a',
      outlet: 'Alhurra',
    });
    expect(a.id).toBe('002-a');
    const e = a.events.find((x) => x.type === 'arrival')!;
    expect(e.titleEn).toBe('Vladimir Putin arrives in Hanoi');
    expect(e.place?.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(e.sources[0]).toMatchObject({ articleId: '002-a', outlet: 'Alhurra' });
  });

  it('takes user gazetteer entries', () => {
    const a = parseArticle('التقى الوزير سامر خليل نظيره في بلدة تل الزهور الجمعة.', {
      published: '2024-06-21',
      gazetteer: { places: [{ id: 'tal-zuhur', en: 'Tal al-Zuhur', ar: ['تل الزهور'], timezone: 'Asia/Damascus' }] },
    });
    const e = a.events.find((x) => x.type === 'meeting')!;
    expect(e.place?.id).toBe('place:tal-zuhur');
    expect(e.actors.map((x) => x.name.ar)).toContain('سامر خليل');
  });

  it('an empty article is still an article', () => {
    expect(parseArticle('').events).toEqual([]);
    expect(parseArticle('', { published: '2024-01-01' }).warnings).toEqual([]);
  });
});

describe('bad input', () => {
  it('non-string text: TypeError naming the argument', () => {
    expect(() => parseDocument(42 as unknown as string)).toThrow(/parseDocument: argument "text" must be a string, got number/);
    expect(() => parseArticle(null as unknown as string)).toThrow(TypeError);
  });
  const rows: Array<[string, unknown, RegExp]> = [
    ['published', { published: 'tomorrow' }, /option published: "tomorrow"/],
    ['published date', { published: '2024-02-30' }, /option published: "2024-02-30"/],
    ['timezone', { timezone: 'Mars/Olympus' }, /option timezone: "Mars\/Olympus"/],
    ['forwardDate', { forwardDate: 'yes' }, /option forwardDate: "yes"/],
    ['unknown option', { colour: 'red' }, /option colour: "red"/],
    ['articles', { articles: 'all' }, /option articles: "all"/],
    ['articles[0].bodyStartsWith', { articles: [{ id: 'a' }] }, /option articles\[0\]\.bodyStartsWith: undefined/],
    ['articles[1].published', { articles: [{ id: 'a', bodyStartsWith: 'x' }, { id: 'b', bodyStartsWith: 'y', published: '20-06-2024' }] }, /articles\[1\]\.published: "20-06-2024"/],
    ['duplicate ids', { articles: [{ id: 'a', bodyStartsWith: 'x' }, { id: 'a', bodyStartsWith: 'y' }] }, /articles\[1\]\.id: "a"/],
    ['gazetteer', { gazetteer: [] }, /option gazetteer: an array/],
    ['gazetteer entry', { gazetteer: { persons: [{ id: 'x', ar: [] }] } }, /gazetteer\.persons\[0\]\.ar/],
    ['gazetteer zone', { gazetteer: { places: [{ id: 'x', ar: ['س'], timezone: 'Nowhere' }] } }, /gazetteer\.places\[0\]\.timezone: "Nowhere"/],
  ];
  it.each(rows)('%s: RangeError naming the option and value', (_name, options, message) => {
    expect(() => parseDocument('نص', options as never)).toThrow(RangeError);
    expect(() => parseDocument('نص', options as never)).toThrow(message);
  });
  it('parseArticle rejects document-only options', () => {
    expect(() => parseArticle('نص', { articles: [] } as never)).toThrow(/parseArticle: invalid option articles/);
  });
});

describe('property: parseDocument never throws and every span slices back', () => {
  const words = ['وصل', 'بوتين', 'إلى', 'هانوي', 'الخميس', 'أمس', 'وقّع', 'اتفاقية', 'غداة', 'توقيعه', 'لم', 'يلتق', 'الرئيس', 'منذ', '24', 'عاما', 'أول', 'زيارة', 'في', 'عام', '2019', 'مقالات ذات صلة', '(أ.ب)', 'TT', '•', 'المصدر:', '،', '.', '؟', '«', '»', '"', '\n', '\n\n', ' ', '\u00a0', 'ـ', 'َ', '١٢', 'كلمات دلالية:'];
  const page = fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(' '));
  it('holds for generated pages', () => {
    fc.assert(
      fc.property(page, fc.boolean(), (text, dated) => {
        const doc = parseDocument(text, dated ? { published: '2024-06-21' } : {});
        sourcesSliceBack(doc);
      }),
      { numRuns: 150 },
    );
  });
});
