// `tarikh`: the model, the parser, merging, validation and interchange. No DOM.
// This file only re-exports; each function lives in a module named for it.
export type * from './model/types.js';
export { normalize, toOriginalSpan } from './text/normalize.js';
export type { NormalizedText } from './text/normalize.js';
export { tagTimes } from './pipeline/tagTimes.js';
export { normalizeParseOptions } from './options.js';
export type { NormalizedParseOptions } from './options.js';
export { validateTimeline } from './model/validateTimeline.js';
export { TimelineValidationError } from './model/errors.js';
export type { ValidationIssue } from './model/errors.js';
export { toTimelineJS } from './model/timelinejs/toTimelineJS.js';
export type { ToTimelineJSOptions } from './model/timelinejs/toTimelineJS.js';
export { fromTimelineJS } from './model/timelinejs/fromTimelineJS.js';
export type { FromTimelineJSOptions } from './model/timelinejs/fromTimelineJS.js';
export type * from './model/timelinejs/types.js';
export { buildTimeline } from './merge/buildTimeline.js';
export type { BuildTimelineOptions } from './merge/options.js';
export { parseArticle } from './pipeline/parseArticle.js';
export type { ParseArticleOptions } from './pipeline/parseArticle.js';
export { parseDocument } from './pipeline/parseDocument.js';
export type { ParseDocumentOptions } from './pipeline/parseDocument.js';
export type { Gazetteer, GazetteerEntry } from './events/gazetteerTypes.js';
