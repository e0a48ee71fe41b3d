/**
 * "do" standing for another predicate tells no act the graph can name (src/extract/pro-verb.ts).
 * Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, findTriple, show } from './_triples.ts';

// [why, text]: no triple with the lemma "do"
const PRO: Array<[string, string]> = [
  ['"as he did in …", read by the chunk patterns', 'If Tom Vale jumps as well as he did in Lima, he could win the gold medal.'],
  ['"done well in …"', 'Tom Vale said he had done well in Lima.'],
  ['"everything he has done in …"', 'Ana Lopez praised everything Tom Vale has done in Peru.'],
  ['"do so in …" (a guard: nothing to name)', 'Zentrix said it feared it would not be able to do so in Peru.'],
];
for (const [why, text] of PRO) {
  test(`pro-verb: ${why}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.relation.lemma === 'do'), ts.map(show).join(' | '));
  });
}

// [why, text, triple]: "do" as a verb of its own
const OWN: Array<[string, string, string]> = [
  ['with a noun for its object', 'Tom Vale did a duet with Ana Lopez.', 'tom-vale -DO_DUET_WITH-> ana-lopez'],
  ['with the particle "away"', 'The Liberal Democrats want to do away with the council tax.', 'UK_LIBDEMS -DO_AWAY_WITH-> council tax'],
];
for (const [why, text, want] of OWN) {
  test(`pro-verb: "do" stays a verb ${why}`, () => { findTriple(run(text), want); });
}
