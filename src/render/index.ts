// `tarikh/render`: the browser renderer and the <tarikh-timeline> custom element.
// Re-exports only; filled in by the renderer work.
export {};
