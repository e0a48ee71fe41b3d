#!/usr/bin/env node
/**
 * actorgraph CLI entry: yargs with one command module per file (src/cli/commands/).
 * The only place that turns an error into a message and an exit code.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';
import { ActorGraphError, messageOf } from '../errors.js';

/** A mistake in how the command was called (unknown option, missing argument): exit code 2. */
class UsageError extends ActorGraphError {}

export function reportError(err: unknown): void {
  if (err instanceof UsageError) {
    process.stderr.write(`actorgraph: ${err.message}\nRun "actorgraph --help" for usage.\n`);
    process.exitCode = 2;
    return;
  }
  if (err instanceof ActorGraphError) {
    process.stderr.write(`${err.message}\n${err.hint ? `  hint: ${err.hint}\n` : ''}`);
  } else {
    // Not one of ours: a bug. One line and a hint; the stack only when asked for.
    process.stderr.write(`actorgraph: internal error: ${messageOf(err)}\n  hint: please report it; ACTORGRAPH_DEBUG=1 prints the stack.\n`);
    if (process.env.ACTORGRAPH_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
  }
  process.exitCode = process.exitCode || 1;
}

/** Every command's name, from the modules themselves (a list written out here went stale). */
function commandNames(): string[] {
  return commands.map((c) => String(Array.isArray(c.command) ? c.command[0] : c.command).split(' ')[0]);
}

export async function main(argv: string[]): Promise<void> {
  try {
    let cli = yargs(argv).scriptName('actorgraph');
    for (const c of commands) cli = cli.command(c);
    await cli
      .demandCommand(1, `Name a command: ${commandNames().join(', ')}.`)
      .strict()
      // "actorgraph biuld" → "Did you mean build?"
      .recommendCommands()
      // Throwing stops yargs from running the handler after a usage error.
      // (a .check() that returns its complaint passes it as `err`, a string: a usage error too, not a bug)
      .fail((msg, err: unknown) => {
        if (err instanceof Error && err.name !== 'YError') throw err;
        const m = msg ?? (err instanceof Error ? err.message : String(err ?? 'usage error'));
        throw new UsageError(/^Did you mean/.test(m) ? `unknown command "${argv[0]}". ${m}` : m);
      })
      .help()
      .parseAsync();
  } catch (err) {
    // (a .check() that returns a message is thrown by yargs as that bare string: one line, exit 1,
    // not an "internal error")
    reportError(typeof err === 'string' ? new ActorGraphError(`actorgraph: ${err}`, 'Run "actorgraph <command> --help" for the options.') : err);
  }
}

await main(hideBin(process.argv));
