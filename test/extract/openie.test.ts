/**
 * src/extract/openie.ts: the open-IE view (`--format carb`). Sentences written for the rule,
 * not taken from any benchmark.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTuples, type OpenIETuple } from '../../src/extract/openie.ts';

const run = (text: string) => extractTuples({ id: 't', text, unit: 'sentence' });
const show = (t: OpenIETuple) => `(${t.arg1}; ${t.rel}; ${t.args.join('; ')})`;

const CASES: Array<[rule: string, text: string, want: string]> = [
  ['subject, verb, object and a PP', 'Germany signed a treaty with Poland.', '(Germany; signed; a treaty; with Poland)'],
  ['a passive keeps its agent as an argument', 'The bridge was built in 1866 by French engineers.', '(The bridge; was built in; 1866; by French engineers)'],
  ['a participle after the main clause has its subject', 'The rebels attacked the town, killing twelve soldiers.', '(The rebels; killing; twelve soldiers)'],
  ['a "to"-infinitive has the main subject', 'The army sent troops to protect the border.', '(The army; to protect; the border)'],
];
for (const [rule, text, want] of CASES) {
  test(`openie: ${rule}: "${text}" → ${want}`, () => {
    const ts = run(text);
    assert.ok(ts.some((t) => show(t) === want), ts.map(show).join(' | ') || '(nothing)');
  });
}

test('openie: a tuple with an implied subject ranks below the explicit main clause', () => {
  const ts = run('The rebels attacked the town, killing twelve soldiers.');
  const main = ts.find((t) => t.rel === 'attacked'), implied = ts.find((t) => t.rel === 'killing');
  assert.ok(main && implied, ts.map(show).join(' | '));
  assert.ok(implied.confidence < main.confidence, `${implied.confidence} < ${main.confidence}`);
});

test('openie: tuples quote the sentence verbatim', () => {
  const text = 'Germany  signed a treaty with Poland .';
  assert.ok(run(text).every((t) => t.sentence === text));
});
