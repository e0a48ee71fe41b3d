/** actorgraph/parallel/workers — the default of `--workers`: one thread per core. */
import { availableParallelism } from 'node:os';

export const defaultWorkers = (): number => availableParallelism();
