/** Placeholder: being built in its own issue. */
import type { CommandModule } from 'yargs';
import { ActorGraphError } from '../../errors.js';

export const load: CommandModule = {
  command: 'load',
  describe: '(load: not built yet)',
  handler: () => { throw new ActorGraphError('actorgraph/load: not built yet'); },
};
