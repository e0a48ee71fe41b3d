import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { Config, LEFT, moveCosts, oracleParse, RIGHT, SHIFT } from '../../src/nlp/arc-hybrid.js';
import { isProjective, readTreebank } from '../../src/nlp/train/corpus.js';

/** Heads as written in CoNLL-U (1-based, 0 = root) → the parser's (0-based, n = ROOT). */
const heads = (h: number[]) => Int32Array.from(h, (x) => (x === 0 ? h.length : x - 1));

// Trees of our own: [sentence, CoNLL-U heads]
const TREES: [string, number[]][] = [
  ['Russia signed a treaty with Belarus .', [2, 0, 4, 2, 6, 2, 2]],
  ['The minister , who resigned , denied it .', [2, 7, 5, 5, 2, 5, 0, 7, 7]],
  ['Rebels attacked .', [2, 0, 2]],
  ['Go', [0]],
  ['He said that troops would leave soon', [2, 0, 6, 6, 6, 2, 6]],
];

for (const [text, h] of TREES) {
  test(`the oracle replays a gold tree into itself: "${text}"`, () => {
    const gold = heads(h);
    const labels = Int32Array.from(gold, (_, i) => i + 10);
    const c = oracleParse(gold, labels);
    assert.deepEqual(Array.from(c.heads), Array.from(gold));
    assert.deepEqual(Array.from(c.labels), Array.from(labels));
  });
}

test('ROOT takes exactly one word: LEFT onto ROOT only with one word left on the stack', () => {
  const c = new Config(2);
  c.apply(SHIFT, 0);
  c.apply(SHIFT, 0);
  assert.equal(c.b, 2);
  assert.equal(c.legal(SHIFT), false);
  assert.equal(c.legal(LEFT), false, 'two words on the stack: ROOT may not take s0');
  assert.equal(c.legal(RIGHT), true);
  c.apply(RIGHT, 1);
  assert.equal(c.legal(LEFT), true);
  c.apply(LEFT, 2);
  assert.ok(c.terminal());
  assert.deepEqual(Array.from(c.heads), [2, 0]);
});

test('the dynamic oracle charges a move for each gold arc it makes unreachable', () => {
  // "Rebels attacked ." : Rebels <- attacked -> .
  const gold = heads([2, 0, 2]);
  const c = new Config(3);
  const costs = new Float64Array(3);
  c.apply(SHIFT, 0); // stack [Rebels], b0 = attacked
  moveCosts(c, gold, costs);
  assert.equal(costs[LEFT], 0, 'attacked heads Rebels');
  assert.equal(costs[SHIFT], 1, 'shifting attacked loses Rebels <- attacked');
  assert.equal(costs[RIGHT], Infinity, 'illegal with one word on the stack');
  c.apply(SHIFT, 0); // wrong: stack [Rebels, attacked]
  moveCosts(c, gold, costs);
  assert.equal(costs[RIGHT], 2, 'attacked would lose its own head (ROOT) and its dependent "." still in the buffer');
});

test('every projective tree of UD English EWT dev comes back from the oracle unchanged', (t) => {
  const file = '../shared/data/ud/en_ewt-ud-dev.conllu';
  if (!existsSync(file)) return t.skip(`${file} is absent (the shared UD folder is not beside the project)`);
  let checked = 0;
  for (const s of readTreebank(file)) {
    if (!isProjective(s.heads)) continue;
    const labels = Int32Array.from(s.heads, (_, i) => i);
    const c = oracleParse(s.heads, labels);
    assert.deepEqual(Array.from(c.heads), Array.from(s.heads), s.forms.join(' '));
    checked++;
  }
  assert.ok(checked > 1500, `only ${checked} projective trees`);
});

test('projectivity is detected', () => {
  assert.equal(isProjective(heads([2, 0, 2])), true);
  // 1 -> 3 crosses 2 -> 4
  assert.equal(isProjective(heads([3, 4, 0, 3])), false);
});
