/** Placeholder: being built in its own issue. */
import type { CommandModule } from 'yargs';
import { ActorGraphError } from '../../errors.js';

export const serve: CommandModule = {
  command: 'serve',
  describe: '(serve: not built yet)',
  handler: () => { throw new ActorGraphError('actorgraph/serve: not built yet'); },
};
