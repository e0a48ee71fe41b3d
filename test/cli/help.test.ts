/** The CLI's help and usage errors, as a new user meets them (real CLI in a child process). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './_cli.js';

test('help should show default values, not internal setting names', async () => {
  const table: Array<[string[], RegExp[]]> = [
    [['build', '--help'], [/--seed .*\(default: actorgraph\)/, /--cap .*\(default: 1500\)/, /--show .*\(default: 50\)/]],
    [['serve', '--help'], [/--cap .*\(default: 1500\)/]],
  ];
  for (const [args, want] of table) {
    const r = await runCli(args);
    assert.equal(r.code, 0);
    assert.doesNotMatch(r.stdout, /settings\./, args.join(' '));
    for (const w of want) assert.match(r.stdout.replace(/\s+/g, ' '), w, args.join(' '));
  }
});

test('neo4j --help should name the environment it reads, NEO4J_HOME among it', async () => {
  const r = await runCli(['neo4j', '--help']);
  assert.equal(r.code, 0);
  for (const v of ['NEO4J_PORT', 'NEO4J_HOME', 'NEO4J_PASSWORD']) assert.match(r.stdout, new RegExp(v));
});

test('no command should list every command; a misspelt one should get a suggestion and exit 2', async () => {
  const none = await runCli([]);
  assert.equal(none.code, 2);
  for (const c of ['extract', 'parse', 'build', 'export', 'load', 'remove', 'query', 'serve', 'neo4j']) assert.match(none.stderr, new RegExp(`\\b${c}\\b`), c);
  const typo = await runCli(['biuld', 'x']);
  assert.equal(typo.code, 2);
  assert.match(typo.stderr, /unknown command "biuld"\. Did you mean build\?/);
});
