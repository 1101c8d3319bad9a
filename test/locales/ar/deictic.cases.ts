// Deictic days (today, yesterday, the day before, tomorrow, the day after, tonight) and their
// weekday glosses. A gloss that contradicts the deictic word (a Tuesday article's "اليوم الاثنين",
// typical of translated wire copy filed the day before) is settled by the named weekday.
import type { Family } from './caseTypes.js';
import { day, part, unresolved } from './build.js';

export const deictic: Family = {
  name: 'deictic',
  cases: [
    {
      input: 'أعلن الجيش الإسرائيلي اليوم مقتل ثلاثة من جنوده في شمال قطاع غزة.',
      published: '2024-06-20',
      expected: { text: 'اليوم', ...day('2024-06-20') },
    },
    {
      input: 'وقال وزير الخارجية أمس إن المفاوضات وصلت إلى طريق مسدود.',
      published: '2024-06-20',
      expected: { text: 'أمس', ...day('2024-06-19') },
    },
    {
      input: 'وأكد رئيس الوزراء العراقي، أمس الأحد، التزام بلاده بإجراء الانتخابات في موعدها.',
      published: '2023-11-06',
      expected: { text: 'أمس الأحد', ...day('2023-11-05') },
    },
    {
      input: 'تنطلق غداً السبت امتحانات الثانوية العامة في مختلف المحافظات المصرية.',
      published: '2024-06-21',
      expected: { text: 'غداً السبت', ...day('2024-06-22') },
    },
    {
      input: 'ويصوت الكنيست غدا على مشروع القانون المثير للجدل بالقراءة الأولى.',
      published: '2024-10-15',
      expected: { text: 'غدا', ...day('2024-10-16') },
    },
    {
      input: 'وتنطلق أعمال القمة العربية بعد غد في العاصمة البحرينية المنامة.',
      published: '2024-05-14',
      expected: { text: 'بعد غد', ...day('2024-05-16') },
    },
    {
      input: 'وكانت الشرطة الفرنسية قد اعتقلت المشتبه به أول أمس في ضواحي باريس.',
      published: '2024-10-15',
      expected: { text: 'أول أمس', ...day('2024-10-13') },
    },
    {
      input: 'وذكرت الوكالة أن الاجتماع عُقد أول من أمس في الرياض بحضور وزراء الطاقة.',
      published: '2025-03-03',
      expected: { text: 'أول من أمس', ...day('2025-03-01') },
    },
    {
      input: 'قصفت الطائرات الحربية بالأمس مواقع عسكرية في ريف إدلب الجنوبي.',
      published: '2023-11-05',
      expected: { text: 'بالأمس', ...day('2023-11-04') },
      note: 'literal بالأمس in a past-tense report (the figurative one is in negatives)',
    },
    {
      input: 'تعقد الحكومة اللبنانية اجتماعا طارئا الليلة لمناقشة الوضع الأمني في الجنوب.',
      published: '2024-06-20',
      expected: { text: 'الليلة', ...part('2024-06-20', 'NI') },
    },
    {
      input: 'تستضيف العاصمة الأردنية عمّان اليوم الجمعة مؤتمرا دوليا للاستجابة الإنسانية في غزة.',
      published: '2024-06-21',
      expected: { text: 'اليوم الجمعة', ...day('2024-06-21') },
    },
    {
      input: 'وأعلنت وزارة الداخلية، اليوم الاثنين، ضبط شبكة لتهريب المخدرات عبر الحدود.',
      published: '2024-10-15',
      expected: { text: 'اليوم الاثنين', ...day('2024-10-14') },
      note: '"today, Monday" in a Tuesday article: the named weekday wins',
    },
    {
      input: 'وقال المتحدث باسم الحكومة أمس إن الحصيلة مرشحة للارتفاع.',
      published: undefined,
      expected: { text: 'أمس', ...unresolved },
    },
    {
      input: 'ويصل المبعوث الأممي غداً إلى صنعاء في محاولة لإحياء مسار التسوية.',
      published: undefined,
      expected: { text: 'غداً', ...unresolved },
    },
    {
      input: 'واحتفلت عواصم عربية عدة أمس بحلول العام الجديد وسط إجراءات أمنية مشددة.',
      published: '2025-01-01',
      expected: { text: 'أمس', ...day('2024-12-31') },
      note: 'yesterday crosses the year',
    },
    {
      input: 'وغادر الوفد الحكومي العاصمة أمس متوجها إلى جنيف.',
      published: '2024-03-01',
      expected: { text: 'أمس', ...day('2024-02-29') },
      note: 'leap day',
    },
    {
      input: 'وكان الرئيس قد التقى يوم أمس رئيس الوزراء في قصر بعبدا.',
      published: '2024-06-20',
      expected: { text: 'يوم أمس', ...day('2024-06-19') },
    },
    {
      input: 'وفي وقت سابق اليوم، أعلنت الرئاسة التركية أن أردوغان سيزور بغداد قريبا.',
      published: '2024-06-20',
      expected: { text: 'في وقت سابق اليوم', ...day('2024-06-20') },
    },
    {
      input: 'وقال البيت الأبيض في وقت سابق من اليوم (الخميس) إن الرئيس تلقى إحاطة أمنية.',
      published: '2024-10-18',
      expected: { text: 'في وقت سابق من اليوم (الخميس)', ...day('2024-10-17') },
      note: 'the bracketed weekday fixes the day of a quoted post',
    },
    {
      input: 'وشهدت العاصمة الجزائرية أمس السبت مسيرة حاشدة دعما للقضية الفلسطينية.',
      published: '2023-11-05',
      expected: { text: 'أمس السبت', ...day('2023-11-04') },
    },
    {
      input: 'وقال الناطق باسم الحكومة امس ان الاتصالات مستمرة.',
      published: '2024-10-15',
      expected: { text: 'امس', ...day('2024-10-14') },
      note: 'hamza dropped (امس), common in Iraqi and Egyptian web copy',
    },
    {
      input: 'وأعلنت الهيئة أمس نتائج الفرز النهائية للانتخابات البلدية.',
      published: '2024-06-20T01:30:00+03:00',
      expected: { text: 'أمس', ...day('2024-06-19') },
      note: 'a full ISO publication time: the outlet\'s local date (06-20) counts, not the UTC one (06-19)',
    },
    {
      input: 'وكانت الجمارك قد ضبطت الشحنة أمس الأول في ميناء جدة الإسلامي.',
      published: '2024-06-20',
      expected: { text: 'أمس الأول', ...day('2024-06-18') },
      note: 'Gulf/Egyptian "the day before yesterday"',
    },
    {
      input: 'وتبدأ الاحتفالات الرسمية مساء اليوم بعرض للألعاب النارية.',
      published: '2024-06-20',
      expected: { text: 'مساء اليوم', ...part('2024-06-20', 'EV') },
    },
    {
      input: 'وتعرضت مواقع عسكرية لقصف مدفعي الليلة الماضية في ريف حلب.',
      published: '2024-10-15',
      expected: { text: 'الليلة الماضية', ...part('2024-10-14', 'NI') },
    },
  ],
};
