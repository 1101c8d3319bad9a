/**
 * Colour themes as data. Each colour is also exposed as a CSS custom property (--tarikh-<name>)
 * so a host page can retheme a timeline; the values here are the defaults and are written as
 * presentation attributes too, so a static SVG looks right even where CSS is ignored.
 * Contrast (WCAG 2.1) is checked in test/render/themes.test.ts: text ≥ 4.5:1, marks ≥ 3:1.
 */
export interface ThemePalette {
  /** Background. */
  bg: string;
  /** Text: labels, titles. */
  fg: string;
  /** Secondary text: ticks, lane titles, dates. */
  muted: string;
  /** Axis and grid lines (decorative). */
  grid: string;
  /** Lane background stripe (decorative). */
  lane: string;
  /** Event marks (graphical objects: ≥ 3:1 against bg). */
  accent: string;
  /** Disputed claims and the span between them. */
  disputed: string;
  /** Cluster badge fill and its text. */
  cluster: string;
  clusterText: string;
  /** Focus ring. */
  focus: string;
  /** Details panel background and border. */
  panel: string;
  panelBorder: string;
}

export type ThemeName = 'light' | 'dark';

export const themes: Readonly<Record<ThemeName, ThemePalette>> = {
  light: {
    bg: '#ffffff',
    fg: '#1a1a1a',
    muted: '#595959',
    grid: '#c8c8c8',
    lane: '#f4f6f8',
    accent: '#0b5cad',
    disputed: '#b3261e',
    cluster: '#3d4a57',
    clusterText: '#ffffff',
    focus: '#c2410c',
    panel: '#ffffff',
    panelBorder: '#767676',
  },
  dark: {
    bg: '#121416',
    fg: '#ececec',
    muted: '#b0b4b8',
    grid: '#4a4f55',
    lane: '#1b1f23',
    accent: '#6cb4ff',
    disputed: '#ff8a80',
    cluster: '#c9d3dd',
    clusterText: '#121416',
    focus: '#ffb020',
    panel: '#1b1f23',
    panelBorder: '#8a9096',
  },
};
