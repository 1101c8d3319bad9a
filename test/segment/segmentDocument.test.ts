import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentDocument } from '../../src/segment/segmentDocument.js';
import { matchKey } from '../../src/segment/matchKey.js';
import type { ArticleMetaInput, ParagraphRole } from '../../src/model/types.js';

const seeds = new URL('../../seeds/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', seeds), 'utf8')) as {
  documents: Array<{ file: string; articles: ArticleMetaInput[] }>;
};
const page = (file: string) => readFileSync(new URL(file, seeds), 'utf8');

/** The role and article of the first paragraph whose text starts with `prefix`. */
function roleOf(text: string, seg: ReturnType<typeof segmentDocument>, prefix: string, nth = 0) {
  // Compared folded: the seeds carry no-break spaces and diacritics.
  const hits = seg.paragraphs.filter((p) => matchKey(text.slice(p.start, p.end)).startsWith(matchKey(prefix)));
  const hit = hits[nth];
  if (!hit) throw new Error(`no paragraph starts with ${prefix}`);
  return [hit.role, hit.articleId ?? null] as const;
}

interface SeedCase {
  file: string;
  ids: string[];
  /** First words of each article's first line (its title block or body). */
  firstLines: string[];
  roles: Array<[prefix: string, role: ParagraphRole, article: string | null, nth?: number]>;
}

const cases: SeedCase[] = [
  {
    file: '000_c07bc146c6a515c0.txt',
    ids: ['000-a', '000-b'],
    firstLines: ['بوتين في فيتنام بعد كوريا', 'ترمب «أجرى اتصالاً'],
    roles: [
      ['بوتين في فيتنام بعد كوريا', 'title', '000-a'],
      ['بوتين في فيتنام بعد كوريا', 'boilerplate', '000-a', 1],
      ['الرئيس الروسي فلاديمير بوتين ونظيره', 'caption', '000-a'],
      ['الرئيس الروسي فلاديمير بوتين ونظيره', 'boilerplate', '000-a', 1],
      ['TT', 'boilerplate', '000-a'],
      ['عزَّز الرئيس الروسي', 'body', '000-a'],
      ['بوتين ضيف دار الأوبرا', 'caption', '000-a'],
      ['مقالات ذات صلة', 'boilerplate', null],
      ['ترمب يتحدث هاتفياً مع زيلينسكي', 'teaser', null],
      ['إيلي يوسف (واشنطن)', 'boilerplate', null],
      ['أولمبياد باريس', 'teaser', null],
      ['شوقي الريّس (بروكسل)', 'boilerplate', null],
      ['أثارت المكالمة الهاتفية الأولى', 'body', '000-b'],
      ['إذابة الجليد بين ترمب وزيلينسكي', 'title', '000-b'],
      ['زيلينسكي لدى وصوله إلى قصر', 'caption', '000-b'],
      ['زيلينسكي يحضر احتفالاً', 'caption', '000-b'],
      ['وخلال المؤتمر نفسه', 'body', '000-b'],
    ],
  },
  {
    file: '001_347c08ad1df91067.txt',
    ids: ['001'],
    firstLines: ['الأمة| وقع الرئيس'],
    roles: [
      ['الأمة| وقع الرئيس', 'body', '001'],
      ['منذ أوائل العقد الأول', 'body', '001'],
    ],
  },
  {
    file: '002_2bcf01099596ede0.txt',
    ids: ['002-a', '002-b'],
    firstLines: ['بدأ الرئيس الروسي', 'تبادل كبير للأسرى'],
    roles: [
      ['بدأ الرئيس الروسي', 'body', '002-a'],
      ['ماذا يريد بوتين وكيم', 'teaser', '002-a'],
      ['بوتين يضع شروطه', 'teaser', '002-a'],
      ['اختبار "دبلوماسية الخيزران"', 'title', '002-a'],
      ['المصدر: الحرة', 'boilerplate', '002-a'],
      ['كلمات دلالية', 'boilerplate', null],
      ['إقرأ أيضاً', 'boilerplate', null],
      ['تبادل كبير للأسرى', 'title', '002-b'],
      ['البلاد – واشنطن', 'boilerplate', '002-b'],
      ['أعلن الرئيس الأمريكي دونالد ترامب', 'body', '002-b'],
      ['مع هذا التبادل الكبير', 'body', '002-b'],
      ['مقالات مشابهة', 'boilerplate', null],
      ['• بوتين يشيد', 'list', null],
    ],
  },
  {
    file: '003_dc81cc70374510db.txt',
    ids: ['003-a', '003-b'],
    firstLines: ['يسعى الرئيس الروسي', 'روسيا تمارس ضغوطا'],
    roles: [
      ['ووصل بوتين إلى كوريا الشمالية', 'body', '003-a'],
      ['المصدر: عربي21', 'boilerplate', '003-a'],
      ['كلمات دلالية', 'boilerplate', null],
      ['روسيا تمارس ضغوطا', 'title', '003-b'],
      ['نشر موقع "تسار غراد"', 'body', '003-b'],
      ['تخمينات في الغرب', 'title', '003-b'],
      ['ما هي هذه الدول الثالثة؟', 'title', '003-b'],
      ['وأكد أسمولوف', 'body', '003-b'],
      ['• سيئول تتهم', 'list', null],
    ],
  },
  {
    file: '004_b103aa280f0a7f28.txt',
    ids: ['004'],
    firstLines: ['تعهّدت روسيا وفيتنام'],
    roles: [
      ['تعهّدت روسيا وفيتنام', 'body', '004'],
      ['(وكالات)', 'boilerplate', '004'],
    ],
  },
];

