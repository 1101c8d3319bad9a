import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './errors.js';

/** The rendering flags shared by `tarikh render` and `tarikh build`, as given on the command line. */
export const renderFlags = {
  width: { type: 'string' },
  height: { type: 'string' },
  lanes: { type: 'string' },
  dir: { type: 'string' },
  locale: { type: 'string' },
  digits: { type: 'string' },
  calendar: { type: 'string' },
  theme: { type: 'string' },
  title: { type: 'string' },
} as const;

/** Flag values before the renderer normalizes them (it names a bad option and its value). */
export interface RenderFlagValues {
  width?: number;
  height?: number;
  lanes?: string;
  axisDirection?: string;
  locale?: string;
  digits?: string;
  calendar?: string;
  theme?: string;
  title?: string;
}

function positiveInt(flag: string, raw: string): number {
  if (!/^\d{1,5}$/u.test(raw) || Number(raw) === 0) throw usageError(`--${flag}: expected a positive whole number of pixels (got ${JSON.stringify(raw)})`);
  return Number(raw);
}

/** Turns the parsed flag strings into renderer options; numbers are checked here, keywords by the renderer. */
export function renderOptionsFromFlags(values: Partial<Record<keyof typeof renderFlags, string | undefined>>): RenderFlagValues {
  const out: RenderFlagValues = {};
  if (values.width !== undefined) out.width = positiveInt('width', values.width);
  if (values.height !== undefined) out.height = positiveInt('height', values.height);
  if (values.lanes !== undefined) out.lanes = values.lanes;
  if (values.dir !== undefined) out.axisDirection = values.dir;
  if (values.locale !== undefined) out.locale = values.locale;
  if (values.digits !== undefined) out.digits = values.digits;
  if (values.calendar !== undefined) out.calendar = values.calendar;
  if (values.theme !== undefined) out.theme = values.theme;
  if (values.title !== undefined) out.title = values.title;
  return out;
}

/** node:util parseArgs with its errors turned into usage errors (exit code 2). */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (err) {
    throw usageError((err as Error).message);
  }
}
