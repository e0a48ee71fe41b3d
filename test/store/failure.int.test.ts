/**
 * store/failure with the real driver and the real Neo4j: a transaction that runs out of the
 * server's memory fails at once with a message that says so, instead of being retried as
 * "transient" (the driver retried it for 28 s).
 *
 * The error is made here with the server's own code, not provoked on the server: a query big
 * enough to pass dbms.memory.transaction.total.max can also exhaust the JVM heap, which stops the
 * shared test server (ExitOnOutOfMemoryError). What is under test is the driver's retry decision.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { closeStore, type Store } from '../../src/store/connection.js';
import { StoreError } from '../../src/errors.js';
import { failFastOnMemory, toStoreError } from '../../src/store/failure.js';
import { openTestStore } from './_helpers.js';

let store: Store;
before(async () => { store = await openTestStore(); });
after(async () => { await closeStore(store); });

const outOfMemory = () => new Neo4jError('The allocation of an extra 2.0 MiB would use more than the limit 515.2 MiB. dbms.memory.transaction.total.max threshold reached',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '', '');

test('a MemoryPoolOutOfMemoryError should fail the transaction at once, not be retried', async () => {
  const session = store.driver.session({ database: store.database, defaultAccessMode: neo4j.session.WRITE });
  let attempts = 0;
  const t0 = Date.now();
  try {
    const err = await session.executeWrite(async (tx) => {
      attempts++;
      await tx.run('RETURN 1');
      return failFastOnMemory(Promise.reject(outOfMemory()));
    }).then(() => null, (e) => e);
    assert.equal(err?.code, 'Neo.TransientError.General.MemoryPoolOutOfMemoryError');
  } finally {
    await session.close();
  }
  assert.equal(attempts, 1);
  assert.ok(Date.now() - t0 < 3000);
  // Without failFastOnMemory the driver keeps retrying it (the old behaviour): it is "transient".
  assert.equal(Neo4jError.isRetriable(outOfMemory()), true);
});

test('the message should say memory ran out and what to do', () => {
  const said = toStoreError(outOfMemory(), { uri: store.uri, user: store.user, database: store.database, during: 'the load' });
  assert.ok(said instanceof StoreError);
  assert.match(said.message, /ran out of the memory it allows one transaction or query \(during the load\)/);
  assert.match(said.hint ?? '', /--batch-size/);
});
