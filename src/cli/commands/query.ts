/** Placeholder: being built in its own issue. */
import type { CommandModule } from 'yargs';
import { ActorGraphError } from '../../errors.js';

export const query: CommandModule = {
  command: 'query',
  describe: '(query: not built yet)',
  handler: () => { throw new ActorGraphError('actorgraph/query: not built yet'); },
};