describe('segmentDocument on the seed pages', () => {
  for (const c of cases) {
    const text = page(c.file);
    const meta = manifest.documents.find((d) => d.file === c.file)!.articles;
    for (const withMeta of [true, false]) {
      it(`${c.file} ${withMeta ? 'with' : 'without'} metadata: ${c.ids.length} article(s), boundaries, roles`, () => {
        const seg = segmentDocument(text, withMeta ? { articles: meta } : { documentId: c.file.slice(0, 3) });
        expect(seg.articles).toHaveLength(c.ids.length);
        expect(seg.warnings).toEqual([]);
        seg.articles.forEach((a, k) => {
          expect(text.slice(a.start)).toMatch(new RegExp('^' + c.firstLines[k]!.replace(/[|()]/g, '\\$&')));
          if (withMeta) {
            expect(a.id).toBe(c.ids[k]);
            expect(text.slice(a.bodyStart).startsWith(meta[k]!.bodyStartsWith.slice(0, 8))).toBe(true);
          }
        });
        if (!withMeta) return;
        for (const [prefix, role, article, nth] of c.roles) {
          expect([prefix, ...roleOf(text, seg, prefix, nth)]).toEqual([prefix, role, article]);
        }
      });
    }
  }

  it('gives ids from documentId when there is no metadata', () => {
    const seg = segmentDocument(page('002_2bcf01099596ede0.txt'), { documentId: 'p' });
    expect(seg.articles.map((a) => a.id)).toEqual(['p-1', 'p-2']);
  });

  it('warns when a manifest article cannot be found, and still splits the page', () => {
    const seg = segmentDocument(page('004_b103aa280f0a7f28.txt'), {
      articles: [{ id: 'x', bodyStartsWith: 'نص غير موجود في الصفحة' }],
    });
    expect(seg.warnings.map((w) => w.code)).toEqual(['article-not-found']);
    expect(seg.articles).toHaveLength(1);
  });
});

describe('segmentDocument on synthetic pages', () => {
  const body = (n: number, word: string) =>
    Array.from({ length: n }, (_, i) => `وقال المسؤول ${word} إن المحادثات مستمرة في الجولة رقم ${i + 1} بين الطرفين.`);

  it('one article with a title, a caption, a byline and a source line', () => {
    const text = ['عنوان الخبر الرئيسي', 'القاهرة - خاص', ...body(2, 'الأول'), 'الوزير أثناء المؤتمر (رويترز)', 'المصدر: وكالة'].join('\n\n');
    const seg = segmentDocument(text);
    expect(seg.articles).toHaveLength(1);
    expect(seg.paragraphs.map((p) => p.role)).toEqual(['title', 'boilerplate', 'body', 'body', 'caption', 'boilerplate']);
  });

  it('a related list then a second article: split, list without article', () => {
    const text = [
      ...body(3, 'الأول'),
      'مقالات ذات صلة',
      'عنوان مقال آخر قصير',
      'ملخص مقال آخر في سطر واحد ينتهي بنقطة كما تفعل المواقع.',
      'كاتب المقال (بيروت)',
      'عنوان المقال الثاني',
      ...body(3, 'الثاني'),
    ].join('\n');
    const seg = segmentDocument(text, { documentId: 'd' });
    expect(seg.articles.map((a) => a.id)).toEqual(['d-1', 'd-2']);
    const roles = seg.paragraphs.map((p) => [p.role, p.articleId ?? null]);
    expect(roles).toEqual([
      ['body', 'd-1'],
      ['body', 'd-1'],
      ['body', 'd-1'],
      ['boilerplate', null],
      ['teaser', null],
      ['teaser', null],
      ['boilerplate', null],
      ['title', 'd-2'],
      ['body', 'd-2'],
      ['body', 'd-2'],
      ['body', 'd-2'],
    ]);
  });

  it('a title printed twice above a body starts a new article even without a label', () => {
    const text = [...body(3, 'الأول'), 'عنوان الخبر الثاني', 'صورة الوزير (أ.ف.ب)', 'TT', 'عنوان الخبر الثاني', ...body(2, 'الثاني')].join('\n');
    const seg = segmentDocument(text);
    expect(seg.articles).toHaveLength(2);
    expect(seg.articles[1]!.title).toBe('عنوان الخبر الثاني');
  });

  it('a short teaser after a label is not an article', () => {
    const text = [...body(3, 'الأول'), 'اقرأ أيضا', 'عنوان', ...body(1, 'الثاني'), 'كاتب (عمان)'].join('\n');
    expect(segmentDocument(text).articles).toHaveLength(1);
  });

  it('metadata finds articles by folded first words (diacritics, hamza, spacing)', () => {
    const text = ['أَعلنَ  الرئيسُ، اليوم، إنهاء الزيارة.', 'إقرأ أيضاً:', 'عنوان ثان', 'قالت الوزيرة إن الاجتماع انتهى.'].join('\n');
    const seg = segmentDocument(text, {
      articles: [
        { id: 'a', bodyStartsWith: 'اعلن الرئيس اليوم' },
        { id: 'b', bodyStartsWith: 'قالت الوزيرة' },
      ],
    });
    expect(seg.articles.map((a) => [a.id, text.slice(a.start, a.start + 5)])).toEqual([
      ['a', 'أَعلن'],
      ['b', 'عنوان'],
    ]);
  });

  it('empty and blank pages give no articles', () => {
    expect(segmentDocument('').articles).toEqual([]);
    expect(segmentDocument(' \n\u00a0\n').paragraphs).toEqual([]);
  });
});

