// `tarikh`: the model, the parser, merging, validation and interchange. No DOM.
// This file only re-exports; each function lives in a module named for it.
export type * from './model/types.js';
export { normalize, toOriginalSpan } from './text/normalize.js';
export type { NormalizedText } from './text/normalize.js';
export { tagTimes } from './pipeline/tagTimes.js';
export { normalizeParseOptions } from './options.js';
export type { NormalizedParseOptions } from './options.js';
