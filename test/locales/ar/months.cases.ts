// Gregorian months in all three families (Egypt/Gulf, Levant/Iraq, Maghreb), their glossed
// combinations, numeric dates (day/month/year, as Arabic outlets write them), "الـ20 من الشهر
// الجاري" and the parts of a month. مطلع/أوائل, منتصف and أواخر follow the Arabic division of a
// month into its first, middle and last ten days ([1,11), [11,21), [21, end)); the value stays the
// month and the interval is marked approximate.
import type { Family } from './caseTypes.js';
import { day, month, span } from './build.js';

export const months: Family = {
  name: 'months',
  cases: [
    {
      input: 'ووقّع البلدان معاهدة الشراكة الاستراتيجية الشاملة في 20 يونيو 2024 خلال زيارة الرئيس الروسي.',
      published: '2024-07-01',
      expected: { text: 'في 20 يونيو 2024', ...day('2024-06-20', 'absolute') },
    },
    {
      input: 'واندلعت الاحتجاجات الشعبية في سوريا في 15 آذار 2011 من مدينة درعا.',
      published: '2024-03-15',
      expected: { text: 'في 15 آذار 2011', ...day('2011-03-15', 'absolute') },
    },
    {
      input: 'ونالت الجزائر استقلالها في 5 جويلية 1962 بعد ثورة دامت أكثر من سبع سنوات.',
      published: '2024-07-05',
      expected: { text: 'في 5 جويلية 1962', ...day('1962-07-05', 'absolute') },
    },
    {
      input: 'وأعلنت الحكومة التونسية عن الزيادة في الأجور بداية من غرة أوت المقبل.',
      published: '2025-06-10',
      expected: { text: 'غرة أوت المقبل', ...day('2025-08-01') },
      note: 'غرة = the first day of a month (Tunisian usage)',
    },
    {
      input: 'وكانت الحكومة العراقية قد أعلنت في حزيران/يونيو الماضي عن خطة لإعادة إعمار الموصل.',
      published: '2024-10-15',
      expected: { text: 'في حزيران/يونيو الماضي', ...month('2024-06') },
    },
    {
      input: 'ومن المتوقع أن تُجرى الانتخابات البلدية في فبراير (شباط) المقبل.',
      published: '2024-10-15',
      expected: { text: 'في فبراير (شباط) المقبل', ...month('2025-02') },
    },
    {
      input: 'وخلّف الزلزال الذي ضرب منطقة الحوز في أيلول/سبتمبر 2023 نحو ثلاثة آلاف قتيل.',
      published: '2024-09-08',
      expected: { text: 'في أيلول/سبتمبر 2023', ...month('2023-09', 'absolute') },
    },
    {
      input: 'وحددت المحكمة جلسة 20/6/2024 للنطق بالحكم في القضية.',
      published: '2024-05-30',
      expected: { text: '20/6/2024', ...day('2024-06-20', 'absolute') },
      note: 'numeric day/month/year',
    },
    {
      input: 'وبدأ العمل بالقرار اعتبارا من ١٥/٣/٢٠٢٥ في جميع المنافذ الحدودية.',
      published: '2025-03-10',
      expected: { text: '١٥/٣/٢٠٢٥', ...day('2025-03-15', 'absolute') },
      note: 'Eastern-Arabic digits',
    },
    {
      input: 'على أن تبدأ امتحانات نهاية العام في الـ20 من الشهر الجاري.',
      published: '2024-06-10',
      expected: { text: 'في الـ20 من الشهر الجاري', ...day('2024-06-20') },
    },
    {
      input: 'وكانت السلطات قد أغلقت المعبر في الـ20 من حزيران الجاري لأسباب أمنية.',
      published: '2024-06-25',
      expected: { text: 'في الـ20 من حزيران الجاري', ...day('2024-06-20') },
    },
    {
      input: 'ويتوقع أن يصل الوفد التفاوضي منتصف الشهر الجاري إلى القاهرة.',
      published: '2024-06-05',
      expected: { text: 'منتصف الشهر الجاري', ...span('2024-06', '2024-06-11', '2024-06-21', 'month', 'publication', true) },
    },
    {
      input: 'وكان البنك المركزي قد رفع سعر الفائدة مطلع الشهر الماضي بواقع نصف نقطة.',
      published: '2024-10-15',
      expected: { text: 'مطلع الشهر الماضي', ...span('2024-09', '2024-09-01', '2024-09-11', 'month', 'publication', true) },
    },
    {
      input: 'وتعود آخر زيارة للوزير إلى أواخر مارس الماضي حين التقى نظيره الإسباني.',
      published: '2024-06-20',
      expected: { text: 'أواخر مارس الماضي', ...span('2024-03', '2024-03-21', '2024-04-01', 'month', 'publication', true) },
    },
    {
      input: 'وسجلت الصادرات المصرية ارتفاعا ملحوظا في مايو الماضي مقارنة بالعام السابق.',
      published: '2024-06-20',
      expected: { text: 'في مايو الماضي', ...month('2024-05') },
    },
    {
      input: 'وتجرى الانتخابات الرئاسية الأمريكية في نوفمبر المقبل وسط استقطاب حاد.',
      published: '2024-06-20',
      expected: { text: 'في نوفمبر المقبل', ...month('2024-11') },
    },
    {
      input: 'وكانت الحكومة قد رفعت أسعار الوقود في ديسمبر الماضي للمرة الثالثة.',
      published: '2024-01-10',
      expected: { text: 'في ديسمبر الماضي', ...month('2023-12') },
      note: 'last December crosses the year',
    },
    {
      input: 'وتوقفت الملاحة في القناة جزئيا في إبريل الماضي بسبب التوترات في البحر الأحمر.',
      published: '2024-06-20',
      expected: { text: 'في إبريل الماضي', ...month('2024-04') },
    },
    {
      input: 'ويعيش القطاع حربا مدمرة منذ السابع من تشرين الأول/أكتوبر 2023.',
      published: '2024-06-20',
      expected: { text: 'منذ السابع من تشرين الأول/أكتوبر 2023', ...day('2023-10-07', 'absolute') },
      note: 'ordinal day word and a two-word Levantine month glossed by the Egyptian one',
    },
    {
      input: 'وقتل أكثر من 37 ألف فلسطيني منذ 7 أكتوبر الماضي بحسب وزارة الصحة.',
      published: '2024-06-20',
      expected: { text: 'منذ 7 أكتوبر الماضي', ...day('2023-10-07') },
    },
    {
      input: 'وأطاحت الاحتجاجات بالرئيس في 30 يونيه 2013 بعد عام واحد من حكمه.',
      published: '2024-06-30',
      expected: { text: 'في 30 يونيه 2013', ...day('2013-06-30', 'absolute') },
      note: 'Egyptian spelling يونيه',
    },
    {
      input: 'وغادر الرئيس زين العابدين بن علي البلاد في 14 جانفي 2011 إلى السعودية.',
      published: '2024-01-14',
      expected: { text: 'في 14 جانفي 2011', ...day('2011-01-14', 'absolute') },
    },
    {
      input: 'وارتفعت نسبة التضخم في شهر ماي الماضي إلى 4.9 في المئة.',
      published: '2024-10-15',
      expected: { text: 'في شهر ماي الماضي', ...month('2024-05') },
      note: 'Maghrebi ماي',
    },
    {
      input: 'وأدى انفجار مرفأ بيروت في 4 آب 2020 إلى مقتل أكثر من مئتي شخص.',
      published: '2024-08-04',
      expected: { text: 'في 4 آب 2020', ...day('2020-08-04', 'absolute') },
      note: 'آب with a day number and a year is August',
    },
    {
      input: 'وتراجعت أسعار العقارات في بغداد خلال شهر تموز الماضي بنسبة طفيفة.',
      published: '2024-10-15',
      expected: { text: 'شهر تموز الماضي', ...month('2024-07') },
    },
    {
      input: 'وأعلنت وزارة السياحة التونسية أن عدد الوافدين بلغ مليون سائح حتى 9 أفريل 2025.',
      published: '2025-04-10',
      expected: { text: '9 أفريل 2025', ...day('2025-04-09', 'absolute') },
    },
    {
      input: 'ووصل الرئيس إلى موسكو يوم الجمعة 21 يونيو/حزيران الجاري في زيارة رسمية.',
      published: '2024-06-22',
      expected: { text: 'يوم الجمعة 21 يونيو/حزيران الجاري', ...day('2024-06-21') },
      note: 'a weekday glossed by the date: one expression',
    },
    {
      input: 'وكانت الوزارة قد أعلنت في 20 أيلول (سبتمبر) الماضي عن خطة لدعم المزارعين.',
      published: '2024-10-15',
      expected: { text: 'في 20 أيلول (سبتمبر) الماضي', ...day('2024-09-20') },
    },
    {
      input: 'وتعرض الموقع لهجوم صاروخي الثلاثاء 20 آب/أغسطس، وفق بيان للجيش.',
      published: '2024-08-22',
      expected: { text: 'الثلاثاء 20 آب/أغسطس', ...day('2024-08-20') },
      note: 'weekday + day + month without a year: the year comes from publication',
    },
    {
      input: 'ويدخل القانون الجديد حيز التنفيذ في 1 كانون الثاني/يناير 2025.',
      published: '2024-10-15',
      expected: { text: 'في 1 كانون الثاني/يناير 2025', ...day('2025-01-01', 'absolute') },
    },
    {
      input: 'وأصدرت الهيئة تعميمها بتاريخ 2024/06/20 إلى جميع الجهات الحكومية.',
      published: '2024-06-25',
      expected: { text: '2024/06/20', ...day('2024-06-20', 'absolute') },
      note: 'year/month/day as Gulf official texts write it',
    },
    {
      input: 'ويتوقع أن تبدأ أعمال الصيانة أوائل الشهر المقبل.',
      published: '2024-06-20',
      expected: { text: 'أوائل الشهر المقبل', ...span('2024-07', '2024-07-01', '2024-07-11', 'month', 'publication', true) },
    },
    {
      input: 'وتسلمت البلدية الدفعة الأولى من المعدات منتصف يونيو.',
      published: '2024-06-25',
      expected: { text: 'منتصف يونيو', ...span('2024-06', '2024-06-11', '2024-06-21', 'month', 'publication', true) },
    },
    {
      input: 'ووصلت الشحنة الأولى من القمح إلى ميناء طرطوس في 20 حزيران.',
      published: '2024-07-01',
      expected: { text: 'في 20 حزيران', ...day('2024-06-20') },
      note: 'day and month without a year in a past report: the latest such day before publication',
    },
    {
      input: 'وتراجعت نسبة البطالة خلال شهر فيفري 2025 إلى 15.7 بالمئة.',
      published: '2025-05-10',
      expected: { text: 'شهر فيفري 2025', ...month('2025-02', 'absolute') },
    },
    {
      input: 'ونظمت الجزائر الانتخابات الرئاسية المسبقة يوم 12 جوان 2024 وسط إقبال ضعيف.',
      published: '2024-06-15',
      expected: { text: 'يوم 12 جوان 2024', ...day('2024-06-12', 'absolute') },
    },
    {
      input: 'وشهدت البلاد موجة حر قياسية في أغسطس/آب 2024.',
      published: '2024-10-15',
      expected: { text: 'في أغسطس/آب 2024', ...month('2024-08', 'absolute') },
      note: 'آب as a gloss after a slash',
    },
    {
      input: 'وفي الثامن والعشرين من سبتمبر، أعلنت الحكومة استقالتها بعد أسابيع من الاحتجاجات.',
      published: '2024-06-20',
      expected: { text: 'في الثامن والعشرين من سبتمبر', ...day('2023-09-28') },
      note: 'day + month without a year in a past-tense sentence: the latest such day before publication, not the coming one',
    },
    {
      input: 'وانطلقت الدورة الجديدة من المهرجان يوم 15 غشت 2024 بمدينة طنجة.',
      published: '2024-08-20',
      expected: { text: '15 غشت 2024', ...day('2024-08-15', 'absolute') },
      note: 'Moroccan month names: غشت = August',
    },
    {
      input: 'وسجل المغرب تساقطات مطرية مهمة خلال شهر دجنبر الماضي.',
      published: '2025-01-15',
      expected: { text: 'خلال شهر دجنبر الماضي', ...month('2024-12') },
      note: 'Moroccan دجنبر = December',
    },
    {
      input: 'وشهد يوم 7 أكتوبر هجوما غير مسبوق على البلدات الحدودية.',
      published: '2024-06-20',
      expected: { text: 'يوم 7 أكتوبر', ...day('2023-10-07') },
      note: 'past tense (شهد): last October, not the coming one',
    },
    {
      input: 'واندلعت ثورة 25 يناير 2011 في القاهرة قبل أن تمتد إلى المحافظات.',
      published: '2024-06-20',
      expected: { text: '25 يناير 2011', ...day('2011-01-25', 'absolute') },
      note: 'a happening named by its date, with the year: a real date',
    },
    {
      input: 'وقامت ثورة 23 يوليو 1952 بإلغاء الملكية في مصر.',
      published: '2024-06-20',
      expected: { text: '23 يوليو 1952', ...day('1952-07-23', 'absolute') },
    },
    {
      input: 'وشهدت العاصمة احتجاجات يونيو الماضي التي أطاحت بالحكومة.',
      published: '2024-10-20',
      expected: { text: 'يونيو الماضي', ...month('2024-06') },
      note: 'الماضي after the month makes it a date even after a noun that names happenings',
    },
    {
      input: 'وتعقد الدورة الجديدة للمعرض في الفترة من 10 إلى 12 مايو 2025 في الرياض.',
      published: '2025-03-03',
      expected: { text: 'في الفترة من 10 إلى 12 مايو 2025', value: '2025-05-10/2025-05-12', interval: { start: '2025-05-10', end: '2025-05-13' }, precision: 'day', approximate: false, anchor: 'absolute' },
      note: 'a range of days in one month: an ISO interval value, the half-open interval covers the last day',
    },
    {
      input: 'ومن المقرر أن تعقد القمة بين 3 و5 يونيو المقبل في الجزائر.',
      published: '2025-03-03',
      expected: { text: 'بين 3 و5 يونيو المقبل', value: '2025-06-03/2025-06-05', interval: { start: '2025-06-03', end: '2025-06-06' }, precision: 'day', approximate: false, anchor: 'publication' },
    },
    {
      input: 'وشهدت المدينة بين 14-16 أكتوبر الماضي احتجاجات واسعة.',
      published: '2025-03-03',
      expected: { text: 'بين 14-16 أكتوبر الماضي', value: '2024-10-14/2024-10-16', interval: { start: '2024-10-14', end: '2024-10-17' }, precision: 'day', approximate: false, anchor: 'publication' },
    },
    {
      input: 'وكانت الجزائر قد احتضنت القمة العربية يومي 1 و2 نوفمبر 2022.',
      published: '2024-03-01',
      expected: { text: 'يومي 1 و2 نوفمبر 2022', value: '2022-11-01/2022-11-02', interval: { start: '2022-11-01', end: '2022-11-03' }, precision: 'day', approximate: false, anchor: 'absolute' },
      note: 'يومي ("the two days") joins its two days into one range',
    },
    {
      input: 'واحتفل المسيحيون في بيت لحم بعيد الميلاد المجيد وسط إجراءات أمنية مشددة.',
      published: '2024-12-26',
      expected: { text: 'بعيد الميلاد المجيد', ...day('2024-12-25') },
      note: 'Christmas is 25 December; "عيد ميلاده" (his birthday) is not in the lexicon',
    },
  ],
};
