/** Every CLI command, registered in this order (yargs ESM pattern: an array of command modules). */
import type { CommandModule } from 'yargs';
import { extract } from './extract.js';
import { build } from './build.js';
import { load } from './load.js';
import { query } from './query.js';
import { remove } from './remove.js';
import { check } from './check.js';
import { serve } from './serve.js';
import { neo4j } from './neo4j.js';
import { parse } from './parse.js';
import { exportCommand } from './export.js';

/**
 * Each module is typed with its own argument shape; the list only needs what yargs' `.command()`
 * reads, so the element type widens the argument type (the one place that does).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyCommand = CommandModule<object, any>;

export const commands: AnyCommand[] = [extract, parse, build, exportCommand, load, remove, check, query, serve, neo4j];
