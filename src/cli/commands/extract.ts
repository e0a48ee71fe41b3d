/** Placeholder: being built in its own issue. */
import type { CommandModule } from 'yargs';
import { ActorGraphError } from '../../errors.js';

export const extract: CommandModule = {
  command: 'extract',
  describe: '(extract: not built yet)',
  handler: () => { throw new ActorGraphError('actorgraph/extract: not built yet'); },
};
