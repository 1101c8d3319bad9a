// Table-driven checks of event types on sentences in the style of outlets that are not in the seeds:
// dismissals, oaths, calls for action, sessions, and gazetteer spellings inside other names.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/pipeline/parseDocument.js';
import type { TimelineEvent } from '../../src/model/types.js';

function events(text: string, published = '2024-08-08'): TimelineEvent[] {
  return parseDocument(text, { published }).articles.flatMap((a) => a.events);
}

describe('triggers: the closest existing type, with its kind', () => {
  const rows: Array<[string, string, string | undefined, EventStatus | undefined, string[]]> = [
    // Dismissal has no type of its own: an appointment of kind dismissal; the one who dismisses acts.
    ['أقال الرئيس التونسي قيس سعيد رئيس الحكومة أحمد الحشاني مساء الأربعاء.', 'appointment', 'dismissal', 'happened', ['قيس سعيد', 'أحمد الحشاني']],
    ['أعفى العاهل المغربي الملك محمد السادس وزير الصحة من مهامه يوم الاثنين.', 'appointment', 'dismissal', 'happened', ['الملك محمد السادس']],
    ['وعين وزير الشؤون الاجتماعية كمال المدوري خلفا له مساء الأربعاء.', 'appointment', 'appointment', 'happened', ['كمال المدوري']],
    // Sworn in: the subject stands between the verb and its object.
    ['وأدى المدوري اليمين الدستورية أمام الرئيس صباح الخميس في قصر قرطاج.', 'appointment', 'oath', 'happened', []],
    // A call for action is a statement, even without a time of its own.
    ['من جهته، دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف فوري لإطلاق النار.', 'statement', undefined, 'happened', ['أنطونيو غوتيريش']],
    // A session held by a body is a meeting; "من المتوقع" makes it expected.
    ['ومن المتوقع أن يعقد مجلس الأمن جلسة طارئة الأربعاء المقبل لبحث التطورات.', 'meeting', undefined, 'expected', ['مجلس الأمن']],
    ['عقد مجلس النواب اللبناني جلسة لانتخاب رئيس للجمهورية يوم الخميس.', 'meeting', undefined, 'happened', ['مجلس النواب اللبناني']],
  ];
  it.each(rows)('%s → %s', (text, type, kind, status, actors) => {
    const e = events(text).find((x) => x.type === type);
    expect(e, `no ${type}`).toBeDefined();
    expect(e!.kind).toBe(kind);
    expect(e!.status).toBe(status);
    for (const a of actors) expect(e!.actors.map((x) => x.name.ar)).toContain(a);
  });

  it('a dismissal is not titled as taking office', () => {
    const e = events('أقال الرئيس التونسي قيس سعيد رئيس الحكومة أحمد الحشاني مساء الأربعاء.').find((x) => x.type === 'appointment')!;
    expect(e.titleEn).toBe('Dismissal by Kais Saied');
  });

  it('isolating someone (عزل) is not a dismissal', () => {
    expect(events('وأكد أن محاولة الغرب عزله فشلت يوم الجمعة.').some((x) => x.type === 'appointment')).toBe(false);
  });
});

describe('gazetteer: a spelling guessed by its skeleton does not match inside another name', () => {
  const rows: Array<[string, boolean]> = [
    ['وكان سعيد قد عين الحشاني في أغسطس 2023 بعد إقالة سلفه نجلاء بودن.', false],
    // After a title the guess stands: a spelling variant of the same name.
    ['والتقى الرئيس الأمريكي بايدين نظيره الفرنسي في باريس يوم الجمعة.', true],
    ['والتقى الرئيس الأمريكي جو بايدن نظيره الفرنسي في باريس يوم الجمعة.', true],
  ];
  it.each(rows)('%s', (text, biden) => {
    const ids = events(text).flatMap((e) => e.actors.map((a) => a.id));
    expect(ids.includes('person:joe-biden')).toBe(biden);
  });
});

type EventStatus = TimelineEvent['status'];
