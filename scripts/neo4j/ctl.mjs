#!/usr/bin/env node
/**
 * actorgraph/scripts/neo4j/ctl — `node scripts/neo4j/ctl.mjs fetch|start|stop|status`.
 * A thin entry over src/store/server.ts (the same code `actorgraph neo4j …` runs), loaded through
 * tsx so there is one implementation. Options come from the environment:
 * NEO4J_PORT (7687), NEO4J_HOME (data/neo4j/dev), NEO4J_PASSWORD (actorgraph-dev), NEO4J_HEAP (1g).
 */
import { register } from 'tsx/esm/api';

register();
const { runServerCommand } = await import('../../src/store/server-command.ts');
process.exitCode = await runServerCommand(process.argv[2] ?? 'status');
