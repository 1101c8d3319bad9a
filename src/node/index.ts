// `tarikh/node`: static SVG and standalone HTML rendering on jsdom.
// Re-exports only; filled in by the Node rendering work.
export {};
