import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliError } from './errors.js';

/** Writes a UTF-8 file, creating its folder; fs errors become one-line messages naming the file. */
export function writeOutput(path: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (err) {
    throw new CliError(`${path}: cannot write (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