describe('breadcrumbs above a headline', () => {
  const page = [
    'الرئيسية',
    'أخبار',
    'عربي ودولي',
    'وزير الخارجية يصل إلى طهران في زيارة رسمية',
    'وصل وزير الخارجية إلى طهران صباح السبت في أول زيارة من نوعها منذ سنوات.',
    'وبحث الجانبان العلاقات الثنائية وسبل تعزيزها.',
    'ومن المقرر أن يلتقي الوزير الرئيس الإيراني يوم الأحد.',
  ].join('\n');
  const seg = segmentDocument(page, { documentId: 'p' });

  it('takes the headline, not the first breadcrumb, as the title', () => {
    expect(seg.articles[0]!.title).toBe('وزير الخارجية يصل إلى طهران في زيارة رسمية');
  });

  it.each([
    ['الرئيسية', 'boilerplate'],
    ['أخبار', 'boilerplate'],
    ['عربي ودولي', 'boilerplate'],
    ['وزير الخارجية يصل', 'title'],
    ['وصل وزير الخارجية', 'body'],
  ] as Array<[string, ParagraphRole]>)('%s → %s', (prefix, role) => {
    expect(roleOf(page, seg, prefix)[0]).toBe(role);
  });

  it('keeps a short headline when nothing longer stands with it', () => {
    const short = ['عاجل', 'زلزال في تركيا', 'ضرب زلزال بقوة 6 درجات جنوب تركيا فجر اليوم.', 'وأعلنت السلطات حالة الطوارئ.', 'ولم ترد أنباء عن ضحايا.'].join('\n');
    expect(segmentDocument(short, { documentId: 'q' }).articles[0]!.title).toBe('زلزال في تركيا');
  });
});

describe('text without its full stops', () => {
  it('reads a one-line article without a full stop as its body', () => {
    const seg = segmentDocument('وصل الرئيس التركي إلى القاهرة، الثلاثاء', { documentId: 'a', single: true });
    expect(seg.paragraphs.map((p) => p.role)).toEqual(['body']);
  });

  it('keeps the first of several unpunctuated lines as the title', () => {
    const page = ['أردوغان في القاهرة', 'وصل الرئيس التركي إلى القاهرة الثلاثاء في أول زيارة منذ سنوات', 'والتقى نظيره المصري في قصر الاتحادية'].join('\n');
    expect(segmentDocument(page, { documentId: 'a' }).paragraphs.map((p) => p.role)).toEqual(['title', 'body', 'body']);
  });

  it.each([
    ['وأضاف الوزير أن بلاده ستواصل دعم جهود الوساطة بين الطرفين', 'body'],
    ['ردود فعل دولية', 'title'],
  ] as Array<[string, ParagraphRole]>)('a line below the body: %s → %s', (line, role) => {
    const page = ['وصل الرئيس التركي إلى القاهرة الثلاثاء في أول زيارة منذ سنوات.', line, 'ورحبت الحكومة المصرية بالزيارة.'].join('\n');
    expect(segmentDocument(page, { documentId: 'a' }).paragraphs[1]!.role).toBe(role);
  });
});
