/**
 * parallel/extract-stream: the same triples, byte for byte, with 1 thread (in process) and with 2
 * worker threads; shards whose outputs, concatenated, are the whole run's triples as a multiset;
 * a document the extractor fails on gives the same ExtractionError, naming it, in a worker as in
 * process, and the others are still extracted.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractStream, type DocResult } from '../../src/parallel/extract-stream.ts';
import { resolveSettings, type Settings } from '../../src/settings.ts';
import { ExtractionError } from '../../src/errors.ts';
import type { Shard } from '../../src/parallel/shard.ts';
import { corpus, stream } from './_corpus.ts';

const DOCS = corpus(20);

async function collect(opts: { workers: number; shard?: Shard; settings?: Settings }): Promise<DocResult[]> {
  const out: DocResult[] = [];
  for await (const r of extractStream(stream(DOCS), { settings: opts.settings ?? resolveSettings(), workers: opts.workers, shard: opts.shard })) out.push(r);
  return out;
}
const lines = (rs: DocResult[]) => rs.flatMap((r) => ('items' in r ? r.items.map((t) => JSON.stringify(t)) : [`error ${r.error.message}`]));

describe('extractStream', () => {
  let one: DocResult[];

  it('gives byte-identical output with 1 and 2 threads, every document in input order', async () => {
    one = await collect({ workers: 1 });
    const two = await collect({ workers: 2 });
    assert.deepEqual(two.map((r) => r.doc.id), DOCS.map((d) => d.id));
    assert.ok(lines(one).length > 40, `the corpus gives triples (${lines(one).length})`);
    assert.equal(lines(two).join('\n'), lines(one).join('\n'));
  });

  it('splits the documents over shards 1/3, 2/3, 3/3 whose triples together are the whole run\'s', async () => {
    const parts: DocResult[][] = [];
    for (const index of [1, 2, 3]) parts.push(await collect({ workers: index === 2 ? 2 : 1, shard: { index, count: 3 } }));
    for (const p of parts) assert.ok(p.length > 0 && p.length < DOCS.length, 'each shard holds some documents');
    assert.deepEqual(parts.flat().map((r) => r.doc.id).sort(), DOCS.map((d) => d.id), 'each document in exactly one shard');
    assert.deepEqual(parts.flatMap(lines).sort(), lines(one).sort());
  });

  it('reports a failing document as the same ExtractionError in a worker as in process, naming it', async () => {
    // (a user dictionary entry without a name makes the gazetteer merge throw on every document)
    const broken = resolveSettings({ actors: { files: ['x.csv'], actors: [{ id: 'X' } as never] } });
    const [a, b] = [await collect({ workers: 1, settings: broken }), await collect({ workers: 2, settings: broken })];
    assert.equal(a.length, DOCS.length);
    for (const [i, r] of b.entries()) {
      assert.ok('error' in r && r.error instanceof ExtractionError);
      assert.equal(r.error.doc, DOCS[i].id);
      assert.match(r.error.message, new RegExp(`^actorgraph/extract: ${DOCS[i].id}: extraction failed: `));
      assert.equal(r.error.message, (a[i] as { error: ExtractionError }).error.message);
    }
  });
});
