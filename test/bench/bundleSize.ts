// Measures `tarikh/render` as a browser would ship it: src/render/index.ts with its d3 parts
// bundled, minified with terser, gzipped with zlib (level 9). Prints the figure and exits non-zero
// above the budget (40 KB min+gzip). Run: npm run size
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';

/** The budget of `tarikh/render` with its d3 parts, min+gzip, in bytes. */
export const BUDGET = 40 * 1024;

/** Bundles an entry for the browser and returns its minified and gzipped sizes in bytes. */
export async function bundleSize(input: string): Promise<{ min: number; gzip: number }> {
  const bundle = await rollup({
    input,
    plugins: [
      json(),
      nodeResolve({ browser: true }),
      commonjs(),
      typescript({ tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, declaration: false, outDir: undefined }, include: ['src/**/*'] }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const code = output[0].code;
  const min = (await minify(code, { module: true, compress: { passes: 2 }, mangle: true })).code ?? '';
  return { min: Buffer.byteLength(min), gzip: gzipSync(min, { level: 9 }).length };
}

const kb = (n: number): string => (n / 1024).toFixed(1) + ' KB';

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('bundleSize.ts')) {
  const { min, gzip } = await bundleSize('src/render/index.ts');
  console.log(`tarikh/render (with d3 parts): ${kb(min)} min, ${kb(gzip)} min+gzip (budget ${kb(BUDGET)})`);
  if (gzip > BUDGET) {
    console.error(`over budget by ${kb(gzip - BUDGET)}`);
    process.exitCode = 1;
  }
}
