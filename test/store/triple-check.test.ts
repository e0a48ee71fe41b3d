/** store/triple-check: what load refuses per record before Neo4j sees it. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tripleProblem } from '../../src/store/triple-check.js';

const t = (over: { id?: string; s?: string; o?: string; type?: string; doc?: string } = {}) => ({
  id: over.id ?? 't1', subject: { id: over.s ?? 'RUS' }, object: { id: over.o ?? 'BLR' }, relation: { type: over.type ?? 'MEET' }, evidence: { doc: over.doc ?? 'd' },
});

test('tripleProblem should pass a good triple and name what is wrong with a bad one', () => {
  const table: Array<[string, ReturnType<typeof t>, RegExp | null]> = [
    ['good', t(), null],
    ['reserved IN', t({ type: 'IN' }), /relation\.type "IN" is reserved/],
    ['lower case type', t({ type: 'meet' }), /not an UPPER_SNAKE name/],
    ['Cypher in the type', t({ type: 'X]->() DETACH DELETE (n' }), /not an UPPER_SNAKE name/],
    ['long triple id', t({ id: 'x'.repeat(8001) }), /^id is 8001 bytes, longer than the 8000/],
    ['long subject id (multi-byte)', t({ s: 'é'.repeat(4001) }), /^subject\.id is 8002 bytes/],
    ['long document id', t({ doc: 'd'.repeat(9000) }), /^evidence\.doc is 9000 bytes/],
    ['id at the limit', t({ o: 'o'.repeat(8000) }), null],
  ];
  for (const [name, triple, want] of table) {
    const got = tripleProblem(triple, 8000);
    if (want === null) assert.equal(got, undefined, name);
    else assert.match(got ?? '', want, name);
  }
});
