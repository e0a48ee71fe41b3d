/**
 * `actorgraph check [--repair]` — are the graph's invariants true (one edge per subject, type and
 * object; count = size of evidence; every evidence id exists)? Exit code 1 when one is not (after
 * the repair, with --repair).
 *
 * @example actorgraph check --repair
 */
import type { CommandModule } from 'yargs';
import { neo4jSettings, withNeo4jOptions, type Neo4jArgs } from '../options.js';

interface CheckArgs extends Neo4jArgs {
  repair: boolean;
}

export const check: CommandModule<object, CheckArgs> = {
  command: 'check',
  describe: "Check the graph's invariants in Neo4j (and restore them with --repair)",
  builder: (y) => withNeo4jOptions(y)
    .option('repair', { type: 'boolean', default: false, describe: 'fold duplicate edges, drop dead evidence ids, recount (waits for a running load)' })
    .example('$0 check', 'report duplicate edges, wrong counts, dead evidence ids')
    .example('$0 check --repair', 'and restore them'),
  handler: async (argv) => {
    const [{ checkAndReport }, { isSound }] = await Promise.all([import('../../store/check-run.js'), import('../../store/check.js')]);
    const report = await checkAndReport(neo4jSettings(argv), { repair: argv.repair });
    if (!isSound(report)) process.exitCode = 1;
  },
};
