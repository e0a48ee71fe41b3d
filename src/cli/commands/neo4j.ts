/** Placeholder: being built in its own issue. */
import type { CommandModule } from 'yargs';
import { ActorGraphError } from '../../errors.js';

export const neo4j: CommandModule = {
  command: 'neo4j',
  describe: '(neo4j: not built yet)',
  handler: () => { throw new ActorGraphError('actorgraph/neo4j: not built yet'); },
};
