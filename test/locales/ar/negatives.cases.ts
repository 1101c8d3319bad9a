// Look-alikes that must NOT be tagged: no temporal expression may overlap `notTagged`.
// Each row is a realistic sentence in which a time word, a number or a month/day name means
// something else (an age, a count, money, an ordinal, a name, a verb, a figure of speech).
import type { Family } from './caseTypes.js';

export const negatives: Family = {
  name: 'negatives',
  cases: [],
  negatives: [
    {
      input: 'وقالت المواطنة نغويين تي مينه (59 عاما) إنها تحب روسيا.',
      published: '2024-06-20',
      notTagged: '(59 عاما)',
      note: 'age in brackets',
    },
    {
      input: 'وتوفي الفنان الكبير عن عمر ناهز 87 عاما بعد صراع طويل مع المرض.',
      published: '2024-06-20',
      notTagged: '87 عاما',
      note: 'age at death',
    },
    {
      input: 'واعتقلت الشرطة شابا يبلغ من العمر 24 عاما للاشتباه في تورطه بالهجوم.',
      published: '2024-06-20',
      notTagged: '24 عاما',
      note: 'age; the same words as "منذ 24 عاما" without منذ/قبل',
    },
    {
      input: 'واستقبل الرئيس ضيفه بإطلاق 21 عيارا ناريا في ساحة القصر.',
      published: '2024-06-20',
      notTagged: '21 عيارا ناريا',
    },
    {
      input: 'وتعد فيتنام البالغ عدد سكانها 100 مليون نسمة سوقا واعدة.',
      published: '2024-06-20',
      notTagged: '100 مليون نسمة',
    },
    {
      input: 'وبلغ حجم التبادل التجاري بين البلدين 3.6 مليار دولار فقط.',
      published: '2024-06-20',
      notTagged: '3.6 مليار دولار',
    },
    {
      input: 'وارتفع سعر أونصة الذهب إلى 2024 دولارا في تعاملات الأمس.',
      published: '2024-06-20',
      notTagged: '2024 دولارا',
      note: 'a price that looks like a year',
    },
    {
      input: 'وأحيا البلدان الذكرى الـ30 لإبرام معاهدة الصداقة بينهما.',
      published: '2024-06-20',
      notTagged: 'الذكرى الـ30',
    },
    {
      input: 'وتسببت الحرب العالمية الثانية في مقتل عشرات الملايين.',
      published: '2024-06-20',
      notTagged: 'الحرب العالمية الثانية',
    },
    {
      input: 'وتعقد الدورة الـ79 للجمعية العامة للأمم المتحدة في نيويورك.',
      published: '2024-06-20',
      notTagged: 'الدورة الـ79',
    },
    {
      input: 'وجال بوتين في البلدان التي كانت تدور بالأمس في فلك الاتحاد السوفييتي.',
      published: '2024-06-21',
      notTagged: 'بالأمس',
      note: 'figurative بالأمس = formerly',
    },
    {
      input: 'وقال المحلل إن حلفاء الأمس أصبحوا خصوما في المشهد السياسي الجديد.',
      published: '2024-06-20',
      notTagged: 'الأمس',
      note: 'figurative "yesterday\'s allies"',
    },
    {
      input: 'وصدر حكم بالسجن 10 سنوات بحق المتهم الرئيسي في القضية.',
      published: '2024-06-20',
      notTagged: '10 سنوات',
      note: 'a sentence length places nothing',
    },
    {
      input: 'واستمر اللقاء الذي جمع الوفدين أقل من ساعتين.',
      published: '2024-06-20',
      notTagged: 'أقل من ساعتين',
      note: 'duration',
    },
    {
      input: 'وتمتد فترة الهدنة لمدة خمسة أيام قابلة للتجديد.',
      published: '2024-06-20',
      notTagged: 'لمدة خمسة أيام',
    },
    {
      input: 'وباسم الآب والابن والروح القدس افتتح البطريرك القداس.',
      published: '2024-06-20',
      notTagged: 'الآب',
      note: 'آب = the Father',
    },
    {
      input: 'وتروي أسطورة تموز وعشتار قصة الموت والانبعاث في بلاد الرافدين.',
      published: '2024-06-20',
      notTagged: 'تموز',
      note: 'Tammuz the god',
    },
    {
      input: 'وتقدمت الطالبة أيار محمود بطلب للحصول على المنحة الدراسية.',
      published: '2024-06-20',
      notTagged: 'أيار',
      note: 'a given name',
    },
    {
      input: 'ومارس الوزير ضغوطا كبيرة على الشركات لخفض الأسعار.',
      published: '2024-06-20',
      notTagged: 'ومارس',
      note: 'مارس = exercised (a verb)',
    },
    {
      input: 'واستقبل الرئيس التركي رجب طيب أردوغان نظيره المصري في أنقرة.',
      published: '2024-06-20',
      notTagged: 'رجب',
      note: 'a name that is a Hijri month',
    },
    {
      input: 'وقال أحد المسؤولين إن المحادثات تسير في الاتجاه الصحيح.',
      published: '2024-06-20',
      notTagged: 'أحد',
      note: 'أحد = one of, not Sunday',
    },
    {
      input: 'وأدت موجة الربيع العربي إلى سقوط أنظمة عدة في المنطقة.',
      published: '2024-06-20',
      notTagged: 'الربيع العربي',
      note: 'the Arab Spring is not a season of a year',
    },
    {
      input: 'وتتصاعد التوترات في منطقة القرن الأفريقي بسبب النزاع على المياه.',
      published: '2024-06-20',
      notTagged: 'القرن الأفريقي',
      note: 'القرن = the Horn (of Africa)',
    },
    {
      input: 'ودعا مجلس الأمن إلى تطبيق القرار 2254 الخاص بسوريا.',
      published: '2024-06-20',
      notTagged: '2254',
      note: 'a resolution number with four digits',
    },
    {
      input: 'واشترى المواطن سيارة نيسان مستعملة بمبلغ كبير.',
      published: '2024-06-20',
      notTagged: 'نيسان',
      note: 'the car brand',
    },
    {
      input: 'وتبث قناة روسيا اليوم تقريرا عن الاتفاقية.',
      published: '2024-06-20',
      notTagged: 'اليوم',
      note: 'the name of a TV channel',
    },
    {
      input: 'وقع الرئيس عقدا بقيمة 500 مليون دولار لتطوير البنية التحتية.',
      published: '2024-06-20',
      notTagged: 'عقدا',
      note: 'عقد = a contract, not a decade',
    },
    {
      input: 'ويعمل المركز على مدار الساعة لاستقبال البلاغات.',
      published: '2024-06-20',
      notTagged: 'على مدار الساعة',
      note: 'around the clock',
    },
    {
      input: 'وأعلنت الوزارة تسجيل 250 إصابة جديدة بفيروس كوفيد-19 في آخر 24 ساعة.',
      published: '2024-06-20',
      notTagged: 'كوفيد-19',
    },
    {
      input: 'وحصلت مصر على 16 طائرة من طراز إف-16 ضمن صفقة عسكرية.',
      published: '2024-06-20',
      notTagged: '16 طائرة',
    },
    {
      input: 'وتنص المادة 20 من الدستور على حرية التعبير.',
      published: '2024-06-20',
      notTagged: 'المادة 20',
    },
    {
      input: 'ونظم النادي الثقافي أمسية شعرية احتفاء بالشاعر الراحل.',
      published: '2024-06-20',
      notTagged: 'أمسية',
      note: 'أمسية (an evening event) begins with أمس',
    },
    {
      input: 'وأضف ملعقة كبيرة من المايونيز إلى الخليط.',
      published: '2024-06-20',
      notTagged: 'المايونيز',
      note: 'مايو inside a longer word',
    },
    {
      input: 'وتعمل الفرق الفنية على حفر الآبار في المناطق الريفية.',
      published: '2024-06-20',
      notTagged: 'الآبار',
      note: 'آب inside a longer word',
    },
    {
      input: 'وأعلن المرشح الرئاسي السابق حمدين صباحي دعمه للمبادرة.',
      published: '2024-06-20',
      notTagged: 'صباحي',
      note: 'a surname that begins with صباح',
    },
    {
      input: 'وقررت النيابة العامة حبس المتهم 15 يوما على ذمة التحقيقات.',
      published: '2024-06-20',
      notTagged: '15 يوما',
      note: 'length of detention places nothing',
    },
    {
      input: 'ودعا المؤتمر إلى تعزيز الحوار بين السنة والشيعة في العراق.',
      published: '2024-06-20',
      notTagged: 'السنة',
      note: 'السنة = Sunnis',
    },
    {
      input: 'وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع كارثي.',
      published: '2024-06-20',
      notTagged: 'العام',
      note: 'العام = general (secretary-general)',
    },
    {
      input: 'وأحال النائب العام المصري القضية إلى محكمة الجنايات.',
      published: '2024-06-20',
      notTagged: 'العام',
      note: 'النائب العام = the public prosecutor',
    },
    {
      input: 'وسجلت السلطات الصحية 1446 إصابة جديدة خلال الموجة الأخيرة.',
      published: '2024-06-20',
      notTagged: '1446',
      note: 'a count that could pass for a Hijri year',
    },
    {
      input: 'ويؤدي الفنان محمد رمضان دور البطولة في المسلسل الجديد.',
      published: '2024-06-20',
      notTagged: 'رمضان',
      note: 'a surname that is a Hijri month',
    },
    {
      input: 'وتبدأ إجازة منتصف العام الدراسي للطلاب الأسبوع المقبل.',
      published: '2024-01-10',
      notTagged: 'منتصف العام',
      note: 'the middle of the school year, not of the calendar year',
    },
  ],
};
