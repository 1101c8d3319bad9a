// `tarikh/render`: the browser renderer and the <tarikh-timeline> custom element.
// Re-exports only.
export { layout } from '../layout/layout.js';
export { textWidth } from '../layout/textWidth.js';
export { formatWhen } from '../layout/formatWhen.js';
export { formatDate } from '../layout/formatDate.js';
export type { LayoutOptions } from '../layout/options.js';
export type * from '../layout/types.js';
export { drawTimeline } from './draw.js';
export type { DrawContext, DrawOptions } from './draw.js';
export { normalizeOptions, defaults } from './options.js';
export type { RenderOptions, NormalizedRenderOptions } from './options.js';
export { safeUrl } from './safeUrl.js';
export { timelineCss } from './styles.js';
export { themes } from './themes.js';
export type { ThemePalette, ThemeName } from './themes.js';
export { createTimeline } from './createTimeline.js';
export type { TimelineHandle, TimelineEventName, SelectDetail, ZoomDetail } from './createTimeline.js';
export { fillDetails } from './details.js';
export { keyAction } from '../interact/keyboard.js';
export { zoomedDomain, transformFor } from '../interact/zoom.js';
// The side effect: registers <tarikh-timeline> where custom elements exist.
export { registerTimelineElement, defineTimelineElement } from './element.js';
