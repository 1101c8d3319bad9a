import { TimelineValidationError } from '../model/errors.js';
import type { Timeline } from '../model/types.js';
import { validateTimeline } from '../model/validateTimeline.js';
import { renderHTML } from '../node/renderHTML.js';
import { renderSVG, type StaticRenderOptions } from '../node/renderSVG.js';
import type { Command } from './commands.js';
import { CliError, usageError } from './errors.js';
import { readJsonFile } from './io.js';
import { parseCommandArgs, renderFlags, renderOptionsFromFlags, type RenderFlagValues } from './renderArgs.js';
import { writeOutput } from './writeOutput.js';

const usage =
  'tarikh render TIMELINE.json --svg OUT.svg [--html OUT.html] [--width PX] [--height PX] ' +
  '[--lanes none|type|actor|place|source] [--dir rtl|ltr] [--locale ar-SY] [--digits arab|latn] ' +
  '[--calendar gregory|islamic-umalqura] [--theme light|dark] [--title TEXT]';

/** Reads and validates a timeline file; every problem names the file and the JSON path. */
export function readTimelineFile(path: string): Timeline {
  const value = readJsonFile(path);
  try {
    return validateTimeline(value);
  } catch (err) {
    if (err instanceof TimelineValidationError) throw new CliError(`${path}: ${err.message}`);
    throw err;
  }
}

/** Renders to the requested files; renderer option errors ("invalid theme: …") become CLI errors. */
export function writeRenders(timeline: Timeline, flags: RenderFlagValues, out: { svg?: string | undefined; html?: string | undefined }): string[] {
  // Keyword values are still strings here; the renderer checks them and names a bad one.
  const options = flags as StaticRenderOptions;
  const written: string[] = [];
  try {
    if (out.svg !== undefined) {
      writeOutput(out.svg, renderSVG(timeline, options));
      written.push(out.svg);
    }
    if (out.html !== undefined) {
      writeOutput(out.html, renderHTML(timeline, flags.title === undefined ? options : { ...options, pageTitle: flags.title }));
      written.push(out.html);
    }
  } catch (err) {
    if (err instanceof RangeError || err instanceof TypeError) throw usageError(err.message);
    throw err;
  }
  return written;
}

/** `tarikh render`: a timeline JSON file to a standalone SVG and/or a self-contained HTML page. */
export const renderCommand: Command = {
  summary: 'draw a timeline JSON as a static SVG and/or a standalone HTML page',
  usage,
  run(args) {
    const { values, positionals } = parseCommandArgs({
      args,
      allowPositionals: true,
      options: { svg: { type: 'string' }, html: { type: 'string' }, ...renderFlags },
    });
    if (positionals.length !== 1) throw usageError(`expected one TIMELINE.json (got ${positionals.length}); usage: ${usage}`);
    if (values.svg === undefined && values.html === undefined) throw usageError(`give --svg OUT.svg and/or --html OUT.html; usage: ${usage}`);
    const file = positionals[0] as string;
    const flags = renderOptionsFromFlags(values);
    const timeline = readTimelineFile(file);
    for (const path of writeRenders(timeline, flags, { svg: values.svg, html: values.html })) process.stdout.write(`wrote ${path}\n`);
  },
};
