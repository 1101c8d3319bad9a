// Weekdays, bare or after يوم, with last/next modifiers, in past-tense news and in scheduling
// clauses. Reference weeks: 2024-06-20 is a Thursday, 2024-10-15 a Tuesday, 2025-03-03 a Monday,
// 2023-11-05 a Sunday, 2024-12-31 a Tuesday, 2025-01-01 a Wednesday.
import type { Family } from './caseTypes.js';
import { day, unresolved } from './build.js';

export const weekdays: Family = {
  name: 'weekdays',
  cases: [
    {
      input: 'قال المتحدث باسم الكرملين ديمتري بيسكوف، الخميس، إن موسكو لا تستبعد أي خيار.',
      published: '2024-06-20',
      expected: { text: 'الخميس', ...day('2024-06-20') },
      note: 'bare weekday equal to the publication day',
    },
    {
      input: 'التقى وزير الخارجية المصري نظيره الأردني يوم الأحد في القاهرة لبحث التطورات في غزة.',
      published: '2024-06-20',
      expected: { text: 'يوم الأحد', ...day('2024-06-16') },
    },
    {
      input: 'وكانت قوات الاحتلال قد اقتحمت مخيم جنين الثلاثاء الماضي وسط اشتباكات عنيفة.',
      published: '2024-10-15',
      expected: { text: 'الثلاثاء الماضي', ...day('2024-10-08') },
      note: '"last Tuesday" said on a Tuesday is the week before',
    },
    {
      input: 'ويعقد مجلس الأمن الدولي جلسة طارئة يوم الاثنين المقبل لبحث الأوضاع الإنسانية في القطاع.',
      published: '2024-10-15',
      expected: { text: 'يوم الاثنين المقبل', ...day('2024-10-21') },
    },
    {
      input: 'ومن المقرر أن يصل الوفد الأمريكي إلى الدوحة الأربعاء لاستئناف المفاوضات غير المباشرة.',
      published: '2024-10-15',
      expected: { text: 'الأربعاء', ...day('2024-10-16') },
      note: 'scheduling (من المقرر) points forward',
    },
    {
      input: 'سيزور ولي العهد السعودي العاصمة الفرنسية باريس السبت، وفق ما أعلن الديوان الملكي.',
      published: '2025-03-03',
      expected: { text: 'السبت', ...day('2025-03-08') },
      note: 'future prefix سـ points forward',
    },
    {
      input: 'وأعلنت وزارة الصحة اللبنانية، السبت، ارتفاع حصيلة الغارات الإسرائيلية على الجنوب.',
      published: '2023-11-05',
      expected: { text: 'السبت', ...day('2023-11-04') },
    },
    {
      input: 'والجمعة، تظاهر آلاف المغاربة في شوارع الرباط تضامنا مع الشعب الفلسطيني.',
      published: '2023-11-05',
      expected: { text: 'والجمعة', ...day('2023-11-03') },
      note: 'conjunction clitic و on a bare weekday',
    },
    {
      input: 'وفي يوم الإثنين، أعلنت الحكومة التونسية عن تعديل وزاري محدود شمل ثلاث حقائب.',
      published: '2025-03-03',
      expected: { text: 'يوم الإثنين', ...day('2025-03-03') },
      note: 'الإثنين with hamza',
    },
    {
      input: 'وَصَلَ الرَّئِيسُ إلى الجزائر يَوْمَ الأَرْبِعَاءِ في زيارة رسمية تستغرق يومين.',
      published: '2024-06-20',
      expected: { text: 'يَوْمَ الأَرْبِعَاءِ', ...day('2024-06-19') },
      note: 'full diacritics',
    },
    {
      input: 'وأكدت الرئاسة الفلسطينية الأحد\u00a0الماضي رفضها القاطع لأي مخططات تهجير.',
      published: '2024-06-20',
      expected: { text: 'الأحد\u00a0الماضي', ...day('2024-06-16') },
      note: 'no-break space between weekday and modifier',
    },
    {
      input: 'وأفرجت السلطات عن الناشط يوم الجمعة الفائت بعد احتجازه في مركز للشرطة.',
      published: '2024-06-20',
      expected: { text: 'يوم الجمعة الفائت', ...day('2024-06-14') },
    },
    {
      input: 'وشهدت بورصة الدار البيضاء الخميس المنصرم تراجعا حادا في مؤشرها الرئيسي.',
      published: '2024-06-20',
      expected: { text: 'الخميس المنصرم', ...day('2024-06-13') },
      note: 'المنصرم = last; on a Thursday it is the Thursday before',
    },
    {
      input: 'ويلتقي المنتخب المغربي نظيره الجزائري يوم السبت القادم على ملعب وهران.',
      published: '2024-12-31',
      expected: { text: 'يوم السبت القادم', ...day('2025-01-04') },
      note: 'next Saturday crosses the year',
    },
    {
      input: 'وكان الرئيس قد استقبل السفير الياباني الجمعة في قصر قرطاج.',
      published: '2025-01-01',
      expected: { text: 'الجمعة', ...day('2024-12-27') },
      note: 'last Friday crosses the year backwards',
    },
    {
      input: 'يعقد الاجتماع الوزاري العربي الأحد في مقر الجامعة العربية بالقاهرة.',
      published: '2024-06-20',
      options: { forwardDate: true },
      expected: { text: 'الأحد', ...day('2024-06-23') },
      note: 'forwardDate: a bare weekday resolves forward',
    },
    {
      input: 'أعلنت الشرطة الإيطالية الاثنين اعتقال ثلاثة مشتبه بهم في قضية تهريب مهاجرين.',
      published: undefined,
      expected: { text: 'الاثنين', ...unresolved },
      note: 'no publication date: a weekday cannot be placed',
    },
    {
      input: 'واجتمع مجلس الوزراء يوم الاربعاء برئاسة رئيس الحكومة في العاصمة الإدارية.',
      published: '2024-06-20',
      expected: { text: 'يوم الاربعاء', ...day('2024-06-19') },
      note: 'hamza dropped, as many Egyptian sites write it',
    },
    {
      input: 'وسوف يتوجه الوفد إلى جنيف الأحد للمشاركة في الجولة الجديدة من المحادثات.',
      published: '2024-06-20',
      expected: { text: 'الأحد', ...day('2024-06-23') },
    },
    {
      input: 'ويعتزم الاتحاد الأوروبي إقرار حزمة عقوبات جديدة على روسيا الاثنين.',
      published: '2024-06-20',
      expected: { text: 'الاثنين', ...day('2024-06-24') },
    },
    {
      input: 'وأعلنت الخارجیة الإیرانیة الاثنین استدعاء السفير السويسري في طهران.',
      published: '2024-06-20',
      expected: { text: 'الاثنین', ...day('2024-06-17') },
      note: 'Persian yeh (U+06CC) as scraped from some Iranian Arabic-language sites',
    },
    {
      input: 'ويفتتح الرئيس المعرض الدولي للكتاب السبت بمشاركة 60 دولة.',
      published: '2024-12-31',
      options: { forwardDate: true },
      expected: { text: 'السبت', ...day('2025-01-04') },
      note: 'forwardDate across the year',
    },
    {
      input: 'وكانت الحكومة قد أقرت مشروع القانون الأحد الماضي بالإجماع.',
      published: '2024-06-20',
      options: { forwardDate: true },
      expected: { text: 'الأحد الماضي', ...day('2024-06-16') },
      note: 'forwardDate moves bare weekdays only: الماضي still points back',
    },
    {
      input: 'الرئيس الأوكراني يتحدث خلال مؤتمر صحافي في كييف الأربعاء (رويترز)',
      published: '2024-07-20',
      expected: { text: 'الأربعاء', ...day('2024-07-17') },
      note: 'weekday at the end of a photo caption, before the agency tag',
    },
    {
      input: 'وأعلنت وزارة التعليم أن المدارس ستفتح أبوابها أمام الطلاب الأحد المقبل.',
      published: '2024-10-15',
      expected: { text: 'الأحد المقبل', ...day('2024-10-20') },
    },
    {
      input: 'وشارك الرئيس في القمة التي عقدت يوم الخميس الموافق 20 يونيو 2024 في العاصمة.',
      published: '2024-06-25',
      expected: { text: 'يوم الخميس', value: '2024-06-20', interval: { start: '2024-06-20', end: '2024-06-21' }, precision: 'day' },
      note: 'the weekday glossed by الموافق + date; either one merged expression or the weekday alone',
    },
    {
      input: 'وأشار إلى أن عطلة عيد الفطر تبدأ الأربعاء المقبل وتستمر حتى الأحد.',
      published: '2025-03-03',
      expected: { text: 'حتى الأحد', ...day('2025-03-09') },
      note: 'the sentence already told a day after publication: a bare weekday after it is in the future too',
    },
    {
      input: 'ووصل الوفد إلى القاهرة الأحد الماضي وغادرها الثلاثاء بعد جولة من المحادثات.',
      published: '2025-03-06',
      expected: { text: 'الثلاثاء', ...day('2025-03-04') },
      note: 'a past story stays in the past: the Tuesday before publication',
    },
    {
      input: 'وقع الانفجار يوم الجمعة 7/6/2024 قرب السوق المركزي.',
      published: '2024-06-20',
      expected: { text: 'يوم الجمعة 7/6/2024', ...day('2024-06-07', 'absolute') },
      note: 'a weekday before a numeric date is part of it, not a separate "last Friday"',
    },
    {
      input: 'أعلنت الرئاسة الاثنين، 2024/06/17، الحداد ثلاثة أيام.',
      published: '2024-06-20',
      expected: { text: 'الاثنين، 2024/06/17', ...day('2024-06-17', 'absolute') },
    },
  ],
};
