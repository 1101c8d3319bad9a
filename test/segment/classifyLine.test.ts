import { describe, expect, it } from 'vitest';
import { classifyLine, type LineKind } from '../../src/segment/classifyLine.js';
import { boilerplate } from '../../src/locales/ar/boilerplate.js';

describe('classifyLine', () => {
  const rows: Array<[string, LineKind]> = [
    ['الرئيس الروسي فلاديمير بوتين ونظيره الفيتنامي تو لام (أ.ب)', 'caption'],
    ['بوتين مع نظيره الفيتنامي (إ.ب.أ)', 'caption'],
    ['العلم الروسي في شوارع هانوي (أ. ف. ب)', 'caption'],
    ['جنود في بيلغورود بروسيا (رويترز)', 'caption'],
    ['زيلينسكي في كييف الاثنين (د.ب.أ)', 'caption'],
    ['Trump ve Zelenskiy, 2019 yılında görüşme sırasında (AP)', 'caption'],
    ['TT', 'marker'],
    ['(وكالات)', 'marker'],
    ['(رويترز)', 'marker'],
    ['المصدر: الحرة', 'source'],
    ['المصدر : عربي21', 'source'],
    ['كلمات دلالية: الرئیس الروسی', 'tagcloud'],
    ['كلمات دلالية: سياسة اقتصاد رياضة', 'tagcloud'],
    ['مقالات ذات صلة', 'label'],
    ['مقالات مشابهة', 'label'],
    ['إقرأ أيضاً:', 'label'],
    ['اقرأ ايضا', 'label'],
    ['أخبار ذات صلة', 'label'],
    ['اقرأ أيضا: بوتين يصل إلى هانوي', 'readAlso'],
    ['  • كوريا الشمالية تختبر صاروخا حربيا متعدد الرؤوس', 'bullet'],
    ['• بوتين: موسكو تتوقع مواصلة العمل المشترك مع فيتنام', 'bullet'],
    ['البلاد – واشنطن', 'byline'],
    ['القاهرة - خاص', 'byline'],
    ['إيلي يوسف (واشنطن)', 'byline'],
    ['«الشرق الأوسط» (كييف)', 'byline'],
    ['بوتين في فيتنام بعد كوريا الشمالية... تنسيق لمواجهة «تحديات قديمة وجديدة»', 'heading'],
    ['تخمينات في الغرب', 'heading'],
    ['ما هي هذه الدول الثالثة؟', 'heading'],
    [
      'ماذا يريد بوتين وكيم من بعضهما البعض؟ وصل الرئيس الروسي، فلاديمير بوتين، إلى كوريا الشمالية، الثلاثاء، في أول زيارة',
      'teaser',
    ],
    ['وصل بوتين إلى هانوي، ليل الأربعاء الخميس، آتيا من بيونغ يانغ.', 'text'],
    // A question inside reported speech is not a teaser headline.
    ['وقال: "هل يمكننا ذلك؟ لا نستطيع ذلك أبدا في الوقت الحالي بسبب الظروف"، وفق ما نقلت الوكالة.', 'text'],
    // Bracketed numbers are not a byline's city.
    ['الاعتراف بضم القرم (2014)', 'heading'],
    [
      'تسارعت وتيرة المحادثات بين البلدين خلال الأسابيع الماضية في ظل ضغوط دولية متزايدة لإنهاء الحرب وتحقيق تسوية شاملة ودائمة في المنطقة كلها',
      'text',
    ],
  ];
  it.each(rows)('%s → %s', (line, kind) => {
    expect(classifyLine(line, boilerplate)).toBe(kind);
  });
});
