/** JsonlWriter: one JSON object a line, waiting on a slow reader instead of buffering. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JsonlWriter } from '../../src/io/jsonl-writer.ts';

describe('JsonlWriter', () => {
  it('should wait for drain: never more than highWaterMark + one line buffered', async () => {
    const got: string[] = [];
    let maxBuffered = 0;
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk, _enc, cb) { got.push(chunk.toString()); setTimeout(cb, 1); },
    });
    const w = JsonlWriter.toStream(slow, 'slow');
    for (let i = 0; i < 50; i++) {
      await w.write({ i, pad: 'x'.repeat(40) });
      maxBuffered = Math.max(maxBuffered, slow.writableLength);
    }
    await w.close();
    assert.ok(maxBuffered < 64 + 60, `buffered ${maxBuffered} bytes`);
    assert.deepEqual(got.join('').trim().split('\n').map((l) => JSON.parse(l).i), Array.from({ length: 50 }, (_, i) => i));
  });

  it('should write a file, one valid JSON object a line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'actorgraph-writer-'));
    try {
      const w = await JsonlWriter.toFile(join(dir, 'out.jsonl'));
      await w.write({ a: 1 });
      await w.write({ b: 'line\nbreak' });
      await w.close();
      assert.equal(await readFile(join(dir, 'out.jsonl'), 'utf8'), '{"a":1}\n{"b":"line\\nbreak"}\n');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('should fail at open, with a hint, when the folder does not exist', async () => {
    await assert.rejects(JsonlWriter.toFile('/nonexistent-folder/out.jsonl'), /actorgraph\/output: cannot write \/nonexistent-folder\/out\.jsonl/);
  });
});
