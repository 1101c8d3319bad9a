// The one module with a side effect: it registers <tarikh-timeline> when custom elements exist.
import type { Timeline } from '../model/types.js';
import { createTimeline, type TimelineHandle } from './createTimeline.js';
import type { RenderOptions } from './options.js';

/** Attributes read as options, named in camel case: `axis-direction="ltr"` → { axisDirection: 'ltr' }. */
const ATTRIBUTE_OPTIONS = ['lanes', 'axis-direction', 'digits', 'calendar', 'secondary-calendar', 'month-names', 'theme', 'orientation', 'time-zone'];

type ElementBase = new () => HTMLElement;

/**
 * Defines the `<tarikh-timeline>` class on a given HTMLElement base (so the module loads where
 * there is no DOM). The element renders into its shadow root, so page styles neither leak in nor
 * out. Data comes from a `src` JSON URL (same origin, fetched by the page's own browser; nothing is
 * fetched elsewhere), or from `element.timeline = {...}`, or from a child
 * `<script type="application/json">`.
 *
 * @example
 * // <tarikh-timeline src="timeline.json" dir="rtl" lang="ar-SY" lanes="place"></tarikh-timeline>
 * document.querySelector('tarikh-timeline').timeline = timeline;
 */
export function defineTimelineElement(Base: ElementBase): CustomElementConstructor {
  return class TarikhTimeline extends Base {
    static get observedAttributes(): string[] {
      return ['src', 'dir', 'lang', ...ATTRIBUTE_OPTIONS];
    }
    #handle: TimelineHandle | null = null;
    #data: Timeline | null = null;
    #mount: HTMLDivElement | null = null;
    #loading = 0;

    get timeline(): Timeline | null {
      return this.#data;
    }
    set timeline(value: Timeline | null) {
      this.#data = value;
      this.#render();
    }
    /** The live handle (zoomTo, select, on…), once rendered. */
    get handle(): TimelineHandle | null {
      return this.#handle;
    }

    connectedCallback(): void {
      if (this.shadowRoot === null) {
        const root = this.attachShadow({ mode: 'open' });
        const style = this.ownerDocument.createElement('style');
        style.textContent = ':host{display:block;position:relative;min-height:200px}';
        this.#mount = this.ownerDocument.createElement('div');
        this.#mount.style.width = '100%';
        this.#mount.style.height = '100%';
        this.#mount.setAttribute('dir', this.getAttribute('dir') ?? (this.closest('[dir]')?.getAttribute('dir') ?? 'rtl'));
        const lang = this.getAttribute('lang') ?? this.closest('[lang]')?.getAttribute('lang');
        if (lang !== null && lang !== undefined) this.#mount.setAttribute('lang', lang);
        root.append(style, this.#mount);
      }
      if (this.#data === null) {
        const inline = this.querySelector('script[type="application/json"]');
        if (inline !== null) {
          try {
            this.#data = JSON.parse(inline.textContent ?? '') as Timeline;
          } catch (e) {
            this.#fail(`inline JSON: ${(e as Error).message}`);
          }
        }
      }
      if (this.#data === null && this.hasAttribute('src')) void this.#load();
      else this.#render();
    }

    disconnectedCallback(): void {
      this.#handle?.destroy();
      this.#handle = null;
    }

    attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      if (old === value || this.#mount === null) return;
      if (name === 'dir' && value !== null) this.#mount.setAttribute('dir', value);
      if (name === 'lang' && value !== null) this.#mount.setAttribute('lang', value);
      if (name === 'src') void this.#load();
      else this.#render();
    }

    async #load(): Promise<void> {
      const src = this.getAttribute('src');
      if (src === null) return;
      const ticket = ++this.#loading;
      try {
        const url = new URL(src, this.ownerDocument.baseURI);
        if (url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'file:') throw new Error(`unsupported URL ${JSON.stringify(src)}`);
        const res = await fetch(url.href, { credentials: 'same-origin' });
        if (!res.ok) throw new Error(`HTTP ${res.status} for ${JSON.stringify(src)}`);
        const json = (await res.json()) as Timeline;
        if (ticket !== this.#loading) return;
        this.#data = json;
        this.#render();
      } catch (e) {
        this.#fail(`cannot load src: ${(e as Error).message}`);
      }
    }

    #options(): RenderOptions {
      const o: Record<string, string> = {};
      for (const attr of ATTRIBUTE_OPTIONS) {
        // axis-direction → axisDirection
        const name = attr.replace(/-(\w)/gu, (_, c: string) => c.toUpperCase());
        const v = this.getAttribute(attr);
        if (v !== null) o[name] = v;
      }
      return o as RenderOptions;
    }

    #render(): void {
      if (this.#mount === null || this.#data === null) return;
      this.#handle?.destroy();
      this.#handle = null;
      try {
        this.#handle = createTimeline(this.#mount, this.#data, this.#options());
        this.dispatchEvent(new CustomEvent('tarikh-ready', { detail: { handle: this.#handle } }));
      } catch (e) {
        this.#fail((e as Error).message);
      }
    }

    #fail(message: string): void {
      if (this.#mount !== null) {
        const p = this.ownerDocument.createElement('p');
        p.setAttribute('role', 'alert');
        p.textContent = `tarikh-timeline: ${message}`;
        this.#mount.replaceChildren(p);
      }
      this.dispatchEvent(new CustomEvent('tarikh-error', { detail: { message } }));
    }
  };
}

/**
 * Registers `<tarikh-timeline>` in a window's custom element registry (once). Returns false where
 * there are no custom elements (Node, old browsers).
 *
 * @example
 * registerTimelineElement(); // then <tarikh-timeline src="timeline.json" lang="ar"> renders
 */
export function registerTimelineElement(win: (Window & typeof globalThis) | undefined = typeof window === 'undefined' ? undefined : window): boolean {
  const registry = win?.customElements;
  if (win === undefined || registry === undefined || typeof win.HTMLElement !== 'function') return false;
  if (registry.get('tarikh-timeline') === undefined) registry.define('tarikh-timeline', defineTimelineElement(win.HTMLElement));
  return true;
}

registerTimelineElement();
