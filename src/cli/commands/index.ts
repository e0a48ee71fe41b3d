/** Every CLI command, registered in this order (yargs ESM pattern: an array of command modules). */
import { extract } from './extract.js';
import { build } from './build.js';
import { load } from './load.js';
import { query } from './query.js';
import { serve } from './serve.js';
import { neo4j } from './neo4j.js';

export const commands = [extract, build, load, query, serve, neo4j];
