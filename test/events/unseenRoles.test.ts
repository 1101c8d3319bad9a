// Table-driven checks of who acts and where, on sentences in the style of outlets that are not in
// the seeds (Gulf, Levant, Egypt, Maghreb, Sudan): the whole parse (tagger + extractor) on each row.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/pipeline/parseDocument.js';
import type { TimelineEvent } from '../../src/model/types.js';

function events(text: string, published = '2024-10-12'): TimelineEvent[] {
  return parseDocument(text, { published }).articles.flatMap((a) => a.events);
}

function find(text: string, type: string, published?: string): TimelineEvent {
  const e = events(text, published).find((x) => x.type === type);
  if (!e) throw new Error(`no ${type} event in: ${text}`);
  return e;
}

const names = (e: TimelineEvent) => e.actors.map((a) => a.name.ar);

describe('actors: the agent right after the verb, titles with complements, original spelling', () => {
  const rows: Array<[string, string, string[]]> = [
    // A title chain with a second title (الأمير): the name, spelled as written.
    ['وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران صباح السبت، حيث التقى نظيره الإيراني عباس عراقجي.', 'arrival', ['فيصل بن فرحان']],
    // The counterpart met later is not the one who arrives; he takes part in the meeting.
    ['وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران صباح السبت، حيث التقى نظيره الإيراني عباس عراقجي.', 'meeting', ['فيصل بن فرحان', 'عباس عراقجي']],
    // A title with a destination complement.
    ['وصل المبعوث الأمريكي الخاص إلى السودان توم بيرييلو إلى بورتسودان أمس الخميس.', 'arrival', ['توم بيرييلو']],
    // An indefinite title ("لوزير خارجية سعودي") names no one; the visit is the arriving minister's.
    ['وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق صباح الاثنين، في أول زيارة لوزير خارجية أردني منذ سنوات.', 'visit', ['أيمن الصفدي']],
    // Organizations act: a ministry, an army, a gazetteer body.
    ['أعلنت وزارة الصحة في قطاع غزة، الاثنين، ارتفاع عدد الضحايا.', 'announcement', ['وزارة الصحة']],
    ['وكان الجيش الإسرائيلي قد أعلن مساء السبت بدء عملية عسكرية جديدة.', 'announcement', ['الجيش الإسرائيلي']],
    // A body in a title's complement does not act: the secretary-general does.
    ['والتقى الأمين العام لجامعة الدول العربية أحمد أبو الغيط الرئيس اللبناني جوزيف عون في بيروت يوم الثلاثاء.', 'meeting', ['أحمد أبو الغيط', 'جوزيف عون']],
    // A family name later in the article is the same person.
    ['وصل رئيس الوزراء المصري مصطفى مدبولي إلى الرياض صباح الأحد.\nومن المقرر أن يلتقي مدبولي ولي العهد السعودي الأمير محمد بن سلمان يوم الاثنين.', 'meeting', ['مصطفى مدبولي', 'محمد بن سلمان']],
    // A subordinate verb continues the subject told before.
    ['وصل وزير الخارجية المغربي ناصر بوريطة إلى نواكشوط مساء الأربعاء، قبل أن يغادر يوم الخميس.', 'departure', ['ناصر بوريطة']],
    // Gulf: a relative verb's subject is the name the relative pronoun hangs on, not the host.
    ['استقبل أمير قطر الشيخ تميم بن حمد آل ثاني صباح الثلاثاء رئيس الوزراء العراقي محمد شياع السوداني، الذي وصل إلى الدوحة مساء الاثنين في زيارة رسمية.', 'arrival', ['محمد شياع السوداني']],
    ['استقبل أمير قطر الشيخ تميم بن حمد آل ثاني صباح الثلاثاء رئيس الوزراء العراقي محمد شياع السوداني، الذي وصل إلى الدوحة مساء الاثنين في زيارة رسمية.', 'visit', ['محمد شياع السوداني']],
    // Levant: a name before the verb ("قد" between) is its subject, the envoy after it is met.
    ['وكان رئيس الحكومة نجيب ميقاتي قد التقى المبعوث الأمريكي آموس هوكشتاين في بيروت الأسبوع الماضي.', 'meeting', ['نجيب ميقاتي', 'آموس هوكشتاين']],
    // Maghreb, sport: a federation dismisses a coach.
    ['وفي الجزائر، أقال الاتحاد الجزائري لكرة القدم مدرب المنتخب الأول يوم السبت بعد الخسارة أمام غينيا.', 'appointment', ['الاتحاد الجزائري']],
    // Egypt, economy: a central bank announces.
    ['أعلن البنك المركزي المصري، الخميس، تثبيت أسعار الفائدة للمرة الرابعة على التوالي.', 'announcement', ['البنك المركزي المصري']],
    // Sudan: a relative clause with a resumptive pronoun keeps the visitor as the one who meets.
    ['وصل المبعوث الأمريكي الخاص إلى السودان توم بيرييلو إلى بورتسودان أمس الخميس، في زيارة تستمر ثلاثة أيام يلتقي خلالها رئيس مجلس السيادة عبد الفتاح البرهان.', 'meeting', ['توم بيرييلو', 'عبد الفتاح البرهان']],
    // A pronoun subject: the name after it is a second party, not the subject.
    ['وصل بوتين إلى بيونغ يانغ يوم الثلاثاء، حيث وقع هو والزعيم الكوري الشمالي كيم جونغ أون اتفاقا يوم الأربعاء.', 'signing', ['فلاديمير بوتين', 'كيم جونغ أون']],
  ];
  it.each(rows)('%s → %s', (text, type, expected) => {
    expect(names(find(text, type))).toEqual(expected);
  });

  it('a party noun stands for the two people named paragraphs before', () => {
    const text =
      'وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران صباح السبت، حيث التقى نظيره الإيراني عباس عراقجي.\nوبحث الجانبان العلاقات الثنائية.\nوكان الوزيران قد أجريا اتصالا هاتفيا يوم الأربعاء الماضي، تناولا فيه الأوضاع في غزة ولبنان.';
    const call = find(text, 'call');
    expect(names(call)).toEqual(['فيصل بن فرحان', 'عباس عراقجي']);
    // Places told as the topic are not parties.
    expect(call.actors.some((a) => a.id.startsWith('place:'))).toBe(false);
  });

  it('no English title names someone else as the subject', () => {
    const e = find('وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران صباح السبت، حيث التقى نظيره الإيراني عباس عراقجي.', 'arrival');
    expect(e.titleEn ?? '').not.toContain('Araghchi');
    expect(e.title.startsWith('وصل')).toBe(true);
  });

  it('display names keep the original spelling (no folded text)', () => {
    const e = find('وقالت وزيرة الخارجية سارة الهاشمي يوم الأحد إن المحادثات كانت مثمرة.', 'statement');
    expect(names(e)).toEqual(['سارة الهاشمي']);
  });
});

describe('places: destinations and title complements', () => {
  const rows: Array<[string, string, string | undefined, string | undefined]> = [
    // The country in the envoy's title is not where he arrives.
    ['وصل المبعوث الأمريكي الخاص إلى السودان توم بيرييلو إلى بورتسودان أمس الخميس.', 'arrival', 'بورتسودان', undefined],
    // "يغادر إلى مسقط": Muscat is where he goes, not where he leaves.
    ['ومن المقرر أن يلتقي فيصل بن فرحان الرئيس الإيراني يوم الأحد، قبل أن يغادر إلى مسقط.', 'departure', undefined, 'for Muscat'],
    ['غادر الرئيس الروسي موسكو يوم الثلاثاء متوجها إلى بكين.', 'departure', 'موسكو', undefined],
  ];
  it.each(rows)('%s → %s', (text, type, place, en) => {
    const e = find(text, type);
    expect(e.place?.name.ar).toBe(place);
    if (en !== undefined) expect(e.titleEn ?? '').toContain(en);
  });
});
