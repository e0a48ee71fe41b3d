/**
 * The README's analyst queries, run as printed there (through bash, so the quoting a reader copies
 * is the quoting tested) against the seed article loaded into the real Neo4j: each must print
 * exactly the output the README shows. Why: the extractor's rules change, and the README's examples
 * drifted from what the tool prints (found twice); this keeps them true.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { closeStore, type Store } from '../../src/store/connection.js';
import { loadInputs } from '../../src/store/load.js';
import { clearGraph, openTestStore } from '../store/_helpers.js';

interface Example { command: string; output: string }

/** Code blocks that start with `$ npx actorgraph query`: the command (to its last continued or quoted line), then the output. */
function readmeQueries(markdown: string): Example[] {
  const out: Example[] = [];
  for (const block of markdown.split('```').filter((_, i) => i % 2 === 1)) {
    const lines = block.replace(/^\n/, '').replace(/\n$/, '').split('\n');
    if (!lines[0]?.startsWith('$ npx actorgraph query ')) continue;
    let i = 0, command = '';
    const open = () => ((command.match(/(?<!\\)"/g) ?? []).length % 2 === 1) || command.endsWith('\\');
    do { command += (i ? '\n' : '') + lines[i++]; } while (i < lines.length && open());
    out.push({ command: command.slice(2), output: lines.slice(i).join('\n') });
  }
  return out;
}

const examples = readmeQueries(readFileSync('README.md', 'utf8'));
let store: Store;
before(async () => {
  store = await openTestStore();
  await clearGraph(store);
  await loadInputs(store, ['data/seed']);
});
after(async () => { await closeStore(store); });

test('it should find the README\'s query examples', () => {
  assert.ok(examples.length >= 5, `found ${examples.length}`);
});

for (const ex of examples) {
  test(`it should print what the README shows for: ${ex.command.split('\n')[0].slice(0, 70)}`, () => {
    const script = `actorgraph() { "${process.execPath}" --import tsx src/cli/main.ts "$@"; }\n${ex.command.replace(/^npx actorgraph/, 'actorgraph')}`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: process.env });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.replace(/\r\n/g, '\n').trimEnd(), ex.output.trimEnd()); // CSV rows end in CRLF (RFC 4180)
  });
}
