/**
 * actorgraph/page/graph-file — graph.json written a node, an edge, an evidence record at a time.
 *
 * Why not JSON.stringify(graph.export()): for a 200 MB corpus that one string passes V8's
 * longest string (~512 MB: "Invalid string length") and, before that, holds the whole file in
 * memory twice. The bytes written are the same as JSON.stringify(toJSON(g)) gives (graphology's
 * export format, keys in its order), so any graphology tool still reads the file.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { ActorGraphError } from '../errors.js';
import type { ActorGraph } from '../graph/build.js';

const isEmpty = (o: object): boolean => { for (const _ in o) return false; return true; };

/** Writes strings to a file, waiting for "drain" when the stream's buffer is full. */
class Sink {
  private failure: Error | null = null;
  private constructor(private readonly out: ReturnType<typeof createWriteStream>, private readonly file: string) {
    out.on('error', (e) => { this.failure = e; });
  }

  static async open(file: string): Promise<Sink> {
    const out = createWriteStream(file);
    try { await once(out, 'open'); } catch (e) { throw new ActorGraphError(`actorgraph/output: cannot write ${file}: ${(e as Error).message}`, 'Check that the folder exists and is writable.'); }
    return new Sink(out, file);
  }

  private buf = '';

  /** Buffered to ~64 KiB a write: one stream write per evidence record would be slow. */
  async write(s: string): Promise<void> {
    this.buf += s;
    if (this.buf.length >= 1 << 16) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.error();
    const chunk = this.buf;
    this.buf = '';
    if (chunk && !this.out.write(chunk)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    await this.flush().catch(() => {});
    this.out.end();
    await once(this.out, 'finish').catch(() => {});
    if (this.failure) throw this.error();
  }

  private error(): ActorGraphError {
    return new ActorGraphError(`actorgraph/output: cannot write ${this.file}: ${this.failure!.message}`, 'Check the disk space and permissions.');
  }
}

/** `{"a":1,"b":{…}}` with the members of `big` written one by one. */
async function writeObject(sink: Sink, o: Record<string, unknown>, big: Record<string, Record<string, unknown>>): Promise<void> {
  let first = true;
  await sink.write('{');
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    await sink.write(`${first ? '' : ','}${JSON.stringify(k)}:`);
    first = false;
    if (!(k in big)) { await sink.write(JSON.stringify(v)); continue; }
    let inner = true;
    await sink.write('{');
    for (const [ik, iv] of Object.entries(big[k])) {
      if (iv === undefined) continue;
      await sink.write(`${inner ? '' : ','}${JSON.stringify(ik)}:${JSON.stringify(iv)}`);
      inner = false;
    }
    await sink.write('}');
  }
  await sink.write('}');
}

/**
 * @example await writeGraphJson(g, 'out/graph.json') // same bytes as JSON.stringify(toJSON(g))
 */
export async function writeGraphJson(g: ActorGraph, file: string): Promise<void> {
  const sink = await Sink.open(file);
  try {
    await sink.write(`{"options":${JSON.stringify({ type: g.type, multi: g.multi, allowSelfLoops: g.allowSelfLoops })},"attributes":`);
    const attrs = g.getAttributes() as unknown as Record<string, unknown>;
    await writeObject(sink, attrs, { evidence: (attrs.evidence ?? {}) as Record<string, unknown>, docs: (attrs.docs ?? {}) as Record<string, unknown> } as Record<string, Record<string, unknown>>);
    await sink.write(',"nodes":[');
    let first = true;
    for (const { node, attributes } of g.nodeEntries()) {
      await sink.write(`${first ? '' : ','}${JSON.stringify(isEmpty(attributes) ? { key: node } : { key: node, attributes })}`);
      first = false;
    }
    await sink.write('],"edges":[');
    first = true;
    for (const { edge, source, target, attributes, undirected } of g.edgeEntries()) {
      const e: Record<string, unknown> = { key: edge, source, target };
      if (!isEmpty(attributes)) e.attributes = attributes;
      if (undirected) e.undirected = true;
      await sink.write(`${first ? '' : ','}${JSON.stringify(e)}`);
      first = false;
    }
    await sink.write(']}');
  } finally {
    await sink.close();
  }
}
