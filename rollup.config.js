// Builds every entry point as ESM + CJS (dependencies external, as a library should ship), one
// self-contained IIFE for <script> tags (global `Tarikh`, d3 parts bundled in), and the CLI.
// Type declarations are emitted by `tsc -p tsconfig.build.json` into dist/types.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const deps = Object.keys(pkg.dependencies ?? {});
const external = (id) =>
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  deps.some((d) => id === d || id.startsWith(d + '/'));

/** Ships the Timeline JSON Schema as dist/schema.json (the package exports it as 'tarikh/schema.json'). */
const schemaAsset = () => ({
  name: 'schema-asset',
  generateBundle(outputOptions) {
    if (outputOptions.format !== 'es') return;
    this.emitFile({ type: 'asset', fileName: 'schema.json', source: readFileSync('src/model/schema.json', 'utf8') });
  },
});

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    compilerOptions: { noEmit: false, declaration: false, outDir: undefined },
    include: ['src/**/*'],
    noEmitOnError: true,
  });

/** Library entries: `tarikh`, `tarikh/render`, `tarikh/node`. */
const entries = {
  index: 'src/index.ts',
  render: 'src/render/index.ts',
  node: 'src/node/index.ts',
};

export default [
  {
    input: entries,
    external,
    plugins: [json(), ts(), schemaAsset()],
    output: [
      { dir: 'dist', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
      { dir: 'dist', format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', sourcemap: true, exports: 'named' },
    ],
  },
  {
    input: 'src/browser.ts',
    plugins: [json(), nodeResolve({ browser: true }), commonjs(), ts()],
    // d3's module sources import their package's index from inside it (d3-selection,
    // d3-transition): cycles within a package, as published, not ours to report.
    onwarn(warning, warn) {
      if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('/node_modules/'))) return;
      warn(warning);
    },
    output: [
      { file: 'dist/tarikh.iife.js', format: 'iife', name: 'Tarikh', sourcemap: true },
      { file: 'dist/tarikh.iife.min.js', format: 'iife', name: 'Tarikh', plugins: [terser()] },
    ],
  },
  {
    // The CLI, and the worker thread `tarikh parse --jobs N` starts (dist/parse-worker.js).
    input: { cli: 'src/cli/main.ts', 'parse-worker': 'src/cli/parseWorker.ts' },
    external,
    plugins: [json(), ts()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/cli-[name]-[hash].js',
      banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
      sourcemap: true,
    },
  },
];
