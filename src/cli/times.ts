import { parseArgs } from 'node:util';
import { tagTimes } from '../pipeline/tagTimes.js';
import { readTextFile } from './io.js';
import { usageError, CliError } from './errors.js';
import type { Command } from './commands.js';
import type { ParseOptions } from '../model/types.js';

/**
 * `tarikh times FILE --published YYYY-MM-DD [--forward-date] [--timezone ZONE]`: prints the
 * temporal expressions of an Arabic text as a JSON array.
 *
 * @example
 * // tarikh times article.txt --published 2023-03-17
 * // [{ "text": "أمس الخميس", "value": "2023-03-16", … }]
 */
export const timesCommand: Command = {
  summary: 'tag and resolve the temporal expressions of a text (JSON)',
  usage: 'tarikh times FILE [--published YYYY-MM-DD] [--forward-date] [--timezone ZONE]',
  run(args: string[]): void {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          published: { type: 'string' },
          'forward-date': { type: 'boolean' },
          timezone: { type: 'string' },
        },
      });
    } catch (err) {
      throw usageError((err as Error).message.split('\n')[0]!);
    }
    const [file, ...extra] = parsed.positionals;
    if (file === undefined) throw usageError('missing FILE (usage: tarikh times FILE --published YYYY-MM-DD)');
    if (extra.length > 0) throw usageError(`unexpected argument '${extra[0]}'`);
    const text = readTextFile(file);
    const options: ParseOptions = {};
    if (parsed.values.published !== undefined) options.published = parsed.values.published;
    if (parsed.values.timezone !== undefined) options.timezone = parsed.values.timezone;
    if (parsed.values['forward-date']) options.forwardDate = true;
    let result;
    try {
      result = tagTimes(text, options);
    } catch (err) {
      if (err instanceof RangeError || err instanceof TypeError) throw new CliError(err.message, 2);
      throw err;
    }
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  },
};
