/** Fixture triples for graph tests: test/fixtures/viz/seed-triples.jsonl (triples + doc records). */
import { readFileSync } from 'node:fs';
import type { Doc, Triple } from '../../src/types.js';

export function seedFixture(): { triples: Triple[]; docs: Doc[] } {
  const recs = readFileSync(new URL('../fixtures/viz/seed-triples.jsonl', import.meta.url), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  return { triples: recs.filter((r) => r.subject), docs: recs.filter((r) => !r.subject).map((d) => ({ text: '', ...d })) };
}
