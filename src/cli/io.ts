import { readFileSync, statSync } from 'node:fs';
import { CliError } from './errors.js';

/** Reads a UTF-8 text file, turning fs errors into one-line messages that name the file. */
export function readTextFile(path: string): string {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new CliError(`${path}: no such file`);
  }
  if (stat.isDirectory()) throw new CliError(`${path}: is a directory, expected a file`);
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new CliError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Reads and parses a JSON file; a syntax error names the file and the position. */
export function readJsonFile(path: string): unknown {
  const text = readTextFile(path);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliError(`${path}: invalid JSON (${(err as Error).message})`);
  }
}
