// The IIFE bundle's surface (global `Tarikh`): the parser and the browser renderer together.
export * from './index.js';
export * from './render/index.js';
