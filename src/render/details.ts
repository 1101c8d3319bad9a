import type { Timeline, TimelineEvent } from '../model/types.js';
import type { DisplayLabels } from '../locales/displayLabels.js';
import { formatDate, type DateFormatSettings } from '../layout/formatDate.js';
import { formatWhen } from '../layout/formatWhen.js';
import { parseTime } from '../layout/parseTime.js';
import { safeUrl } from './safeUrl.js';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string | null, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls !== null) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function nameIn(name: { ar?: string; en?: string }, arabic: boolean): string {
  return (arabic ? (name.ar ?? name.en) : (name.en ?? name.ar)) ?? '';
}

/**
 * Fills the details panel for one event: title, the date at its precision, status, place, actors,
 * the dispute explained with each claim, and every source (outlet, publication date, quote, what it
 * claims, a link when its URL is http(s)). All article text goes in through textContent.
 *
 * @param panel - the panel element (emptied first)
 * @param event - the event; @param timeline - for article metadata (outlet, date, URL)
 * @example
 * fillDetails(panel, timeline.events[0], timeline, arSY, arLabels)
 * panel.querySelector('.tarikh-date').textContent // 'صباح الخميس ٢٠ حزيران ٢٠٢٤'
 */
export function fillDetails(panel: HTMLElement, event: TimelineEvent, timeline: Timeline, settings: DateFormatSettings, labels: DisplayLabels, headingId: string): void {
  const doc = panel.ownerDocument;
  const arabic = settings.locale.toLowerCase().startsWith('ar');
  panel.replaceChildren();
  const close = el(doc, 'button', 'tarikh-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', labels.close);
  panel.appendChild(close);
  const h = el(doc, 'h3', null, (arabic ? event.title : (event.titleEn ?? event.title)) ?? '');
  h.id = headingId;
  panel.appendChild(h);
  const status = labels.status[event.status] ?? '';
  panel.appendChild(el(doc, 'p', 'tarikh-date', formatWhen(event.when, settings, labels) + (status !== '' ? ` (${status})` : '')));
  if (event.place !== undefined) panel.appendChild(el(doc, 'p', 'tarikh-place', `${labels.place}: ${nameIn(event.place.name, arabic) || event.place.id}`));
  if (event.actors.length > 0) {
    panel.appendChild(el(doc, 'p', 'tarikh-actors', `${labels.actors}: ${event.actors.map((a) => nameIn(a.name, arabic) || a.id).join(arabic ? '، ' : ', ')}`));
  }
  if (event.disputed) {
    panel.appendChild(el(doc, 'p', 'tarikh-dispute', labels.disputed));
    const claims = event.claims ?? [];
    if (claims.length > 0) {
      const ul = el(doc, 'ul', 'tarikh-claims-list');
      ul.setAttribute('aria-label', labels.claims);
      for (const c of claims) ul.appendChild(el(doc, 'li', null, formatWhen(c, settings, labels)));
      panel.appendChild(ul);
    }
  }
  if (event.sources.length > 0) {
    panel.appendChild(el(doc, 'p', 'tarikh-meta', labels.sources));
    const ul = el(doc, 'ul', 'tarikh-sources');
    for (const s of event.sources) {
      const article = timeline.articles.find((a) => a.id === s.articleId);
      const li = el(doc, 'li', null);
      const head = el(doc, 'p', 'tarikh-meta');
      const outlet = s.outlet ?? article?.outlet ?? s.articleId;
      const href = safeUrl(s.url ?? article?.url);
      if (href !== null) {
        const a = el(doc, 'a', null, outlet);
        a.href = href;
        a.rel = 'noopener noreferrer nofollow';
        a.target = '_blank';
        head.appendChild(a);
      } else head.appendChild(doc.createTextNode(outlet));
      const published = s.published ?? article?.published ?? null;
      if (typeof published === 'string') {
        try {
          head.appendChild(doc.createTextNode(` · ${labels.published} ${formatDate(parseTime(published.slice(0, 10), 'published'), { day: 'numeric', month: 'long', year: 'numeric' }, settings)}`));
        } catch {
          // An unreadable publication date is left out rather than shown wrong.
        }
      }
      li.appendChild(head);
      if (s.quote !== '') li.appendChild(el(doc, 'blockquote', null, `«${s.quote}»`));
      const claim = s.claim;
      let claimText = labels.noClaim;
      if (claim !== null && claim.interval !== null && claim.precision !== null) {
        try {
          claimText = `${claim.text} → ${formatWhen({ start: claim.interval.start, end: claim.interval.end, precision: claim.precision, approximate: claim.approximate }, settings, labels)}`;
        } catch {
          claimText = claim.text;
        }
      } else if (claim !== null) claimText = claim.text;
      li.appendChild(el(doc, 'p', 'tarikh-meta', claimText));
      ul.appendChild(li);
    }
    panel.appendChild(ul);
  }
}
