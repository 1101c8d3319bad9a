import { commands } from './commands.js';
import { CliError } from './errors.js';

function help(): string {
  const lines = ['usage: tarikh <command> [options]', '', 'commands:'];
  for (const [name, cmd] of Object.entries(commands)) lines.push(`  ${name.padEnd(8)} ${cmd.summary}`);
  lines.push('', "Run 'tarikh <command> --help' for a command's options.");
  return lines.join('\n');
}

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it in-process. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help() + '\n');
    return name === undefined ? 2 : 0;
  }
  const cmd = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!cmd) {
    process.stderr.write(`tarikh: unknown command '${name}' (try 'tarikh --help')\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`usage: ${cmd.usage}\n`);
    return 0;
  }
  try {
    await cmd.run(rest);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`tarikh ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof TypeError || err instanceof RangeError) {
      process.stderr.write(`tarikh ${name}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

// Run when executed as the `tarikh` binary (not when imported by tests).
const invoked = process.argv[1] ?? '';
if (/(?:^|[\\/])(?:cli\.js|tarikh)$/.test(invoked)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`tarikh: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 70;
    },
  );
}
