import { keyword, layoutDefaults, normalizeLayoutOptions, type LayoutOptions, type NormalizedLayoutOptions } from '../layout/options.js';

/** Options of drawTimeline / createTimeline / renderSVG: the layout's, plus drawing and interaction. */
export interface RenderOptions extends LayoutOptions {
  /** 'auto' follows the reader's colour scheme (browser) or means 'light' (static SVG). Default 'auto'. */
  theme?: 'light' | 'dark' | 'auto';
  /** Prefix of the ids made inside the SVG (gradients, masks); unique per timeline on a page. Default 'tarikh'. */
  idPrefix?: string;
  /** Put the stylesheet inside the SVG (standalone files). Default false. */
  embedStyle?: boolean;
  /** Make marks focusable with roles and aria-labels (createTimeline sets it). Default false. */
  interactive?: boolean;
  /** Zoom limits as multiples of the full view. Default [1, 5000]. */
  zoomExtent?: readonly [number, number];
  /**
   * Whether the host may animate around the timeline: false (or a reader who prefers reduced
   * motion) sets `data-reduced-motion` on the timeline's root for host styles. tarikh itself draws
   * every zoom at once and never animates. Default true.
   */
  motion?: boolean;
}

export interface NormalizedRenderOptions {
  layout: NormalizedLayoutOptions;
  /** The options to pass on to layout(): what the caller gave, unchanged. */
  layoutInput: LayoutOptions;
  theme: 'light' | 'dark' | 'auto';
  idPrefix: string;
  embedStyle: boolean;
  interactive: boolean;
  zoomExtent: [number, number];
  motion: boolean;
}

/** Every default of the renderer in one place (the layout's included). */
export const defaults = {
  ...layoutDefaults,
  theme: 'auto',
  idPrefix: 'tarikh',
  embedStyle: false,
  interactive: false,
  zoomExtent: [1, 5000],
  motion: true,
} as const;

/** The layout's options: those with a default, and those whose default comes from the data or is none. */
const LAYOUT_KEYS = new Set([...Object.keys(layoutDefaults), 'axisDirection', 'textDirection', 'locale', 'digits', 'domain', 'title']);
const RENDER_KEYS = new Set(['theme', 'idPrefix', 'embedStyle', 'interactive', 'zoomExtent', 'motion']);

function bool(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new TypeError(`invalid ${name}: ${JSON.stringify(value) ?? String(value)} (expected true or false)`);
  return value;
}

/**
 * Normalizes renderer options once, at the boundary: unknown option names, bad keywords and bad
 * numbers throw an error naming the option and the value ("invalid theme: \"blue\"").
 *
 * @param options - the caller's options
 * @param language - the timeline's language ('ar'), the default locale
 * @example
 * normalizeOptions({ theme: 'dark', lanes: 'actor' }, 'ar').layout.axisDirection // 'rtl'
 */
export function normalizeOptions(options: RenderOptions | undefined, language = 'ar'): NormalizedRenderOptions {
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`invalid options: ${JSON.stringify(options)} (expected an object)`);
  }
  const o: RenderOptions = options ?? {};
  for (const k of Object.keys(o)) {
    if (!LAYOUT_KEYS.has(k) && !RENDER_KEYS.has(k)) throw new RangeError(`unknown option: ${JSON.stringify(k)}`);
  }
  const layoutInput: LayoutOptions = {};
  for (const [k, v] of Object.entries(o)) if (LAYOUT_KEYS.has(k) && v !== undefined) (layoutInput as Record<string, unknown>)[k] = v;
  const idPrefix = o.idPrefix ?? defaults.idPrefix;
  if (typeof idPrefix !== 'string' || !/^[A-Za-z][\w-]{0,63}$/u.test(idPrefix)) {
    throw new RangeError(`invalid idPrefix: ${JSON.stringify(idPrefix)} (expected letters, digits, - or _, starting with a letter)`);
  }
  let zoomExtent: [number, number] = [defaults.zoomExtent[0], defaults.zoomExtent[1]];
  if (o.zoomExtent !== undefined) {
    const z = o.zoomExtent as unknown;
    if (!Array.isArray(z) || z.length !== 2 || typeof z[0] !== 'number' || typeof z[1] !== 'number' || !(z[0] > 0) || !(z[1] >= z[0])) {
      throw new RangeError(`invalid zoomExtent: ${JSON.stringify(z)} (expected [min, max] with 0 < min ≤ max)`);
    }
    zoomExtent = [z[0], z[1]];
  }
  return {
    layout: normalizeLayoutOptions(layoutInput, language),
    layoutInput,
    theme: keyword('theme', o.theme, ['light', 'dark', 'auto'] as const, defaults.theme),
    idPrefix,
    embedStyle: bool('embedStyle', o.embedStyle, defaults.embedStyle),
    interactive: bool('interactive', o.interactive, defaults.interactive),
    zoomExtent,
    motion: bool('motion', o.motion, defaults.motion),
  };
}
