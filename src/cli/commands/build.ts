/** Placeholder: being built in its own issue. */
import type { CommandModule } from 'yargs';
import { ActorGraphError } from '../../errors.js';

export const build: CommandModule = {
  command: 'build',
  describe: '(build: not built yet)',
  handler: () => { throw new ActorGraphError('actorgraph/build: not built yet'); },
};
