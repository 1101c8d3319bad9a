// Prints every seed article's temporal expressions and their resolved values as a table.
// Until the renderer lands this is `npm run demo`. Articles are cut from each page at the first
// words of their body (seeds/manifest.json); the real segmenter lives in src/segment/.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tagTimes } from '../dist/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}seeds/manifest.json`, 'utf8'));

const pad = (s, n) => {
  const str = String(s ?? '—');
  return str.length >= n ? str : str + ' '.repeat(n - str.length);
};

for (const doc of manifest.documents) {
  const text = readFileSync(`${root}seeds/${doc.file}`, 'utf8');
  const starts = doc.articles.map((a) => Math.max(0, text.indexOf(a.bodyStartsWith)));
  doc.articles.forEach((article, i) => {
    const from = i === 0 ? 0 : starts[i];
    const to = i + 1 < starts.length ? starts[i + 1] : text.length;
    const options = article.published ? { published: article.published } : {};
    const found = tagTimes(text.slice(from, to), options);
    console.log(`\n${doc.file} — ${article.id} (${article.outlet}), published ${article.published ?? 'unknown'}: ${found.length} expressions`);
    console.log(`  ${pad('value', 18)} ${pad('interval', 36)} ${pad('precision', 12)} ${pad('anchor', 12)} text`);
    for (const e of found) {
      const interval = e.interval ? `[${e.interval.start}, ${e.interval.end})` : '';
      const approx = e.approximate ? '~' : '';
      console.log(`  ${pad(approx + (e.value ?? 'unresolved'), 18)} ${pad(interval, 36)} ${pad(e.precision, 12)} ${pad(e.anchor, 12)} ${e.text.replace(/\s+/g, ' ')}`);
    }
  });
}
