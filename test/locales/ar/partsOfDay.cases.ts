// Parts of day, clock times, zones glossed in the text and nights that cross midnight.
// Conventions: morning [00:00,12:00) (early morning [00:00,09:00)), afternoon [12:00,18:00),
// evening [18:00,24:00), night [18:00, 06:00 next day); a clock time is a one-minute interval in
// the local time of the text; a zone gloss ("العاشرة بتوقيت غرينتش") does not move the local value.
import type { Family } from './caseTypes.js';
import { minute, part, span } from './build.js';

export const partsOfDay: Family = {
  name: 'partsOfDay',
  cases: [
    {
      input: 'استهدفت غارة إسرائيلية صباح اليوم منزلا في حي الشابورة برفح.',
      published: '2024-06-20',
      expected: { text: 'صباح اليوم', ...part('2024-06-20', 'MO') },
    },
    {
      input: 'وسقطت صواريخ عدة مساء أمس على مواقع في الجليل الأعلى.',
      published: '2024-10-15',
      expected: { text: 'مساء أمس', ...part('2024-10-14', 'EV') },
    },
    {
      input: 'وشهدت مدن فرنسية عدة احتجاجات ليل الجمعة - السبت على نتائج الانتخابات.',
      published: '2024-06-22',
      expected: { text: 'ليل الجمعة - السبت', ...part('2024-06-21', 'NI') },
      note: 'cross-midnight night named by both days, with a dash',
    },
    {
      input: 'وضرب زلزال بقوة 5 درجات جنوب غربي تركيا ليل الأحد الاثنين دون أن يسفر عن إصابات.',
      published: '2024-06-20',
      expected: { text: 'ليل الأحد الاثنين', ...part('2024-06-16', 'NI') },
    },
    {
      input: 'وكان الرئيس قد وصل إلى المطار مساء الثلاثاء في زيارة لم يعلن عنها مسبقا.',
      published: '2024-10-15',
      expected: { text: 'مساء الثلاثاء', ...part('2024-10-15', 'EV') },
    },
    {
      input: 'وعقد الطرفان جولة ثانية من المحادثات بعد ظهر الأربعاء في مقر الخارجية.',
      published: '2024-06-20',
      expected: { text: 'بعد ظهر الأربعاء', ...part('2024-06-19', 'AF') },
    },
    {
      input: 'واندلع الحريق في وقت مبكر من صباح السبت في سوق شعبي وسط المدينة.',
      published: '2025-03-03',
      expected: { text: 'في وقت مبكر من صباح السبت', ...span('2025-03-01TMO', '2025-03-01T00:00', '2025-03-01T09:00', 'part-of-day', 'publication') },
    },
    {
      input: 'وقع الانفجار عند الساعة 8:15 صباح الأحد قرب مبنى البلدية.',
      published: '2024-06-20',
      expected: { text: 'الساعة 8:15 صباح الأحد', ...minute('2024-06-16T08:15') },
    },
    {
      input: 'وتعقد اللجنة اجتماعها عند الساعة الثالثة من بعد ظهر اليوم في مبنى البرلمان.',
      published: '2024-06-20',
      expected: { text: 'الساعة الثالثة من بعد ظهر اليوم', ...minute('2024-06-20T15:00') },
    },
    {
      input: 'وأُغلقت صناديق الاقتراع في الساعة ٧:٠٠ مساء الأحد وبدأ فرز الأصوات.',
      published: '2023-11-06',
      expected: { text: 'الساعة ٧:٠٠ مساء الأحد', ...minute('2023-11-05T19:00') },
      note: 'Eastern-Arabic digits; 7 in the evening is 19:00',
    },
    {
      input: 'وتنتهي المهلة الممنوحة للمحتجين عند الساعة الخامسة مساء اليوم.',
      published: '2024-06-20',
      expected: { text: 'الساعة الخامسة مساء اليوم', ...minute('2024-06-20T17:00') },
      note: 'ordinal hour word',
    },
    {
      input: 'والتقى الرئيسان عند الظهر (العاشرة بتوقيت غرينتش) في قصر الإليزيه.',
      published: '2024-06-20',
      expected: { text: 'عند الظهر (العاشرة بتوقيت غرينتش)', ...minute('2024-06-20T12:00') },
      note: 'local noon in Paris (UTC+2 in June) glossed as 10:00 GMT',
    },
    {
      input: 'ويبدأ بث الحلقة الساعة التاسعة مساء اليوم بتوقيت مكة، على أن تعاد صباح الغد.',
      published: '2024-06-20',
      expected: { text: 'الساعة التاسعة مساء اليوم بتوقيت مكة', ...minute('2024-06-20T21:00') },
    },
    {
      input: 'ونفذت القوات الخاصة عملية دهم صباح الأحد في حي المنصور.',
      published: '2024-10-15',
      expected: { text: 'صباح الأحد', ...part('2024-10-13', 'MO') },
    },
    {
      input: 'وكان الوزير قد أدلى بتصريحاته مساء السبت الماضي خلال مقابلة تلفزيونية.',
      published: '2024-06-20',
      expected: { text: 'مساء السبت الماضي', ...part('2024-06-15', 'EV') },
    },
    {
      input: 'وأعلنت وزارة التربية أن الدراسة تستأنف صباح الغد في جميع المدارس.',
      published: '2024-06-20',
      expected: { text: 'صباح الغد', ...part('2024-06-21', 'MO') },
    },
    {
      input: 'واعتقلت الشرطة المغربية المشتبه فيه ليلة السبت إلى الأحد بمدينة طنجة.',
      published: '2024-06-20',
      expected: { text: 'ليلة السبت إلى الأحد', ...part('2024-06-15', 'NI') },
      note: 'Maghrebi "night from Saturday to Sunday"',
    },
    {
      input: 'وتجددت الاشتباكات ليل الجمعة/السبت في محيط مطار الخرطوم.',
      published: '2024-10-15',
      expected: { text: 'ليل الجمعة/السبت', ...part('2024-10-11', 'NI') },
    },
    {
      input: 'وشنت المقاتلات غارات عنيفة على الضاحية الجنوبية ليلة أمس.',
      published: '2024-10-15',
      expected: { text: 'ليلة أمس', ...part('2024-10-14', 'NI') },
    },
    {
      input: 'وتوجه الوفد إلى القصر الرئاسي بعد ظهر الخميس حيث جرت مراسم الاستقبال.',
      published: '2024-06-21',
      expected: { text: 'بعد ظهر الخميس', ...part('2024-06-20', 'AF') },
    },
    {
      input: 'ويلتقي وزير الخارجية نظيره الروسي صباح غد الجمعة في موسكو.',
      published: '2024-06-20',
      expected: { text: 'صباح غد الجمعة', ...part('2024-06-21', 'MO') },
    },
    {
      input: 'واستؤنفت الرحلات الجوية عند الساعة السادسة صباحا بعد توقف دام ساعات.',
      published: '2024-06-20',
      expected: { text: 'الساعة السادسة صباحا', ...minute('2024-06-20T06:00') },
      note: 'a clock time with no day word takes the day being told (publication)',
    },
    {
      input: 'وتبدأ جلسة الاستماع في العاشرة والنصف صباح غد في قاعة المحكمة.',
      published: '2024-06-20',
      expected: { text: 'في العاشرة والنصف صباح غد', ...minute('2024-06-21T10:30') },
    },
    {
      input: 'وانطلقت المسيرة الساعة 10:30 صباحا من أمام مقر النقابة.',
      published: '2024-06-20',
      expected: { text: 'الساعة 10:30 صباحا', ...minute('2024-06-20T10:30') },
    },
    {
      input: 'ويبدأ حظر التجول الساعة 9 مساء حتى إشعار آخر.',
      published: '2024-06-20',
      expected: { text: 'الساعة 9 مساء', ...minute('2024-06-20T21:00') },
    },
    {
      input: 'وضرب الزلزال المنطقة في الثالثة فجرا بالتوقيت المحلي.',
      published: '2024-06-20',
      expected: { text: 'في الثالثة فجرا', ...minute('2024-06-20T03:00') },
    },
    {
      input: 'وشنّت الطائرات سلسلة غارات على المدينة مساء الخميس 12 أكتوبر 2023 استهدفت أحياء سكنية.',
      published: '2023-10-20',
      expected: { text: 'مساء الخميس 12 أكتوبر 2023', ...part('2023-10-12', 'EV', 'absolute') },
      note: 'a part of day before a full date belongs to that date, not to the publication day',
    },
  ],
};
