// Hijri dates and years, converted with the Umm al-Qura calendar. Every expectation below was
// checked against Node's Intl 'islamic-umalqura' calendar (1 Muharram 1446 = 2024-07-07,
// 1 Muharram 1447 = 2025-06-26). A Hijri day is reported as its Gregorian day; a Hijri year as
// 'NNNNAH' and a Hijri month as 'NNNN-MMAH', each with its Gregorian interval.
import type { Family } from './caseTypes.js';
import { day, span } from './build.js';

const abs = 'absolute' as const;

export const hijri: Family = {
  name: 'hijri',
  cases: [
    {
      input: 'وأعلنت وزارة الحج والعمرة نجاح خطتها لموسم حج 1445 هـ رغم ارتفاع درجات الحرارة.',
      published: '2024-06-20',
      expected: { text: '1445 هـ', ...span('1445AH', '2023-07-19', '2024-07-07', 'year', abs) },
    },
    {
      input: 'وتقام صلاة التراويح في الحرمين في 15 رمضان 1445 هـ بمشاركة آلاف المعتمرين.',
      published: '2024-03-20',
      expected: { text: '15 رمضان 1445 هـ', ...day('2024-03-25', abs) },
    },
    {
      input: 'وأعلنت المحكمة العليا أن 1 شوال 1445هـ هو أول أيام عيد الفطر المبارك.',
      published: '2024-04-08',
      expected: { text: '1 شوال 1445هـ', ...day('2024-04-10', abs) },
    },
    {
      input: 'ويبدأ الصيام غرة رمضان 1446 هـ وفق تقويم أم القرى.',
      published: '2025-02-20',
      expected: { text: 'غرة رمضان 1446 هـ', ...day('2025-03-01', abs) },
    },
    {
      input: 'ويؤدي الحجاج رمي جمرة العقبة في العاشر من ذي الحجة 1445هـ.',
      published: '2024-06-10',
      expected: { text: 'العاشر من ذي الحجة 1445هـ', ...day('2024-06-16', abs) },
      note: 'ordinal day word, genitive ذي',
    },
    {
      input: 'ووقف الحجاج على صعيد عرفات يوم 9 ذو الحجة 1445 هـ الموافق 15 يونيو 2024.',
      published: '2024-06-15',
      expected: { text: '9 ذو الحجة 1445 هـ', ...day('2024-06-15', abs) },
    },
    {
      input: 'وتتوقع الهيئة استقبال أكثر من مليوني معتمر خلال شهر رمضان 1446 هـ.',
      published: '2025-01-10',
      expected: { text: 'خلال شهر رمضان 1446 هـ', ...span('1446-09AH', '2025-03-01', '2025-03-30', 'month', abs) },
      note: 'Ramadan 1446 has 29 days in Umm al-Qura',
    },
    {
      input: 'وصدر القرار الوزاري بتاريخ ١٤٤٥/٩/١٥هـ ويعمل به من تاريخ صدوره.',
      published: '2024-04-01',
      expected: { text: '١٤٤٥/٩/١٥هـ', ...day('2024-03-25', abs) },
      note: 'numeric Hijri year/month/day as Saudi official texts write it',
    },
    {
      input: 'وشهد الحرم المكي حادثة اقتحام شهيرة في سنة 1400 للهجرة.',
      published: '2024-06-20',
      expected: { text: 'سنة 1400 للهجرة', ...span('1400AH', '1979-11-21', '1980-11-09', 'year', abs) },
    },
    {
      input: 'وتستعد الوزارة لموسم حج 1447ه بخطة تشغيلية جديدة.',
      published: '2025-07-01',
      expected: { text: '1447ه', ...span('1447AH', '2025-06-26', '2026-06-16', 'year', abs) },
      note: 'ه without tatweel',
    },
    {
      input: 'ويحتفل المسلمون بالمولد النبوي في 12 ربيع الأول 1446 هـ.',
      published: '2024-09-10',
      expected: { text: '12 ربيع الأول 1446 هـ', ...day('2024-09-15', abs) },
      note: 'ربيع here is a month, not spring',
    },
    {
      input: 'وتبدأ إجازة منتصف العام الدراسي في 1 جمادى الأولى 1446 هـ.',
      published: '2024-10-20',
      expected: { text: '1 جمادى الأولى 1446 هـ', ...day('2024-11-03', abs) },
    },
    {
      input: 'وتتوقف تصاريح العمرة اعتبارا من 25 ذي القعدة 1445هـ حتى انتهاء موسم الحج.',
      published: '2024-05-20',
      expected: { text: '25 ذي القعدة 1445هـ', ...day('2024-06-02', abs) },
    },
    {
      input: 'وتبدأ السنة الهجرية الجديدة غرة محرم 1446 هـ.',
      published: '2024-07-01',
      expected: { text: 'غرة محرم 1446 هـ', ...day('2024-07-07', abs) },
    },
    {
      input: 'وصدر الأمر الملكي في 20 صفر 1446 هـ بتعيين أمير جديد للمنطقة.',
      published: '2024-08-25',
      expected: { text: '20 صفر 1446 هـ', ...day('2024-08-24', abs) },
    },
    {
      input: 'وأحيا المصلون ليلة النصف من شعبان الموافقة 15 شعبان 1445 هـ.',
      published: '2024-02-26',
      expected: { text: '15 شعبان 1445 هـ', ...day('2024-02-25', abs) },
    },
    {
      input: 'وتعطل الدوائر الرسمية في 27 رجب 1446 هـ بمناسبة ذكرى الإسراء والمعراج.',
      published: '2025-01-20',
      expected: { text: '27 رجب 1446 هـ', ...day('2025-01-27', abs) },
    },
    {
      input: 'وأُطلقت المبادرة في 10 ربيع الآخر 1446هـ برعاية أمير المنطقة.',
      published: '2024-10-20',
      expected: { text: '10 ربيع الآخر 1446هـ', ...day('2024-10-13', abs) },
    },
    {
      input: 'وانطلقت فعاليات المهرجان في 5 جمادى الآخرة 1446 هـ في الرياض.',
      published: '2024-12-10',
      expected: { text: '5 جمادى الآخرة 1446 هـ', ...day('2024-12-06', abs) },
    },
    {
      input: 'وكان التعميم قد صدر في 15 جمادى الثانية 1445هـ.',
      published: '2024-01-10',
      expected: { text: '15 جمادى الثانية 1445هـ', ...day('2023-12-28', abs) },
    },
    {
      input: 'وتبدأ المرحلة الثانية من المشروع في 1 ربيع الثاني 1446 للهجرة.',
      published: '2024-09-01',
      expected: { text: '1 ربيع الثاني 1446 للهجرة', ...day('2024-10-04', abs) },
    },
    {
      input: 'وبلغ عدد الحجاج في عام 1444 هـ أكثر من 1.8 مليون حاج.',
      published: '2024-06-20',
      expected: { text: 'في عام 1444 هـ', ...span('1444AH', '2022-07-30', '2023-07-19', 'year', abs) },
    },
    {
      input: 'وتستعد الوزارة لاستقبال المعتمرين خلال شهر رمضان المقبل.',
      published: '2024-06-20',
      expected: { text: 'شهر رمضان المقبل', ...span('1446-09AH', '2025-03-01', '2025-03-30', 'month', 'publication') },
      note: 'next Ramadan from June 2024 is Ramadan 1446',
    },
    {
      input: 'وأعلنت الرئاسة العامة خطتها التشغيلية لموسم ١٤٤٦هـ.',
      published: '2024-06-20',
      expected: { text: '١٤٤٦هـ', ...span('1446AH', '2024-07-07', '2025-06-26', 'year', 'absolute') },
    },
    {
      input: 'صدر المرسوم الملكي يوم الاثنين 15 رمضان 1445هـ.',
      published: '2024-06-20',
      expected: { text: 'يوم الاثنين 15 رمضان 1445هـ', ...day('2024-03-25', 'absolute') },
      note: 'the weekday before a Hijri date joins it',
    },
    {
      input: 'وقال المتحدث إن المحادثات ستستأنف بعد عطلة عيد الأضحى.',
      published: '2024-06-01',
      expected: { text: 'عطلة عيد الأضحى', ...day('2024-06-16') },
      note: 'a feast is a Hijri day (10 Dhu al-Hijja 1445 = 2024-06-16 Umm al-Qura); future tense → the coming one',
    },
    {
      input: 'وتوافد آلاف المصلين إلى المسجد الأقصى في ثاني أيام عيد الفطر.',
      published: '2024-04-20',
      expected: { text: 'في ثاني أيام عيد الفطر', ...day('2024-04-11') },
      note: 'the second day of the feast: 2 Shawwal 1445',
    },
    {
      input: 'وارتفعت أسعار الأضاحي قبيل عيد الأضحى 2023 بنسبة كبيرة.',
      published: '2024-01-01',
      expected: { text: 'عيد الأضحى 2023', ...day('2023-06-28', 'absolute') },
      note: 'a Hijri feast in a Gregorian year',
    },
    {
      input: 'وأعلنت الحكومة أن عطلة عيد الفطر المقبل ستمتد خمسة أيام.',
      published: '2024-03-01',
      expected: { text: 'عطلة عيد الفطر المقبل', ...day('2024-04-10') },
    },
    {
      input: 'ويقف الحجاج على صعيد عرفات في يوم عرفة 1445 هـ.',
      published: '2024-03-01',
      expected: { text: 'في يوم عرفة 1445 هـ', ...day('2024-06-15', 'absolute') },
    },
  ],
};
