/**
 * Where an element of a drawn timeline sits in the drawing: its own attribute plus the
 * translations of the groups it is drawn in (a mark's parts are relative to its group, see
 * markOrigin in src/render/drawMark.ts).
 */
export function absolute(el: Element, attr: 'x' | 'y' | 'cx' | 'cy'): number {
  const vertical = attr === 'y' || attr === 'cy';
  let v = Number(el.getAttribute(attr));
  for (let g: Element | null = el.parentElement; g !== null; g = g.parentElement) {
    const m = /translate\(\s*(-?[\d.]+)[ ,]+(-?[\d.]+)\s*\)/u.exec(g.getAttribute('transform') ?? '');
    if (m !== null) v += Number(vertical ? m[2] : m[1]);
  }
  return v;
}
