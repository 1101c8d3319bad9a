// Years (عام/العام/سنة, م/ميلادي, bare years in brackets), seasons of a year (meteorological:
// spring = March–May, summer = June–August, autumn = September–November), decades (TIMEX value
// '195' for the 1950s) and centuries (TIMEX '18' for the nineteenth century, [1800, 1900)).
import type { Family } from './caseTypes.js';
import { span, year } from './build.js';

const abs = 'absolute' as const;

export const years: Family = {
  name: 'years',
  cases: [
    {
      input: 'ووقّعت إيران والقوى الكبرى الاتفاق النووي في العام 2015 في فيينا.',
      published: '2024-06-20',
      expected: { text: 'في العام 2015', ...year(2015) },
    },
    {
      input: 'وهُجّر مئات الآلاف من الفلسطينيين من قراهم سنة 1948.',
      published: '2024-05-15',
      expected: { text: 'سنة 1948', ...year(1948) },
    },
    {
      input: 'وتحققت الوحدة اليمنية عام 1990م بعد مفاوضات طويلة بين الشطرين.',
      published: '2024-05-22',
      expected: { text: 'عام 1990م', ...year(1990) },
    },
    {
      input: 'واحتلت إسرائيل الضفة الغربية وقطاع غزة سنة 1967 ميلادية.',
      published: '2024-06-05',
      expected: { text: 'سنة 1967 ميلادية', ...year(1967) },
    },
    {
      input: 'وشارك اللواء المتقاعد في حرب تحرير الكويت (1991) ضمن قوات التحالف الدولي.',
      published: '2024-02-26',
      expected: { text: '(1991)', ...year(1991) },
      note: 'a bare year in brackets after an event noun',
    },
    {
      input: 'وشهدت المنطقة موجة حر غير مسبوقة صيف 2023 أدت إلى حرائق واسعة.',
      published: '2024-06-20',
      expected: { text: 'صيف 2023', ...span('2023-SU', '2023-06-01', '2023-09-01', 'season', abs) },
    },
    {
      input: 'وتوقفت المفاوضات في خريف العام 2020 بسبب جائحة كورونا.',
      published: '2024-06-20',
      expected: { text: 'في خريف العام 2020', ...span('2020-FA', '2020-09-01', '2020-12-01', 'season', abs) },
    },
    {
      input: 'وبدأ المشروع فعليا في ربيع عام 2021 بتمويل خليجي.',
      published: '2024-06-20',
      expected: { text: 'في ربيع عام 2021', ...span('2021-SP', '2021-03-01', '2021-06-01', 'season', abs) },
    },
    {
      input: 'وكانت السلطات قد شددت القيود على الهجرة الصيف الماضي.',
      published: '2024-10-15',
      expected: { text: 'الصيف الماضي', ...span('2024-SU', '2024-06-01', '2024-09-01', 'season', 'publication') },
    },
    {
      input: 'ومن المتوقع أن تكتمل أعمال الترميم الصيف المقبل.',
      published: '2024-10-15',
      expected: { text: 'الصيف المقبل', ...span('2025-SU', '2025-06-01', '2025-09-01', 'season', 'publication') },
    },
    {
      input: 'وعرفت مصر هذا النوع من المشروعات في الخمسينيات في عهد الرئيس جمال عبد الناصر.',
      published: '2024-06-20',
      expected: { text: 'في الخمسينيات', value: '195', interval: { start: '1950-01-01', end: '1960-01-01' }, precision: 'decade' },
    },
    {
      input: 'وعاشت الجزائر حربا أهلية دامية في التسعينيات راح ضحيتها عشرات الآلاف.',
      published: '2024-06-20',
      expected: { text: 'في التسعينيات', value: '199', interval: { start: '1990-01-01', end: '2000-01-01' }, precision: 'decade' },
    },
    {
      input: 'وانتشرت هذه الأغنية في ثمانينيات القرن الماضي في أرجاء الوطن العربي.',
      published: '2024-06-20',
      expected: { text: 'في ثمانينيات القرن الماضي', value: '198', interval: { start: '1980-01-01', end: '1990-01-01' }, precision: 'decade' },
    },
    {
      input: 'وتأسست الحركة في سبعينيات القرن العشرين على يد مجموعة من الطلاب.',
      published: '2024-06-20',
      expected: { text: 'في سبعينيات القرن العشرين', ...span('197', '1970-01-01', '1980-01-01', 'decade', abs) },
    },
    {
      input: 'وتضاعف حجم التبادل التجاري خلال العقد الأول من القرن الحادي والعشرين.',
      published: '2024-06-20',
      expected: { text: 'خلال العقد الأول من القرن الحادي والعشرين', ...span('200', '2000-01-01', '2010-01-01', 'decade', abs) },
    },
    {
      input: 'وهاجر آلاف الشباب إلى أوروبا في أوائل التسعينيات هربا من البطالة.',
      published: '2024-06-20',
      expected: { text: 'في أوائل التسعينيات', value: '199', interval: { start: '1990-01-01', end: '1994-01-01' }, precision: 'decade', approximate: true },
      note: 'early part of a decade, as the seed gold fixes it for أوائل العقد الأول',
    },
    {
      input: 'وبُني القصر في القرن التاسع عشر على الطراز العثماني.',
      published: '2024-06-20',
      expected: { text: 'في القرن التاسع عشر', ...span('18', '1800-01-01', '1900-01-01', 'century', abs) },
    },
    {
      input: 'وشهد القرن العشرون حربين عالميتين غيرتا خريطة المنطقة.',
      published: '2024-06-20',
      expected: { text: 'القرن العشرون', ...span('19', '1900-01-01', '2000-01-01', 'century', abs) },
    },
    {
      input: 'ويعد التغير المناخي أكبر تحديات القرن الحادي والعشرين بحسب التقرير.',
      published: '2024-06-20',
      expected: { text: 'القرن الحادي والعشرين', ...span('20', '2000-01-01', '2100-01-01', 'century', abs) },
    },
    {
      input: 'وارتفعت صادرات الغاز المسال عام ٢٠٢٣ إلى مستوى قياسي.',
      published: '2024-06-20',
      expected: { text: 'عام ٢٠٢٣', ...year(2023) },
    },
    {
      input: 'وتراجعت قيمة العملة المحلية في عام ۲۰۲۱ بنسبة كبيرة.',
      published: '2024-06-20',
      expected: { text: 'في عام ۲۰۲۱', ...year(2021) },
      note: 'Persian digits',
    },
    {
      input: 'وفي عام 2020 أغلقت الحكومة الحدود البرية لأشهر طويلة.',
      published: undefined,
      expected: { text: 'في عام 2020', ...year(2020) },
      note: 'an absolute year resolves without a publication date',
    },
    {
      input: 'وأقر البرلمان موازنة الدولة لعام 2025 بعد نقاشات مطولة.',
      published: '2024-12-20',
      expected: { text: 'لعام 2025', ...year(2025) },
    },
    {
      input: 'ولم تشهد البلاد انتخابات تشريعية منذ العام 2014.',
      published: '2024-06-20',
      expected: { text: 'منذ العام 2014', ...year(2014) },
    },
    {
      input: 'وفي 2015 أطلقت الحكومة برنامجا واسعا للإصلاح الاقتصادي.',
      published: '2024-06-20',
      expected: { text: 'في 2015', ...year(2015) },
      note: 'a bare four-digit year after في',
    },
    {
      input: 'وانتشرت هذه الموضة في ستينيات القرن الماضي في القاهرة وبيروت.',
      published: '2024-06-20',
      expected: { text: 'في ستينيات القرن الماضي', value: '196', interval: { start: '1960-01-01', end: '1970-01-01' }, precision: 'decade' },
    },
    {
      input: 'وانخفضت الصادرات النفطية في الربع الأول من العام الجاري بنسبة 8 في المئة.',
      published: '2024-06-20',
      expected: { text: 'في الربع الأول من العام الجاري', value: '2024-Q1', interval: { start: '2024-01-01', end: '2024-04-01' }, anchor: 'publication' },
      note: 'TIMEX3 quarter',
    },
    {
      input: 'وحقق الاقتصاد المصري نموا بنسبة 2.7 في المئة في النصف الثاني من عام 2023.',
      published: '2024-06-20',
      expected: { text: 'في النصف الثاني من عام 2023', value: '2023-H2', interval: { start: '2023-07-01', end: '2024-01-01' }, anchor: 'absolute' },
      note: 'TIMEX3 half year',
    },
    {
      input: 'وكان الرئيس قد زار المنطقة في صيف العام الماضي والتقى قادتها.',
      published: '2025-03-03',
      expected: { text: 'صيف العام الماضي', ...span('2024-SU', '2024-06-01', '2024-09-01', 'season', 'publication') },
      note: 'the season of a year counted from publication',
    },
    {
      input: 'ويتوقع البنك المركزي أن يتعافى الاقتصاد خلال ربيع هذا العام.',
      published: '2025-01-10',
      expected: { text: 'ربيع هذا العام', ...span('2025-SP', '2025-03-01', '2025-06-01', 'season', 'publication') },
    },
    {
      input: 'ومن المقرر أن تجرى الانتخابات في خريف العام المقبل.',
      published: '2025-03-03',
      expected: { text: 'خريف العام المقبل', ...span('2026-FA', '2026-09-01', '2026-12-01', 'season', 'publication') },
    },
    {
      input: 'وفي أواخر عام 2019 ظهر فيروس كورونا في مدينة ووهان الصينية.',
      published: '2024-03-01',
      expected: { text: 'في أواخر عام 2019', value: '2019', interval: { start: '2019-09-01', end: '2020-01-01' }, precision: 'year', approximate: true, anchor: 'absolute' },
      note: 'a part of a stated year: its last third, approximate',
    },
    {
      input: 'وتراجع معدل التضخم في منتصف 2021 قبل أن يعاود الارتفاع.',
      published: '2024-03-01',
      expected: { text: 'في منتصف 2021', value: '2021', interval: { start: '2021-05-01', end: '2021-09-01' }, precision: 'year', approximate: true, anchor: 'absolute' },
    },
    {
      input: 'ويدخل القانون حيز التنفيذ مطلع العام 2026.',
      published: '2025-11-01',
      expected: { text: 'مطلع العام 2026', value: '2026', interval: { start: '2026-01-01', end: '2026-05-01' }, precision: 'year', approximate: true, anchor: 'absolute' },
    },
  ],
};
