/**
 * Shared by the extraction tests: run the extractor on a sentence, print a triple compactly, and
 * find the triple a table row expects (failing with everything that did come out).
 */
import assert from 'node:assert/strict';
import { extractTriples } from '../../src/extract/index.ts';
import type { Triple } from '../../src/types.ts';

export const run = (text: string): Triple[] => extractTriples({ id: 't', text });

/** "RUS -COOPERATE_WITH-> BLR"; a concept object by its name. */
export const show = (t: Triple): string => `${t.subject.id} -${t.relation.type}-> ${t.object.type === 'other' ? t.object.name : t.object.id}`;

/** The triple that reads `want` (by `fmt`); fails listing every triple when none does. */
export function findTriple(ts: Triple[], want: string, fmt: (t: Triple) => string = show): Triple {
  const hit = ts.find((t) => fmt(t) === want);
  assert.ok(hit, `got: ${ts.map(fmt).join(' | ') || '(nothing)'}`);
  return hit;
}
