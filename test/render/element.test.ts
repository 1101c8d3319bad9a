// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { registerTimelineElement } from '../../src/render/element.js';
import { sampleTimeline } from '../layout/fixtures.js';

describe('<tarikh-timeline>', () => {
  it('is registered once, renders into its shadow root from inline JSON', () => {
    expect(registerTimelineElement(window)).toBe(true);
    expect(registerTimelineElement(window)).toBe(true);
    const el = document.createElement('tarikh-timeline');
    el.setAttribute('dir', 'rtl');
    el.setAttribute('lang', 'ar-SY');
    el.setAttribute('lanes', 'none');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(sampleTimeline());
    el.appendChild(script);
    document.body.appendChild(el);
    const root = el.shadowRoot;
    expect(root).not.toBeNull();
    expect(root?.querySelector('.tarikh[role="region"]')).not.toBeNull();
    expect(root?.querySelectorAll('g.tarikh-mark').length).toBeGreaterThan(0);
    // Styles stay inside the shadow root.
    expect(document.head.querySelector('style')).toBeNull();
    el.remove();
    expect(root?.querySelector('.tarikh')).toBeNull();
  });
  it('reports bad attributes as an alert, not a crash', () => {
    const el = document.createElement('tarikh-timeline');
    el.setAttribute('lanes', 'nonsense');
    const errors: string[] = [];
    el.addEventListener('tarikh-error', (e) => errors.push((e as CustomEvent<{ message: string }>).detail.message));
    document.body.appendChild(el);
    (el as unknown as { timeline: unknown }).timeline = sampleTimeline();
    expect(errors[0]).toMatch(/invalid lanes: "nonsense"/u);
    expect(el.shadowRoot?.querySelector('[role="alert"]')?.textContent).toMatch(/invalid lanes/u);
  });
  it('returns false where there are no custom elements', () => {
    expect(registerTimelineElement({} as never)).toBe(false);
  });
});
