/**
 * actorgraph/parallel/workers — the default of `--workers`: one thread per core, but no more
 * threads than the machine's memory holds (each loads the models and gazetteers: ~300 MiB; one
 * per 512 MiB leaves room for the rest), so a 64-core box with 8 GiB does not start 64.
 */
import { availableParallelism, totalmem } from 'node:os';

/** Memory one extracting thread is given room for. */
const BYTES_PER_WORKER = 512 * 2 ** 20;

export const defaultWorkers = (): number => Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / BYTES_PER_WORKER)));
