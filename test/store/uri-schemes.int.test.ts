/**
 * store/connection takes every URI scheme of the Neo4j driver: bolt:// (one server, direct),
 * neo4j:// (routing: the driver asks the server for its routing table, as a cluster or Aura
 * needs), and their TLS forms bolt+s:// / neo4j+s:// (certificates checked, Aura's) and +ssc
 * (self-signed accepted). Checked against the real local server: neo4j:// works on a single
 * server too; a TLS scheme against a server without TLS fails with a StoreError, not a crash.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeStore, openStore } from '../../src/store/connection.js';
import { runQuery } from '../../src/store/read.js';
import { StoreError } from '../../src/errors.js';
import { testSettings } from './_helpers.js';

const hostPort = testSettings().uri.replace(/^[a-z+]+:\/\//, '');

for (const scheme of ['bolt', 'neo4j']) {
  test(`it should open a store and run a query through ${scheme}://`, async () => {
    const store = await openStore({ ...testSettings(), uri: `${scheme}://${hostPort}` });
    try {
      const r = await runQuery(store, 'RETURN 1 + 1 AS n');
      assert.equal(Number(r.rows[0].n), 2);
    } finally {
      await closeStore(store);
    }
  });
}

for (const scheme of ['bolt+s', 'neo4j+s', 'neo4j+ssc']) {
  test(`it should accept the ${scheme}:// scheme and report a server without TLS as a StoreError`, async () => {
    await assert.rejects(openStore({ ...testSettings(), uri: `${scheme}://${hostPort}` }, { connectTimeoutMs: 3000, maxRetryMs: 1000 }),
      (err: unknown) => err instanceof StoreError && !/Unknown scheme/i.test(err.message) && err.message.includes(`${scheme}://${hostPort}`));
  });
}

test('it should refuse a scheme the driver does not know, naming it', async () => {
  await assert.rejects(openStore({ ...testSettings(), uri: `http://${hostPort}` }), (err: unknown) => err instanceof StoreError && /http/.test(err.message));
});
