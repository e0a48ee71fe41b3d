/** A worker whose module fails to load (test/parallel/pool.test.ts): no job is to blame. */
throw new Error('cannot load the models');
