// Expressions anchored on an event rather than on the publication date: the event is told (with
// its own date) in the sentence before, or named right after the expression. The expression takes
// the event's day (or month/year) and moves from it; anchor is 'event'.
import type { Family } from './caseTypes.js';
import { day, part, span, unresolved, year } from './build.js';

const ev = 'event' as const;

export const eventAnchored: Family = {
  name: 'eventAnchored',
  cases: [
    {
      input: 'وصل الرئيس إلى الرياض الثلاثاء في جولة خليجية. وكان قد التقى في اليوم السابق نظيره الإماراتي في أبوظبي.',
      published: '2024-06-20',
      expected: { text: 'في اليوم السابق', ...day('2024-06-17', ev) },
      note: 'Tuesday 2024-06-18 is told first; the previous day is Monday, not the day before publication',
    },
    {
      input: 'اجتمع وزراء الخارجية العرب في القاهرة يوم 5 مارس 2024. وفي اليوم التالي، أصدروا بيانا مشتركا يدعو إلى وقف إطلاق النار.',
      published: '2024-03-10',
      expected: { text: 'في اليوم التالي', ...day('2024-03-06', ev) },
    },
    {
      input: 'جرت الانتخابات التشريعية يوم الأحد 10 نوفمبر 2024. وغداة الاقتراع، أعلنت اللجنة المستقلة النتائج الأولية.',
      published: '2024-11-12',
      expected: { text: 'غداة', ...day('2024-11-11', ev) },
      note: 'غداة = the day after the named event',
    },
    {
      input: 'تجري الانتخابات الرئاسية يوم الأحد 15 سبتمبر 2024. وعشية الاقتراع، دعا الرئيس المواطنين إلى المشاركة بكثافة.',
      published: '2024-09-16',
      expected: { text: 'عشية', ...day('2024-09-14', ev) },
      note: 'عشية = the eve (the day before) of the named event',
    },
    {
      input: 'ووقع الطرفان اتفاق الهدنة في 19 يناير 2025. وبعد يوم من توقيع الاتفاق، أفرجت الحركة عن ثلاث رهائن.',
      published: '2025-01-22',
      expected: { text: 'بعد يوم', ...day('2025-01-20', ev) },
    },
    {
      input: 'وعقدت القمة الثلاثية في أنقرة يوم 2 سبتمبر 2024. وبعد يومين من القمة، أعلنت الخارجية التركية عن زيارة مرتقبة.',
      published: '2024-09-10',
      expected: { text: 'بعد يومين', ...day('2024-09-04', ev) },
      note: 'dual',
    },
    {
      input: 'ومن المقرر أن يصوت البرلمان على الموازنة في 30 يونيو 2024. وقبل يوم من التصويت، تعقد الكتل النيابية اجتماعا تشاوريا.',
      published: '2024-06-20',
      expected: { text: 'قبل يوم', ...day('2024-06-29', ev) },
    },
    {
      input: 'واستُهدف مبنى القنصلية الإيرانية في دمشق يوم 1 أبريل 2024. وفي اليوم نفسه، توعدت طهران بالرد.',
      published: '2024-04-05',
      expected: { text: 'في اليوم نفسه', ...day('2024-04-01', ev) },
    },
    {
      input: 'وقع الهجوم على القاعدة العسكرية يوم 1 أبريل 2024. وبعد ثلاثة أيام من الهجوم، أعلن الجيش اعتقال المنفذين.',
      published: '2024-04-10',
      expected: { text: 'بعد ثلاثة أيام', ...day('2024-04-04', ev) },
    },
    {
      input: 'وتعقد القمة العربية في المنامة في 16 مايو 2024. وقبل أسبوع من القمة، يجتمع وزراء الخارجية العرب لإعداد جدول الأعمال.',
      published: '2024-05-01',
      expected: { text: 'قبل أسبوع', ...day('2024-05-09', ev) },
    },
    {
      input: 'وصل الوفد المفاوض إلى الدوحة يوم 3 مارس 2024. وفي صباح اليوم التالي، بدأت جولة المحادثات الجديدة.',
      published: '2024-03-08',
      expected: { text: 'صباح اليوم التالي', ...part('2024-03-04', 'MO', ev) },
    },
    {
      input: 'والتقى بوتين كيم جونغ أون الأربعاء في بيونغ يانغ. وغداة القمة، وصل الرئيس الروسي إلى هانوي.',
      published: '2024-06-21',
      expected: { text: 'غداة', ...day('2024-06-20', ev) },
      note: 'the event day itself comes from a weekday resolved against publication',
    },
    {
      input: 'وتأسست الشركة عام 1998 في دبي. وفي العام التالي، افتتحت فرعها الأول في الرياض.',
      published: '2024-06-20',
      expected: { text: 'في العام التالي', ...year(1999, ev) },
    },
    {
      input: 'وفاز الحزب بالانتخابات عام 2011. وكان قد قاطع الاستحقاق الانتخابي في العام السابق.',
      published: '2024-06-20',
      expected: { text: 'في العام السابق', ...year(2010, ev) },
    },
    {
      input: 'واندلعت الاحتجاجات في بغداد في أكتوبر 2019. وفي الشهر التالي، أعلن رئيس الوزراء استقالته.',
      published: '2024-06-20',
      expected: { text: 'في الشهر التالي', ...span('2019-11', '2019-11-01', '2019-12-01', 'month', ev) },
    },
    {
      input: 'وصل الوزير إلى بغداد الاثنين. وكان في اليوم السابق في طهران.',
      published: undefined,
      expected: { text: 'في اليوم السابق', ...unresolved },
      note: 'the event itself is unresolved without publication, so is the day before it',
    },
    {
      input: 'وفي 3 يناير 2020 قُتل قائد فيلق القدس في غارة أمريكية قرب مطار بغداد. وفي اليوم التالي، خرجت جنازات حاشدة في العراق.',
      published: undefined,
      expected: { text: 'في اليوم التالي', ...day('2020-01-04', ev) },
      note: 'an absolute event date needs no publication date',
    },
    {
      input: 'وأعلنت الحكومة حالة الطوارئ يوم 24 فبراير 2024. وبعد أسبوعين من الإعلان، رفعت القيود عن التنقل.',
      published: '2024-03-20',
      expected: { text: 'بعد أسبوعين', ...day('2024-03-09', ev) },
      note: 'leap February: 24 Feb + 14 days = 9 March',
    },
    {
      input: 'وشنّت الطائرات سلسلة غارات على المدينة مساء الخميس 12 أكتوبر 2023. وفي اليوم التالي، دعا الجيش السكان إلى المغادرة جنوبا.',
      published: '2023-10-20',
      expected: { text: 'في اليوم التالي', ...day('2023-10-13', ev) },
      note: 'the event is a part of day; the next day is a whole day',
    },
    {
      input: 'واستقبل الملك الرئيس الفرنسي في قصره يوم الثلاثاء 5 مارس 2024. وفي مساء اليوم نفسه، أقيمت مأدبة عشاء رسمية.',
      published: '2024-03-07',
      expected: { text: 'مساء اليوم نفسه', ...part('2024-03-05', 'EV', ev) },
    },
    {
      input: 'وأعلن الجيش السيطرة على المدينة يوم 8 ديسمبر 2024. وفي اليوم ذاته، غادر الرئيس البلاد.',
      published: '2024-12-10',
      expected: { text: 'في اليوم ذاته', ...day('2024-12-08', ev) },
    },
    {
      input: 'وأطاح الجيش بالرئيس في 3 يوليو 2013 بعد عام واحد من توليه الحكم.',
      published: '2024-07-03',
      expected: { text: 'بعد عام واحد', value: null, interval: null, anchor: 'unresolved' },
      note: 'anchored on an event whose date the text does not give (taking office); neither the publication nor the ouster',
    },
    {
      input: 'بدأ الجيش عملية عسكرية واسعة في مخيم جنين يوم 3 يوليو 2023. وبعد أربعة أيام، أعلن انتهاء العملية وانسحاب قواته.',
      published: '2024-06-20',
      expected: { text: 'بعد أربعة أيام', ...day('2023-07-07', ev) },
      note: 'a past-tense "after four days" counts from the event just told, not from publication',
    },
    {
      input: 'وتأتي الزيارة بعد أسبوعين من الانتخابات الرئاسية التي جرت في تونس.',
      published: '2024-10-20',
      expected: { text: 'بعد أسبوعين', value: null, interval: null, anchor: 'unresolved' },
      note: 'الانتخابات begins with the letters of الآن; "two weeks after the elections" is anchored on them, not on publication',
    },
    {
      input: 'أجريت الانتخابات التشريعية يوم الأحد 6 أكتوبر 2024. وقبل أسبوع من الاقتراع، انسحب مرشحان.',
      published: '2024-10-20',
      expected: { text: 'قبل أسبوع', ...day('2024-09-29', ev) },
      note: 'a week before the vote told in the sentence before',
    },
    {
      input: 'وتأتي الزيارة بعد عام ونصف من استئناف العلاقات الدبلوماسية بين البلدين.',
      published: '2024-10-12',
      expected: { text: 'بعد عام ونصف', value: null, interval: null, anchor: 'unresolved' },
      note: 'anchored on the resumption of relations, which the sentence does not date: not publication + 18 months',
    },
  ],
};
