/** `actorgraph query` command module: options and failure path, no Neo4j needed. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import yargs from 'yargs';
import { query } from '../../src/cli/commands/query.js';
import { neo4jSettings } from '../../src/cli/options.js';
import { StoreError } from '../../src/errors.js';

test('it should let flags win over the environment, and the environment over defaults', () => {
  const env = { NEO4J_URI: 'bolt://env:7687', NEO4J_PASSWORD: 'envpw', NEO4J_DATABASE: 'envdb' };
  assert.deepEqual(neo4jSettings({ uri: 'bolt://flag:7687' }, env), {
    uri: 'bolt://flag:7687', user: 'neo4j', password: 'envpw', database: 'envdb', batchSize: 2000,
  });
  assert.equal(neo4jSettings({}, {}).uri, 'bolt://127.0.0.1:7687');
  assert.equal(neo4jSettings({ password: '' }, env).password, '');
});

test('it should reject an unknown --format before connecting', async () => {
  await assert.rejects(
    async () => yargs().command(query).strict().fail(false).parseAsync(['query', 'RETURN 1', '--format', 'xml']),
    /Invalid values|Choices/,
  );
});

test('it should fail with a StoreError that says how to start Neo4j when none runs', async () => {
  await assert.rejects(
    async () => yargs().command(query).fail(false).parseAsync(['query', 'RETURN $n AS n', '--param', 'n=5', '--uri', 'bolt://127.0.0.1:9']),
    (err: unknown) => err instanceof StoreError && /cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9/.test(err.message) && /neo4j:start/.test(err.message),
  );
});

test('it should refuse a malformed --param before connecting', async () => {
  await assert.rejects(
    async () => yargs().command(query).fail(false).parseAsync(['query', 'RETURN 1', '--param', 'novalue', '--uri', 'bolt://127.0.0.1:9']),
    /name=value/,
  );
});
