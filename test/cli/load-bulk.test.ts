/**
 * `actorgraph load --bulk` through the real CLI, the refusals that need no server: it imports
 * only into the local server's store (NEO4J_HOME, NEO4J_PORT), never --replace. The import itself
 * is tested against real Neo4j in test/store/bulk.int.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './_cli.js';

const TRIPLES = 'test/fixtures/store/triples-a.jsonl';

test('load --bulk should refuse a server that is not the local one, and --replace, before reading anything', async () => {
  const table: Array<[string[], NodeJS.ProcessEnv, number, RegExp]> = [
    [['--uri', 'bolt://db.example.org:7687'], {}, 1, /--bulk imports into the store of the local server .* not into bolt:\/\/db\.example\.org:7687/],
    [['--uri', 'bolt://127.0.0.1:7999'], { NEO4J_PORT: '7998' }, 1, /not into bolt:\/\/127\.0\.0\.1:7999/],
    [['--uri', 'bolt://127.0.0.1:7999', '--database', 'news'], { NEO4J_PORT: '7999' }, 1, /default database "neo4j", not "news"/],
    [['--replace'], {}, 1, /--bulk writes a new database, so --replace has nothing to replace/],
  ];
  for (const [args, env, code, want] of table) {
    const r = await runCli(['load', TRIPLES, '--bulk', ...args], { NEO4J_URI: '', ...env });
    assert.equal(r.code, code, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, want, args.join(' '));
  }
});
