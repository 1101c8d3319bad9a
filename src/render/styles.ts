import { themes, type ThemePalette } from './themes.js';

/** The fonts a timeline is written in, Arabic first: the stylesheet's default and static SVG's attribute. */
export const FONT_STACK = '"Noto Sans Arabic","Noto Naskh Arabic","Noto Sans","Segoe UI",Tahoma,"Geeza Pro",Arial,sans-serif';

const kebab = (s: string): string => s.replace(/[A-Z]/gu, (c) => '-' + c.toLowerCase());

function vars(p: ThemePalette): string {
  return Object.entries(p)
    .map(([k, v]) => `--tarikh-${kebab(k)}-default:${v};`)
    .join('');
}

/**
 * The timeline's stylesheet. Every rule is scoped under `.tarikh` (the wrapper made by
 * createTimeline, or the standalone SVG drawn by drawTimeline), so nothing leaks into the host
 * page; colours come from --tarikh-* custom properties that a host may set, falling back to the
 * light or dark palette (`data-theme`, or the reader's colour scheme for 'auto').
 *
 * @example
 * const style = document.createElement('style');
 * style.textContent = timelineCss(); // then append inside the shadow root or the page
 */
export function timelineCss(): string {
  const names = Object.keys(themes.light).map(kebab);
  const use = names.map((n) => `--tarikh-${n}-v:var(--tarikh-${n},var(--tarikh-${n}-default));`).join('');
  const c = (n: string): string => `var(--tarikh-${n}-v)`;
  return [
    `.tarikh{${vars(themes.light)}${use}color:${c('fg')};background:${c('bg')};font-family:var(--tarikh-font,${FONT_STACK});position:relative;box-sizing:border-box;}`,
    `.tarikh[data-theme="dark"]{${vars(themes.dark)}}`,
    `@media (prefers-color-scheme:dark){.tarikh[data-theme="auto"]{${vars(themes.dark)}}}`,
    `.tarikh *{box-sizing:border-box;}`,
    `.tarikh .tarikh-svg,.tarikh.tarikh-svg{display:block;overflow:visible;font-family:inherit;}`,
    `.tarikh .tarikh-bg{fill:${c('bg')};}`,
    `.tarikh .tarikh-lane-bg{fill:${c('lane')};}`,
    `.tarikh .tarikh-lane-bg--plain{fill:none;}`,
    `.tarikh .tarikh-lane-label{fill:${c('muted')};font-weight:600;}`,
    `.tarikh .tarikh-axis-line,.tarikh .tarikh-tick line{stroke:${c('grid')};}`,
    `.tarikh .tarikh-tick text{fill:${c('muted')};}`,
    `.tarikh .tarikh-tick--major text{fill:${c('fg')};}`,
    `.tarikh .tarikh-shape{fill:${c('accent')};stroke:${c('accent')};stroke-width:1.5;}`,
    `.tarikh .tarikh-mark--hollow .tarikh-shape{fill:${c('bg')};fill-opacity:1;stroke-dasharray:3 2;}`,
    `.tarikh .tarikh-leaders{stroke:${c('grid')};}`,
    `.tarikh .tarikh-label-bg{fill:${c('bg')};fill-opacity:.85;}`,
    `.tarikh .tarikh-label,.tarikh .tarikh-lane-label,.tarikh .tarikh-tick text{paint-order:stroke;stroke:${c('bg')};stroke-width:3px;stroke-linejoin:round;}`,
    `.tarikh .tarikh-label{fill:${c('fg')};}`,
    `.tarikh .tarikh-claim{fill:${c('bg')};stroke:${c('disputed')};stroke-width:2;}`,
    `.tarikh .tarikh-claim-span{stroke:${c('disputed')};stroke-width:2;stroke-dasharray:4 3;}`,
    `.tarikh .tarikh-cluster circle{fill:${c('cluster')};}`,
    `.tarikh .tarikh-cluster text{fill:${c('clusterText')};font-weight:700;}`,
    `.tarikh .tarikh-mark,.tarikh .tarikh-cluster{cursor:pointer;outline:none;}`,
    // The focus ring is the mark's own outline in the focus colour, with a glow of it outside the
    // mark, against the background (no element of its own to move in a zoom frame).
    `.tarikh .tarikh-mark:focus .tarikh-shape,.tarikh .tarikh-mark.tarikh-selected .tarikh-shape,.tarikh .tarikh-cluster:focus circle{stroke:${c('focus')};stroke-width:3;stroke-dasharray:none;mask:none;filter:drop-shadow(0 0 2px ${c('focus')});}`,
    `.tarikh .tarikh-mark:hover .tarikh-label,.tarikh .tarikh-mark:focus .tarikh-label{text-decoration:underline;}`,
    `.tarikh .tarikh-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0;}`,
    `.tarikh .tarikh-details{position:absolute;z-index:2;max-width:min(28rem,90%);max-height:70%;overflow:auto;padding:.75rem 1rem;background:${c('panel')};color:${c('fg')};border:1px solid ${c('panelBorder')};border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.25);font-size:14px;line-height:1.5;}`,
    `.tarikh .tarikh-details[hidden]{display:none;}`,
    `.tarikh .tarikh-details h3{margin:0 0 .25rem;font-size:1rem;}`,
    `.tarikh .tarikh-details p,.tarikh .tarikh-details ul{margin:.25rem 0;padding:0;}`,
    `.tarikh .tarikh-details li{list-style:none;margin:.4rem 0;padding-inline-start:.5rem;border-inline-start:3px solid ${c('grid')};}`,
    `.tarikh .tarikh-details blockquote{margin:.2rem 0;font-style:normal;}`,
    `.tarikh .tarikh-details .tarikh-meta{color:${c('muted')};font-size:.85em;}`,
    `.tarikh .tarikh-details .tarikh-dispute{color:${c('disputed')};font-weight:600;}`,
    `.tarikh .tarikh-details a{color:${c('accent')};}`,
    `.tarikh .tarikh-details button{position:absolute;inset-inline-end:.25rem;top:.25rem;border:0;background:none;color:${c('fg')};font-size:1.1rem;cursor:pointer;}`,
    `.tarikh button:focus-visible,.tarikh a:focus-visible{outline:3px solid ${c('focus')};outline-offset:2px;}`,
    `.tarikh:focus-within{outline:none;}`,
    `@media (prefers-reduced-motion:reduce){.tarikh *{transition:none!important;animation:none!important;}}`,
  ].join('\n');
}

/**
 * Rules only the live timeline needs (createTimeline's screen-reader list), kept out of
 * timelineCss so static SVG files do not carry them. The list holds one entry per event — 10,000
 * entries for a big timeline. Moved above the page (never scrollable, in either direction) and
 * marked `content-visibility:auto`, it is never on screen, so the browser skips styling, shaping
 * and laying out its entries — they stay in the accessibility tree, which is what the list is for.
 */
export function liveCss(): string {
  return `.tarikh .tarikh-sr{top:-10000px;content-visibility:auto;contain-intrinsic-size:1px 1px;}`;
}
