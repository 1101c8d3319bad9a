# Builds examples/data/sample-timeline.json (a hand-made fixture until the parser lands) from the 22
# canonical events of test/eval/seeds-gold.json and the outlets of seeds/manifest.json.
# Run from the repository root: python3 examples/data/make-sample.py
import json, re

gold = json.load(open('test/eval/seeds-gold.json'))
manifest = json.load(open('seeds/manifest.json'))
arts = {a['id']: a for d in manifest['documents'] for a in d['articles']}

AR = {
 'pyongyang-arrival': 'بوتين يصل إلى بيونغ يانغ',
 'pyongyang-treaty': 'بوتين وكيم يوقعان معاهدة شراكة استراتيجية شاملة',
 'hanoi-arrival': 'بوتين يصل إلى هانوي',
 'hanoi-welcome-ceremony': 'مراسم استقبال رسمية لبوتين في القصر الرئاسي في هانوي',
 'hanoi-agreements': 'بوتين وتو لام يوقعان اتفاقيات تعاون في هانوي',
 'ambassador-statement': 'السفير الروسي بيزديتكو يتحدث عن تعاون وثيق',
 'hanoi-wreath-and-dinner': 'إكليل عند ضريح هو شي منه وعشاء رسمي ثم المغادرة',
 'trump-zelensky-call': 'اتصال هاتفي بين ترمب وزيلينسكي',
 'trump-zelensky-call-2019': 'مكالمة ترمب وزيلينسكي عام 2019 ومحاولة العزل الأولى',
 'trump-assassination-attempt': 'محاولة اغتيال ترمب',
 'zelensky-blenheim': 'زيلينسكي يصل إلى قصر بلينهايم قرب أكسفورد',
 'zelensky-statehood-day': 'زيلينسكي يحضر احتفال يوم الدولة في كييف',
 'aspen-forum': 'مسؤولون أميركيون في منتدى أسبن يطمئنون أوكرانيا',
 'vance-munich': 'فانس يشكك في إمدادات السلاح في مؤتمر ميونيخ',
 'inauguration-january': 'ترمب يعد بالتفاوض على السلام قبل توليه المنصب في يناير',
 'prisoner-exchange': 'تبادل كبير للأسرى بين روسيا وأوكرانيا',
 'buffer-zone': 'بوتين يعلن منطقة عازلة على الحدود مع أوكرانيا',
 'istanbul-talks': 'أول محادثات مباشرة بين روسيا وأوكرانيا منذ ربيع 2022',
 'putin-vietnam-2017': 'زيارة بوتين السابقة إلى فيتنام',
 'icc-warrant': 'المحكمة الجنائية الدولية تصدر مذكرة توقيف بحق بوتين',
 'putin-nk-2000': 'زيارة بوتين السابقة إلى كوريا الشمالية',
 'crimea-2014': 'روسيا تضم القرم',
}
PLACES_AR = {'Pyongyang': 'بيونغ يانغ', 'Hanoi': 'هانوي', 'Blenheim Palace': 'قصر بلينهايم', 'Kyiv': 'كييف', 'Aspen': 'أسبن', 'Munich': 'ميونيخ', 'Turkey': 'تركيا', 'Vietnam': 'فيتنام', 'The Hague': 'لاهاي', 'Crimea': 'القرم'}
ACTORS_AR = {'Vladimir Putin': 'فلاديمير بوتين', 'Kim Jong Un': 'كيم جونغ أون', 'To Lam': 'تو لام', 'Gennady Bezdetko': 'غينادي بيزديتكو', 'Donald Trump': 'دونالد ترمب', 'Volodymyr Zelensky': 'فولوديمير زيلينسكي', 'Charles Brown': 'تشارلز براون', 'Jake Sullivan': 'جيك سوليفان', 'JD Vance': 'جي دي فانس'}
TYPE = {'deadline': 'statement', 'legal': 'announcement', 'annexation': 'announcement'}
slug = lambda s: re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def nxt(date, precision):
    import datetime
    if precision == 'year':
        return f'{int(date[:4]) + 1}-01-01', f'{date[:4]}-01-01'
    if precision == 'month':
        y, m = int(date[:4]), int(date[5:7])
        y2, m2 = (y + 1, 1) if m == 12 else (y, m + 1)
        return f'{y2:04d}-{m2:02d}-01', f'{date[:7]}-01'
    d = datetime.date.fromisoformat(date[:10])
    return (d + datetime.timedelta(days=1)).isoformat(), date[:10]

events = []
for g in gold['events']:
    disputed = g['disputed']
    claims = None
    if isinstance(g['date'], dict):
        start, end, value = g['date']['from'], nxt(g['date']['to'], 'day')[0], g['date']['from']
        claims = [{'value': c['claims'], 'start': c['claims'], 'end': nxt(c['claims'], 'day')[0], 'precision': 'day', 'approximate': False} for c in g['mentions']]
    else:
        end, start = nxt(g['date'], g['precision'] if g['precision'] in ('year', 'month') else 'day')
        value = g['date']
    if g['time']:
        start = g['time']['from'][:16]
        end = g['time']['to'][:16]
        if end <= start:
            end = start[:11] + f'{int(start[11:13]) + 1:02d}' + start[13:]
    if g['id'] == 'hanoi-wreath-and-dinner':
        start, end = '2024-06-20T17:00', '2024-06-20T22:00'
    approximate = g['id'] in ('putin-nk-2000', 'vance-munich')
    sources = []
    for m in g['mentions']:
        a = arts[m['article']]
        sources.append({'articleId': m['article'], 'outlet': a.get('outletAr') or a['outlet'], 'quote': m['quote'], 'start': 0, 'end': len(m['quote']), 'claim': None, 'published': a.get('published')})
    ev = {
        'id': g['id'], 'type': TYPE.get(g['type'], g['type']), 'title': AR[g['id']], 'titleEn': g['titleEn'],
        'when': {'value': value, 'start': start, 'end': end, 'precision': g['precision'], 'approximate': approximate},
        'status': 'scheduled' if g['id'] == 'inauguration-january' else 'happened',
        'actors': [{'id': slug(n), 'name': {'ar': ACTORS_AR.get(n, n), 'en': n}} for n in g['actors']],
        'sources': sources, 'disputed': disputed, 'confidence': 0.9,
    }
    if g['place']:
        ev['place'] = {'id': slug(g['place']), 'name': {'ar': PLACES_AR.get(g['place'], g['place']), 'en': g['place']}}
    if claims:
        ev['claims'] = claims
    events.append(ev)

articles = [{'id': a['id'], 'outlet': a.get('outletAr') or a['outlet'], 'title': a.get('title'), 'published': a.get('published'), 'language': 'ar'} for a in arts.values()]
json.dump({'version': 1, 'title': 'بوتين في بيونغ يانغ وهانوي، وترمب وأوكرانيا', 'language': 'ar', 'articles': articles, 'events': events}, open('examples/data/sample-timeline.json', 'w'), ensure_ascii=False, indent=1)
print(len(events), 'events')
