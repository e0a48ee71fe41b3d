/** store/connection: openStore verifies at once and explains each failure in one line. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { closeStore, openStore } from '../../src/store/connection.js';
import { StoreError } from '../../src/errors.js';
import { testSettings } from './_helpers.js';

/** A port with nothing listening on it. */
async function deadPort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}

test('it should open and close a store with the right settings', async () => {
  const store = await openStore(testSettings());
  assert.equal(store.database, testSettings().database);
  await closeStore(store);
});

test('it should tell how to start Neo4j when nothing listens at the URI', async () => {
  const uri = `bolt://127.0.0.1:${await deadPort()}`;
  await assert.rejects(openStore({ ...testSettings(), uri }), (err: unknown) =>
    err instanceof StoreError && err.message.includes(`cannot reach Neo4j at ${uri}`) && /npm run neo4j:start/.test(err.message));
});

test('it should say the password was refused, and where to set it', async () => {
  await assert.rejects(openStore({ ...testSettings(), password: 'not-the-password' }), (err: unknown) =>
    err instanceof StoreError && err.code === 'Neo.ClientError.Security.Unauthorized' && /--password/.test(err.message));
});

test('it should name a database that does not exist', async () => {
  await assert.rejects(openStore({ ...testSettings(), database: 'nosuchdb' }), (err: unknown) =>
    err instanceof StoreError && /database "nosuchdb" does not exist/.test(err.message) && /--database/.test(err.message));
});

test('it should reject a malformed URI as a StoreError', async () => {
  await assert.rejects(openStore({ ...testSettings(), uri: 'http//nope' }), StoreError);
});
