/**
 * Descriptions of a named thing as open-IE "is" facts (src/extract/openie-descriptions.ts), read
 * through extractTuples on sentences of our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTuples } from '../../src/extract/openie.ts';
import { resolveSettings } from '../../src/settings.ts';

const facts = (text: string) => extractTuples({ id: 't', text }, resolveSettings({ minConfidence: 0 })).filter((t) => t.rel === 'is').map((t) => `${t.arg1} | is | ${t.args[0]}`);

// [why, sentence, the "is" fact it must give]
const GIVES: Array<[string, string, string]> = [
  ['an apposition set off by commas', 'Tomas Vale , director of the Zentrix Institute , spoke on Monday .', 'Tomas Vale | is | director of the Zentrix Institute'],
  ['a common noun right before a name', 'The band sacked guitarist Tomas Vale .', 'Tomas Vale | is | guitarist'],
];
for (const [why, text, want] of GIVES) {
  test(`open-IE descriptions: ${why}`, () => assert.ok(facts(text).includes(want), facts(text).join(' || ')));
}

// [why, sentence, a fact it must not give]
const NOT: Array<[string, string, RegExp]> = [
  ['a list of names is no description of one by another', 'Peru , Chile and Bolivia signed the pact .', /\| is \|/],
  ['a phrase that opens with a preposition is no description', 'Tomas Vale met the envoy in Lima , the capital , on Monday .', /\| is \| (in|on) /],
];
for (const [why, text, unwanted] of NOT) {
  test(`open-IE descriptions: ${why}`, () => assert.ok(!facts(text).some((f) => unwanted.test(f)), facts(text).join(' || ')));
}
