// Offsets from the publication date with digits, number words, duals and plurals. Conventions
// (seed gold): "منذ 24 عاما" is the year 24 years back, approximate; a day offset is an exact day;
// "خلال الأشهر الـ18 الماضية" is a duration P18M ending at publication, approximate; "في وقت سابق
// من هذا العام" runs from January 1 to the publication day (exclusive). Month offsets follow the
// year ones: the month N months back, approximate.
import type { Family } from './caseTypes.js';
import { day, span, unresolved, year } from './build.js';

const pub = 'publication' as const;

export const relative: Family = {
  name: 'relative',
  cases: [
    {
      input: 'وهي الزيارة الأولى للرئيس الروسي إلى بيونغ يانغ منذ 24 عاما.',
      published: '2024-06-20',
      expected: { text: 'منذ 24 عاما', ...year(2000, pub, true) },
    },
    {
      input: 'وقال المسؤول إن الوضع اختلف كثيرا عما كان عليه قبل 10 سنوات.',
      published: '2024-06-20',
      expected: { text: 'قبل 10 سنوات', ...year(2014, pub, true) },
    },
    {
      input: 'وكانت الشرطة قد عثرت على جثة المفقود قبل ثلاثة أيام في منطقة جبلية.',
      published: '2024-06-20',
      expected: { text: 'قبل ثلاثة أيام', ...day('2024-06-17') },
    },
    {
      input: 'وأطلقت السلطات سراح الصحفي قبل يومين بعد احتجازه في مطار القاهرة.',
      published: '2024-06-20',
      expected: { text: 'قبل يومين', ...day('2024-06-18') },
      note: 'dual',
    },
    {
      input: 'وانسحبت الشركة من السوق الروسية منذ عامين بسبب العقوبات.',
      published: '2024-06-20',
      expected: { text: 'منذ عامين', ...year(2022, pub, true) },
      note: 'dual of عام',
    },
    {
      input: 'وكان وزير الخارجية قد زار الرياض قبل شهرين في إطار جولة خليجية.',
      published: '2024-06-20',
      expected: { text: 'قبل شهرين', ...span('2024-04', '2024-04-01', '2024-05-01', 'month', pub, true) },
    },
    {
      input: 'واستأنف البلدان علاقاتهما الدبلوماسية قبل خمسة أشهر بوساطة صينية.',
      published: '2024-06-20',
      expected: { text: 'قبل خمسة أشهر', ...span('2024-01', '2024-01-01', '2024-02-01', 'month', pub, true) },
    },
    {
      input: 'وغادر المدرب الفريق قبل ثلاثة أعوام بعد خلافات مع الإدارة.',
      published: '2024-06-20',
      expected: { text: 'قبل ثلاثة أعوام', ...year(2021, pub, true) },
    },
    {
      input: 'وسيعلن الاتحاد عن التشكيلة النهائية بعد ثلاثة أيام.',
      published: '2024-06-20',
      expected: { text: 'بعد ثلاثة أيام', ...day('2024-06-23') },
    },
    {
      input: 'وتراجعت قيمة الجنيه بنحو الثلث خلال الأشهر الستة الماضية.',
      published: '2024-06-20',
      expected: { text: 'خلال الأشهر الستة الماضية', value: 'P6M', interval: { start: '2023-12-20', end: '2024-06-20' }, approximate: true, anchor: pub },
    },
    {
      input: 'وارتفع عدد اللاجئين خلال السنوات الخمس الماضية إلى أكثر من مليون.',
      published: '2024-06-20',
      expected: { text: 'خلال السنوات الخمس الماضية', value: 'P5Y', interval: { start: '2019-06-20', end: '2024-06-20' }, approximate: true, anchor: pub },
    },
    {
      input: 'وسجلت المستشفيات أكثر من مئتي إصابة خلال الأيام العشرة الماضية.',
      published: '2024-06-20',
      expected: { text: 'خلال الأيام العشرة الماضية', value: 'P10D', interval: { start: '2024-06-10', end: '2024-06-20' }, anchor: pub },
    },
    {
      input: 'وبلغت صادرات المملكة من التمور العام الماضي نحو 1.5 مليار ريال.',
      published: '2024-06-20',
      expected: { text: 'العام الماضي', ...year(2023, pub) },
    },
    {
      input: 'ومن المنتظر أن تبدأ المرحلة الثالثة من المشروع العام المقبل.',
      published: '2024-06-20',
      expected: { text: 'العام المقبل', ...year(2025, pub) },
    },
    {
      input: 'ويصادف هذا العام الذكرى المئوية لتأسيس الحزب.',
      published: '2024-06-20',
      expected: { text: 'هذا العام', ...year(2024, pub) },
    },
    {
      input: 'وكان الرئيس قد أجرى تعديلا وزاريا في وقت سابق من هذا العام.',
      published: '2024-06-20',
      expected: { text: 'في وقت سابق من هذا العام', ...span('2024', '2024-01-01', '2024-06-20', 'year', pub) },
    },
    {
      input: 'وارتفعت أسعار الخبز الشهر الماضي بنسبة 20 في المئة.',
      published: '2024-06-20',
      expected: { text: 'الشهر الماضي', ...span('2024-05', '2024-05-01', '2024-06-01', 'month', pub) },
    },
    {
      input: 'وتبدأ المحاكمة الشهر المقبل أمام محكمة الجنايات.',
      published: '2024-12-20',
      expected: { text: 'الشهر المقبل', ...span('2025-01', '2025-01-01', '2025-02-01', 'month', pub) },
    },
    {
      input: 'وتستضيف الدوحة المؤتمر خلال الشهر الجاري بمشاركة 40 دولة.',
      published: '2024-06-20',
      expected: { text: 'خلال الشهر الجاري', ...span('2024-06', '2024-06-01', '2024-07-01', 'month', pub) },
    },
    {
      input: 'وتراجع الإنتاج الزراعي السنة الماضية بسبب الجفاف.',
      published: '2024-06-20',
      expected: { text: 'السنة الماضية', ...year(2023, pub) },
    },
    {
      input: 'وهي الزيارة الأولى للرئيس الروسي إلى بيونغ يانغ منذ 24 عاما.',
      published: undefined,
      expected: { text: 'منذ 24 عاما', ...unresolved },
      note: 'no publication date: the offset cannot be placed',
    },
    {
      input: 'وبلغت صادرات الشركة العام الماضي مستوى قياسيا.',
      published: undefined,
      expected: { text: 'العام الماضي', ...unresolved },
    },
    {
      input: 'وكانت العلاقات بين البلدين مقطوعة قبل عقدين من الزمن.',
      published: '2024-06-20',
      expected: { text: 'قبل عقدين', ...year(2004, pub, true) },
      note: 'dual of عقد; the gold reads "منذ ثلاثة عقود" as an approximate year',
    },
    {
      input: 'وانتقلت العائلة إلى كندا منذ سبع سنوات هربا من الحرب.',
      published: '2024-06-20',
      expected: { text: 'منذ سبع سنوات', ...year(2017, pub, true) },
    },
    {
      input: 'وقال إن الشركة تأسست قبل خمسة وعشرين عاما في مدينة جدة.',
      published: '2024-06-20',
      expected: { text: 'قبل خمسة وعشرين عاما', ...year(1999, pub, true) },
      note: 'compound number words',
    },
    {
      input: 'وأجريت آخر انتخابات بلدية في البلاد منذ ١٥ عاماً.',
      published: '2024-06-20',
      expected: { text: 'منذ ١٥ عاماً', ...year(2009, pub, true) },
    },
    {
      input: 'وشهدت البلاد احتجاجات مماثلة العام قبل الماضي.',
      published: '2024-06-20',
      expected: { text: 'العام قبل الماضي', ...year(2022, pub) },
      note: 'the year before last',
    },
    {
      input: 'ونفذت الطائرات المسيرة هجوما على المنشأة قبل أربعة أيام.',
      published: '2024-03-02',
      expected: { text: 'قبل أربعة أيام', ...day('2024-02-27') },
    },
    {
      input: 'وكان المصنع قد أغلق أبوابه قبل نحو عشر سنوات بسبب الأزمة.',
      published: '2024-06-20',
      expected: { text: 'قبل نحو عشر سنوات', ...year(2014, pub, true) },
      note: 'نحو (about) between قبل and the count',
    },
    {
      input: 'وتضاعف عدد السكان في السنوات العشر الماضية.',
      published: '2024-06-20',
      expected: { text: 'في السنوات العشر الماضية', value: 'P10Y', interval: { start: '2014-06-20', end: '2024-06-20' }, approximate: true, anchor: pub },
    },
    {
      input: 'وارتفعت الأسعار بنسبة 40 في المئة خلال العامين الماضيين.',
      published: '2024-06-20',
      expected: { text: 'خلال العامين الماضيين', value: 'P2Y', interval: { start: '2022-06-20', end: '2024-06-20' }, approximate: true, anchor: pub },
      note: 'dual',
    },
    {
      input: 'وتتوقع الحكومة نموا اقتصاديا بنسبة 3 في المئة العام الجاري.',
      published: '2024-06-20',
      expected: { text: 'العام الجاري', ...year(2024, pub) },
    },
    {
      input: 'وكان الرئيس قد التقى نظيره الفرنسي الأسبوع الماضي في باريس.',
      published: '2024-06-20',
      expected: { text: 'الأسبوع الماضي', ...span('2024-W24', '2024-06-10', '2024-06-17', 'week', pub) },
      note: 'weeks are ISO weeks (Monday to Sunday), as TIMEX3 values name them',
    },
    {
      input: 'ومن المنتظر أن يصل المبعوث الأممي الأسبوع المقبل إلى بيروت.',
      published: '2024-12-31',
      expected: { text: 'الأسبوع المقبل', ...span('2025-W02', '2025-01-06', '2025-01-13', 'week', pub) },
      note: '2024-12-31 lies in ISO week 2025-W01, so next week is 2025-W02',
    },
    {
      input: 'وتعيش البلاد أزمة سياسية خانقة منذ عام ونصف.',
      published: '2024-10-12',
      expected: { text: 'منذ عام ونصف', value: '2023-04', interval: { start: '2023-04-01', end: '2023-05-01' }, precision: 'month', approximate: true, anchor: 'publication' },
      note: 'a year and a half is eighteen months back',
    },
    {
      input: 'وقال الطبيب إن المريض وصل إلى المستشفى قبل ساعة ونصف.',
      published: '2024-10-12',
      expected: { text: 'قبل ساعة ونصف', value: '2024-10-12', interval: { start: '2024-10-12', end: '2024-10-13' }, precision: 'day', approximate: true, anchor: 'publication' },
    },
  ],
};
