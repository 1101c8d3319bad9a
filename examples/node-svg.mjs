// The smallest static use of tarikh: one Arabic article → events → a standalone SVG file.
//   npm run build && node examples/node-svg.mjs [OUT.svg]      (default: examples/out/article.svg)
// In your own project: import from 'tarikh' and 'tarikh/node' instead of ../dist/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTimeline, parseArticle } from '../dist/index.js';
import { renderSVG } from '../dist/node.js';

const article = `وصل الرئيس الروسي فلاديمير بوتين إلى هانوي فجر الخميس، آتياً من بيونغ يانغ حيث وقّع يوم الأربعاء معاهدة شراكة استراتيجية مع الزعيم الكوري الشمالي كيم جونغ أون.
وأجرى بوتين محادثات مع نظيره الفيتنامي تو لام في القصر الرئاسي، ووقّع البلدان 11 اتفاقية للتعاون.
وكان بوتين قد زار فيتنام آخر مرة عام 2017.`;

// `published` anchors the relative dates (الخميس، يوم الأربعاء) to real days.
const parsed = parseArticle(article, { published: '2024-06-20', articleId: 'hanoi', outlet: 'مثال' });
const timeline = buildTimeline([parsed], { title: 'بوتين في هانوي' });

const svg = renderSVG(timeline, { width: 720, height: 300, locale: 'ar', digits: 'arab' });
const out = resolve(process.argv[2] ?? fileURLToPath(new URL('./out/article.svg', import.meta.url)));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, svg);
console.log(`${timeline.events.length} events → ${out}`);
for (const e of timeline.events) console.log(`  ${e.when.value.padEnd(22)} ${e.type.padEnd(10)} ${e.title}`);
