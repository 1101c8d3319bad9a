import { renderCommand } from './render.js';
import { timesCommand } from './times.js';
import { parseCommand } from './parse.js';
import { buildCommand } from './build.js';

/** One CLI subcommand: `run` gets the arguments after the subcommand name. */
export interface Command {
  summary: string;
  usage: string;
  run(args: string[]): Promise<void> | void;
}

/**
 * The CLI's subcommands, in the order `tarikh --help` lists them. Each lives in its own module;
 * adding a command is adding a line here.
 */
export const commands: Record<string, Command> = {
  times: timesCommand,
  parse: parseCommand,
  render: renderCommand,
  build: buildCommand,
};
