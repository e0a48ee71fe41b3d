#!/usr/bin/env node
/**
 * actorgraph CLI entry: yargs with one command module per file (src/cli/commands/).
 * The only place that turns an error into a message and an exit code.
 */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.js';
import { ActorGraphError } from '../errors.js';

export function reportError(err: unknown): void {
  if (err instanceof ActorGraphError) {
    process.stderr.write(`${err.message}\n${err.hint ? `  hint: ${err.hint}\n` : ''}`);
  } else {
    process.stderr.write(`actorgraph: ${(err as Error)?.stack ?? String(err)}\n`);
  }
  process.exitCode = process.exitCode || 1;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await yargs(argv)
      .scriptName('actorgraph')
      .command(commands)
      .demandCommand(1, 'Name a command: extract, build, load, query, serve or neo4j.')
      .strict()
      .fail((msg, err, y) => {
        if (err) throw err;
        process.stderr.write(`${y.help() && ''}actorgraph: ${msg}\nRun "actorgraph --help" for usage.\n`);
        process.exitCode = 2;
      })
      .help()
      .parseAsync();
  } catch (err) {
    reportError(err);
  }
}

await main(hideBin(process.argv));
