/**
 * actorgraph/store/bulk/chunks — a stream of documents and triples cut into the chunks `load`
 * writes one at a time (store/load.ts loadHeld: a chunk ends when it holds `size` triples or
 * `size` documents), so the bulk path merges exactly what the loader merges, chunk for chunk.
 */
import type { Doc, Triple } from '../../types.js';
import type { SourceItem } from '../sources.js';

export interface Chunk { triples: Triple[]; docs: Map<string, Doc> }

export async function* chunksOf(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, size: number): AsyncGenerator<Chunk> {
  let chunk: Chunk = { triples: [], docs: new Map() };
  for await (const item of items) {
    if (item.doc) chunk.docs.set(item.doc.id, item.doc);
    if (item.triple) chunk.triples.push(item.triple);
    if (chunk.triples.length >= size || chunk.docs.size >= size) { yield chunk; chunk = { triples: [], docs: new Map() }; }
  }
  if (chunk.triples.length || chunk.docs.size) yield chunk;
}
