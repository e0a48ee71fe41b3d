/**
 * The graph reading of a "to"-infinitive (src/extract/infinitive.ts): purpose clauses take the
 * main subject, verbs of asking or making hand the infinitive to their object, infinitives that
 * complete a noun ("an offer to mediate") or follow an expletive "it" make no triple, and every
 * inferred triple ranks below an explicit one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

const CASES: Array<[why: string, text: string, want: string, rule: string]> = [
  ['purpose: the main subject acts', 'France sent envoys to Mali to support the Malian army.', 'FRA -SUPPORT-> mli-army', 'infinitive'],
  ['object control: the object acts', 'Germany urged Russia to withdraw its troops from Georgia.', 'RUS -WITHDRAW_FROM-> GEO', 'infinitive:object+pp'],
  ['object control with "want"', 'Japan wants China to release the fishermen.', 'CHN -RELEASE-> fishermen', 'infinitive:object'],
];
for (const [why, text, want, rule] of CASES) {
  test(`infinitive: ${why}`, () => {
    const ts = run(text);
    const hit = findTriple(ts, want);
    assert.equal(hit.rule, rule);
    const explicit = ts.filter((t) => !t.rule.startsWith('infinitive'));
    assert.ok(explicit.length && explicit.every((t) => t.confidence > hit.confidence), ts.map((t) => `${show(t)} ${t.confidence}`).join(' | '));
  });
}

const NONE: Array<[why: string, text: string, relation: RegExp]> = [
  ['a noun\'s complement is the noun owner\'s act', "Poland rejected Moscow's offer to mediate with Kiev.", /MEDIATE/],
  ['an infinitive after a skipped one is skipped too', "Poland rejected Moscow's offer to host talks to mediate with Kiev.", /MEDIATE|HOST/],
  ['an expletive "it" does nothing', 'It costs more to hire workers in France.', /HIRE/],
];
for (const [why, text, relation] of NONE) {
  test(`infinitive: ${why}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => relation.test(t.relation.type)), ts.map(show).join(' | '));
  });
}
