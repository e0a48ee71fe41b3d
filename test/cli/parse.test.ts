import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './_cli.js';
import { readConllu } from '../../src/nlp/conllu.js';

const dir = mkdtempSync(join(tmpdir(), 'ag-parse-'));

// Our own sentences, with a multiword token and an empty node that must come back untouched.
const GOLD = [
  '# sent_id = ours-1',
  '# text = Rebels didn\'t attack Kabul.',
  '1\tRebels\trebel\tNOUN\tNNS\t_\t4\tnsubj\t_\t_',
  '2-3\tdidn\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '4\tattack\tattack\tVERB\tVB\t_\t0\troot\t_\t_',
  '4.1\tseize\tseize\tVERB\tVB\t_\t_\t_\t4:conj\t_',
  '5\tKabul\tKabul\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No',
  '6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '# sent_id = ours-2',
  '1\tMaria\tMaria\tPROPN\tNNP\t_\t2\tnsubj\t_\t_',
  '2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\tParis\tParis\tPROPN\tNNP\t_\t2\tobj\t_\t_',
  '',
].join('\n') + '\n';

test('parse --input conllu keeps every line but UPOS, HEAD, DEPREL and MISC NE', async () => {
  const file = join(dir, 'gold.conllu');
  writeFileSync(file, GOLD);
  const r = await runCli(['parse', '--input', 'conllu', file]);
  assert.equal(r.code, 0, r.stderr);
  const inLines = GOLD.trimEnd().split('\n');
  const outLines = r.stdout.trimEnd().split('\n');
  assert.equal(outLines.length, inLines.length);
  inLines.forEach((line, i) => {
    const a = line.split('\t'), b = outLines[i].split('\t');
    if (a.length !== 10 || !/^\d+$/.test(a[0])) return assert.equal(outLines[i], line, `line ${i + 1} must pass through`);
    for (const c of [0, 1, 2, 4, 5, 8]) assert.equal(b[c], a[c], `line ${i + 1} column ${c + 1}`);
  });
  const [s1, s2] = readConllu(r.stdout);
  // every word has a head inside the sentence and exactly one root
  for (const s of [s1, s2]) assert.equal(s.words.filter((w) => w.head === 0 && w.deprel === 'root').length, 1);
  assert.equal(s1.words[3].deprel, 'root', 'attack is the root');
  assert.equal(s1.words[0].head, 4);
  assert.equal(s1.words[0].deprel, 'nsubj');
  assert.equal(s1.words[4].misc.includes('SpaceAfter=No'), true, 'other MISC entries stay');
});

test('parse of text writes one tree per sentence with offsets into the text', async () => {
  const file = join(dir, 'news.txt');
  const text = 'Russia signed a treaty with Belarus.\n\nThe talks were held in Minsk.';
  writeFileSync(file, text);
  const out = join(dir, 'news.conllu');
  const r = await runCli(['parse', file, '-o', out, '-q']);
  assert.equal(r.code, 0, r.stderr);
  const s = readConllu(readFileSync(out, 'utf8'));
  assert.equal(s.length, 2);
  assert.ok(s[0].comments.includes('# text = Russia signed a treaty with Belarus.'));
  for (const sent of s) {
    for (const w of sent.words) {
      const [a, b] = /TokenRange=(\d+):(\d+)/.exec(w.misc)!.slice(1).map(Number);
      assert.equal(text.slice(a, b), w.form);
    }
  }
  const signed = s[0].words.find((w) => w.form === 'signed')!;
  assert.equal(signed.deprel, 'root');
  assert.equal(s[0].words.find((w) => w.form === 'Russia')!.deprel, 'nsubj');
  assert.equal(s[0].words.find((w) => w.form === 'treaty')!.deprel, 'obj');
  assert.equal(s[1].words.find((w) => w.form === 'talks')!.deprel, 'nsubj:pass');
});

test('a malformed CoNLL-U line is named by file:line, and the good file is still written', async () => {
  const bad = join(dir, 'bad.conllu');
  writeFileSync(bad, '1\tOne\tone\tNUM\tCD\t_\t0\troot\t_\t_\n2\tbroken line\n');
  const good = join(dir, 'good.conllu');
  writeFileSync(good, GOLD);
  const r = await runCli(['parse', '--input', 'conllu', bad, good]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: expected 10 tab-separated columns, found 2`));
  assert.equal(readConllu(r.stdout).length, 2, 'the good file is parsed');
});

test('a missing input file is an error naming it, exit 1', async () => {
  const r = await runCli(['parse', '--input', 'conllu', join(dir, 'nope.conllu')]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /nope\.conllu/);
});

test('parse reads CoNLL-U and text from stdin when given -', async () => {
  const { spawnSync } = await import('node:child_process');
  const run = (args: string[], input: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { input, encoding: 'utf8' });
  const c = run(['parse', '--input', 'conllu', '-', '-q'], GOLD);
  assert.equal(c.status, 0, c.stderr);
  assert.equal(readConllu(c.stdout).length, 2);
  const t = run(['parse', '-', '-q'], 'Rebels attacked the town.');
  assert.equal(t.status, 0, t.stderr);
  assert.deepEqual(readConllu(t.stdout)[0].words.map((w) => w.form), ['Rebels', 'attacked', 'the', 'town', '.']);
});
