import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureTable, Perceptron } from '../../src/nlp/perceptron.js';
import { alignedBody, decodeModels, encodeModels } from '../../src/nlp/model-file.js';
import { feat, hashString } from '../../src/nlp/hash.js';
import { InputError } from '../../src/errors.js';

test('the feature table keeps row numbers through growth', () => {
  const t = new FeatureTable(4);
  const keys = Array.from({ length: 5000 }, (_, i) => feat(1, i));
  keys.forEach((k, i) => assert.equal(t.add(k), i));
  keys.forEach((k, i) => assert.equal(t.get(k), i));
  assert.equal(t.get(feat(2, 1)), -1);
  assert.deepEqual(Array.from(t.keysByRow()), keys);
});

test('features are never 0 and differ by template and value', () => {
  const seen = new Set<number>();
  for (let tpl = 0; tpl < 50; tpl++) for (let v = 0; v < 200; v++) {
    const f = feat(tpl, v, v >> 1);
    assert.notEqual(f, 0);
    seen.add(f);
  }
  assert.equal(seen.size, 50 * 200);
  assert.notEqual(hashString('Iran'), hashString('iran'));
});

/** A toy task: class = which of three words is present. */
function toy(): Perceptron {
  const p = new Perceptron(3);
  const f = new Uint32Array(2);
  const scores = new Float64Array(3);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (let y = 0; y < 3; y++) {
      f[0] = feat(0, 1); // bias
      f[1] = feat(1, y + 100);
      p.score(f, 2, scores);
      let guess = 0;
      for (let k = 1; k < 3; k++) if (scores[k] > scores[guess]) guess = k;
      p.update(f, 2, y, guess);
      p.tick();
    }
  }
  return p;
}

test('the averaged perceptron learns a separable task, and the averaged model agrees', () => {
  const m = toy().average();
  const f = new Uint32Array(2);
  const out = new Float64Array(3);
  for (let y = 0; y < 3; y++) {
    f[0] = feat(0, 1);
    f[1] = feat(1, y + 100);
    m.score(f, 2, out);
    assert.equal(out.indexOf(Math.max(...out)), y);
  }
});

test('training is deterministic: the same updates give the same bytes', () => {
  const a = encodeModels({ v: 1 }, { m: toy().average() });
  const b = encodeModels({ v: 1 }, { m: toy().average() });
  assert.ok(a.equals(b));
});

test('a model survives the file round trip (int16 weights within one step of the scale)', () => {
  const m = toy().average();
  const { meta, models } = decodeModels<{ v: number }>(encodeModels({ v: 7 }, { m }));
  assert.equal(meta.v, 7);
  const back = models.m;
  assert.equal(back.nClasses, 3);
  assert.equal(back.table.size, m.table.size);
  const max = Math.max(...m.weights.map(Math.abs));
  for (const k of m.table.keysByRow()) {
    const r1 = m.table.get(k), r2 = back.table.get(k);
    for (let c = 0; c < 3; c++) assert.ok(Math.abs(m.weightAt(r1, c) - back.weightAt(r2, c)) <= max / 32767);
  }
  // the loaded (int16, packed) model scores as the float one does
  const f = Uint32Array.from(m.table.keysByRow());
  const a = new Float64Array(3), b = new Float64Array(3);
  m.score(f, f.length, a);
  back.score(f, f.length, b);
  for (let c = 0; c < 3; c++) assert.ok(Math.abs(a[c] - b[c]) <= (f.length * max) / 32767);
  // and writing it back gives the same bytes
  assert.ok(encodeModels({ v: 7 }, { m: back }).equals(encodeModels({ v: 7 }, { m })));
});

test('pruning drops rows whose weights are all small', () => {
  const p = toy();
  assert.ok(p.average(1e9).table.size === 0);
  assert.ok(p.average(0).table.size > 0);
});

test('a damaged model file is refused with its name', () => {
  assert.throws(() => decodeModels(Buffer.from('not gzip'), 'data/models/x.bin'), (e: unknown) => e instanceof InputError && /data\/models\/x\.bin/.test(e.message));
});

test('a model body is viewed in place when 4-aligned, copied when not (typed arrays need the alignment)', () => {
  const whole = Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  // [buffer, start, shares memory with it, the bytes]
  const cases: Array<[Buffer, number, boolean, number[]]> = [
    [whole, 4, true, [4, 5, 6, 7, 8, 9, 10, 11]],
    [whole.subarray(1), 3, true, [4, 5, 6, 7, 8, 9, 10, 11]],
    [whole.subarray(1), 4, false, [5, 6, 7, 8, 9, 10, 11]],
  ];
  for (const [buf, start, shared, bytes] of cases) {
    const body = alignedBody(buf, start);
    assert.deepEqual([...body], bytes);
    assert.equal(body.buffer === buf.buffer, shared);
    assert.equal(body.byteOffset % 4 === 0 || !shared, true);
    new Uint32Array(body.buffer, body.byteOffset, 1); // (throws when unaligned)
  }
});
