/**
 * Offices the predicate gives someone (src/extract/predicate-offices.ts): issue 10, pattern 4
 * (descriptions resolved to the named holder). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from '../../src/extract/analyse.ts';
import { resolveSettings } from '../../src/settings.ts';
import { predicatedOffices } from '../../src/extract/predicate-offices.ts';

/** "holder-mention-text=title" for each office the sentence's predicates give. */
function offices(text: string): string[] {
  const { an } = analyse({ id: 't', text }, resolveSettings());
  return an.flatMap((a) => predicatedOffices(a.tree, a.args, a.mentions).map((o) => `${a.mentions.get(o.holder)!.text}=${o.title}`));
}

const ROWS: Array<[why: string, text: string, want: string[]]> = [
  ['a passive of naming', 'Tom Vale was named Peru coach on Monday.', ['Tom Vale=coach']],
  ['a copula', 'Tom Vale is the chairman of Zentrix.', ['Tom Vale=chairman']],
  ['a verb of becoming', 'Ann Reid became chairman of Zentrix in May.', ['Ann Reid=chairman']],
  ['no office: a thing is no holder', 'The plan is the chairman\'s idea.', []],
  ['no office: an ordinary noun', 'Tom Vale is a good friend of Ann Reid.', []],
];
for (const [why, text, want] of ROWS) test(`predicate offices: ${why}`, () => assert.deepEqual(offices(text), want));
