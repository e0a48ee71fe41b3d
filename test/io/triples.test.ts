/** io/triples: a triples JSONL read record by record; every bad record named file:line, the rest yielded. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { headIsTriples, readTriplesJsonl, sniffTriples } from '../../src/io/triples.js';
import type { InputError } from '../../src/errors.js';
import { shardOf } from '../../src/parallel/shard.js';

const triple = (id: string) => ({ id, subject: { id: 'RUS' }, relation: { type: 'MEET' }, object: { id: 'BLR' }, evidence: { doc: 'd1' } });
const chunks = (...parts: (string | Buffer)[]) => Readable.from(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));

test('readTriplesJsonl should yield every good record and report each bad one with its line', async () => {
  const input = chunks(
    JSON.stringify(triple('t1')) + '\n',
    '{"id": "cut", "subject": \n',                                   // 2: not JSON
    Buffer.from('{"id":"nul\u0000"}\n'),                              // 3: NUL byte
    Buffer.from('{"id":"caf\xe9"}\n', 'latin1'),                      // 4: not UTF-8
    JSON.stringify({ ...triple('t5'), evidence: {} }) + '\n',         // 5: missing evidence.doc
    '[1, 2]\n',                                                       // 6: neither
    '\n',
    JSON.stringify({ id: 'doc-1', title: 'A title' }) + '\n',         // 8: a document record
    JSON.stringify(triple('t9')) + '\n',
  );
  // Bytes before line 4: lines 1-3 and their newlines.
  const before4 = Buffer.byteLength(JSON.stringify(triple('t1')) + '\n{"id": "cut", "subject": \n{"id":"nul\u0000"}\n');
  const errors: InputError[] = [];
  const items = [];
  for await (const it of readTriplesJsonl(input, 'f.jsonl', { onError: (e) => errors.push(e), maxRecordBytes: 1 << 20 })) items.push(it);
  assert.deepEqual(items.map((i) => ('triple' in i ? `t:${i.triple.id}@${i.line}` : `d:${i.doc.id}@${i.line}`)), ['t:t1@1', 'd:doc-1@8', 't:t9@9']);
  assert.deepEqual(errors.map((e) => [e.line, e.message.replace(/^actorgraph\/input: f\.jsonl:\d+: /, '').slice(0, 30)]), [
    [2, 'not JSON: Unexpected end of JS'],
    [3, 'binary data in the record (NUL'],
    [4, `invalid UTF-8 at byte ${before4 + 10} (0xe9)`.slice(0, 30)], // a byte offset in the file
    [5, 'not a triple: missing evidence'],
    [6, 'neither a triple nor a documen'],
  ]);
});

test('headIsTriples should look past a malformed first line, and sniffTriples should replay what it read', async () => {
  assert.equal(headIsTriples(Buffer.from(`{"broken\n${JSON.stringify(triple('t1'))}\n`)), true);
  assert.equal(headIsTriples(Buffer.from('{"id": "d", "text": "Russia met Belarus."}\n')), false);
  const { triples, all } = await sniffTriples(chunks(JSON.stringify(triple('a')) + '\n', JSON.stringify(triple('b')) + '\n'));
  assert.equal(triples, true);
  const text: string[] = [];
  for await (const c of all) text.push(Buffer.from(c).toString());
  assert.equal(text.join('').trim().split('\n').length, 2);
});

// --shard i/n on a triples file: a triple goes to the shard of its document (the hash documents read as text use).
const sharded = (n: number) => Array.from({ length: n }, (_, i) => ({ ...triple(`s${i}`), evidence: { doc: `doc-${i % 37}` } }));
for (const count of [1, 2, 3, 5]) {
  test(`readTriplesJsonl with --shard i/${count}: the shards' records concatenated should equal the whole file as a multiset`, async () => {
    // (every triple twice: a multiset, not a set, must come back)
    const records = [...sharded(300), ...sharded(300), ...Array.from({ length: 37 }, (_, i) => ({ id: `doc-${i}`, title: `T${i}` }))];
    const text = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const read = async (shard?: { index: number; count: number }) => {
      const out: string[] = [];
      for await (const it of readTriplesJsonl(chunks(text), 'f.jsonl', { onError: (e) => { throw e; }, maxRecordBytes: 1 << 20, shard })) {
        out.push('triple' in it ? `t ${it.triple.id} ${it.triple.evidence.doc}` : `d ${it.doc.id}`);
        // each record in the shard its document id hashes to
        if (shard) assert.equal(shardOf('triple' in it ? it.triple.evidence.doc : it.doc.id, count), shard.index);
      }
      return out;
    };
    const whole = await read();
    const parts = [];
    for (let i = 1; i <= count; i++) parts.push(await read({ index: i, count }));
    assert.equal(whole.length, records.length);
    assert.deepEqual(parts.flat().sort(), [...whole].sort());
    if (count > 1) for (const p of parts) assert.ok(p.length > 0 && p.length < whole.length, `every shard holds a part (${parts.map((x) => x.length).join(', ')})`);
  });
}
