import { test } from 'node:test';
import assert from 'node:assert/strict';
import { miscGet, miscSet, readConllu, writeConllu } from '../../src/nlp/conllu.js';
import { InputError } from '../../src/errors.js';

// A sentence of our own with a multiword token ("don't") and an empty node.
const SAMPLE = [
  '# sent_id = ours-1',
  '# text = We don\'t trade.',
  '1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  '2-3\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_',
  '3.1\tsell\tsell\tVERB\tVB\t_\t_\t_\t4:conj\t_',
  '4\ttrade\ttrade\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_',
  '',
].join('\n') + '\n';

test('a file with ranges and empty nodes is written back byte for byte', () => {
  const s = readConllu(SAMPLE, 'ours.conllu');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0].words.map((w) => w.form), ['We', 'do', "n't", 'trade', '.']);
  assert.equal(s[0].words[0].head, 4);
  assert.equal(writeConllu(s), SAMPLE.replace(/\n+$/, '\n\n'));
});

test('filled columns are written on the same word lines, other lines untouched', () => {
  const [s] = readConllu(SAMPLE, 'ours.conllu');
  s.words[0].misc = miscSet(s.words[0].misc, 'NE', 'B-person');
  const out = writeConllu([s]).split('\n');
  assert.equal(out[2], '1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\tNE=B-person');
  assert.equal(out[3], "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_");
  assert.equal(out[6], '3.1\tsell\tsell\tVERB\tVB\t_\t_\t_\t4:conj\t_');
});

const BAD: [string, string, number, RegExp][] = [
  ['too few columns', '1\tHi\thi\tINTJ\n', 1, /expected 10 tab-separated columns, found 4/],
  ['ID out of sequence', '1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n', 2, /word ID 3 out of sequence/],
  ['HEAD not a number', '# c\n1\tA\ta\tX\tX\t_\tx\troot\t_\t_\n', 2, /HEAD "x" is not a number/],
  ['HEAD outside', '1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n2\tB\tb\tX\tX\t_\t7\tdep\t_\t_\n', 2, /HEAD 7 points outside/],
  ['bad ID', 'x\tA\ta\tX\tX\t_\t0\troot\t_\t_\n', 1, /ID "x"/],
  ['comment inside', '1\tA\ta\tX\tX\t_\t0\troot\t_\t_\n# late\n', 2, /comment line inside a sentence/],
];
for (const [name, text, line, msg] of BAD) {
  test(`a malformed line is named by file:line (${name})`, () => {
    assert.throws(() => readConllu(text, 'in.conllu'), (e: unknown) => {
      assert.ok(e instanceof InputError);
      assert.equal(e.line, line);
      assert.match(e.message, new RegExp(`in\\.conllu:${line}: `));
      assert.match(e.message, msg);
      return true;
    });
  });
}

test('MISC pairs are read, set and removed keeping the others in order', () => {
  assert.equal(miscGet('SpaceAfter=No|NE=B-place', 'NE'), 'B-place');
  assert.equal(miscGet('_', 'NE'), undefined);
  assert.equal(miscSet('_', 'NE', 'I-person'), 'NE=I-person');
  assert.equal(miscSet('NE=O|SpaceAfter=No', 'NE', 'B-person'), 'SpaceAfter=No|NE=B-person');
  assert.equal(miscSet('NE=B-person', 'NE', undefined), '_');
});
