import type { EventType, Precision, Timeline, TimelineEvent } from '../../src/model/types.js';

// Deterministic synthetic timelines for benchmarks and layout-scale tests: the same `count` and
// `seed` always give the same events, so benchmark runs compare like with like.

/** Mulberry32: a tiny seeded PRNG; Math.random would make runs incomparable. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const types: EventType[] = ['visit', 'meeting', 'talks', 'signing', 'call', 'statement', 'ceremony', 'arrival', 'attack', 'announcement'];
const verbs = ['زيارة', 'لقاء', 'محادثات', 'توقيع اتفاقية', 'اتصال هاتفي', 'بيان', 'مراسم', 'وصول', 'هجوم', 'إعلان'];
const places = ['هانوي', 'موسكو', 'بيونغ يانغ', 'القاهرة', 'بيروت', 'دمشق', 'الرياض', 'الرباط', 'تونس', 'عمّان'];
const outlets = ['الشرق الأوسط', 'الحرة', 'الأمة', 'الجزيرة', 'العربية'];

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * `count` events spread over `years` years from 2000, mostly day precision with some month and
 * year precision, a few scheduled and disputed ones, 1-3 sources each.
 */
export function syntheticTimeline(count: number, options: { seed?: number; years?: number } = {}): Timeline {
  const rand = prng(options.seed ?? 1);
  const years = options.years ?? 25;
  const t0 = Date.UTC(2000, 0, 1);
  const span = years * 365.25 * 86_400_000;
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const k = Math.floor(rand() * types.length);
    const day = t0 + Math.floor((rand() * span) / 86_400_000) * 86_400_000;
    const r = rand();
    const precision: Precision = r < 0.8 ? 'day' : r < 0.95 ? 'month' : 'year';
    const d = new Date(day);
    let start = iso(day);
    let end = iso(day + 86_400_000);
    let value = start;
    if (precision === 'month') {
      start = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      end = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      value = start.slice(0, 7);
    } else if (precision === 'year') {
      start = `${d.getUTCFullYear()}-01-01`;
      end = `${d.getUTCFullYear() + 1}-01-01`;
      value = String(d.getUTCFullYear());
    }
    const place = places[Math.floor(rand() * places.length)] ?? 'هانوي';
    const nSources = 1 + Math.floor(rand() * 3);
    const title = `${verbs[k] ?? 'حدث'} في ${place} رقم ${i + 1}`;
    events.push({
      id: `e${i + 1}`,
      type: types[k] ?? 'statement',
      title,
      when: { value, start, end, precision, approximate: rand() < 0.1 },
      status: rand() < 0.1 ? 'scheduled' : 'happened',
      place: { id: `p${place.length}`, name: { ar: place } },
      actors: [],
      sources: Array.from({ length: nSources }, (_, s) => ({
        articleId: `a${(i + s) % 50}`,
        outlet: outlets[(i + s) % outlets.length] ?? 'الحرة',
        quote: title,
        start: 0,
        end: title.length,
        claim: null,
      })),
      disputed: rand() < 0.05,
      confidence: 0.5 + rand() / 2,
    });
  }
  return {
    version: 1,
    title: `خط زمني تجريبي (${count} حدث)`,
    language: 'ar',
    articles: Array.from({ length: 50 }, (_, a) => ({ id: `a${a}`, outlet: outlets[a % outlets.length] ?? 'الحرة', published: '2025-01-01' })),
    events,
  };
}
