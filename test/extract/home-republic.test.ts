/**
 * "The president of the Republic" in wire copy is the home country's president
 * (src/extract/home-republic.ts): one node with "the Salvadoran president". Other offices of the
 * Republic, and a story with no home country, keep the phrase. Reports written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';

const ids = (text: string) => run(text).flatMap((t) => [t.subject, t.object]).map((a) => a.id);

const ROWS: Array<[why: string, text: string, want: string, not: string]> = [
  ['a San Salvador dateline: the Salvadoran president', 'SAN SALVADOR, 3 JAN 90 (RADIO CADENA) -- [TEXT] THE PRESIDENT OF THE REPUBLIC HAS CONDEMNED THE ATTACK ON THE MAYOR.', 'slv-president', 'republic-president'],
  ['a Lima dateline, in an interview: the Peruvian president', 'LIMA, 5 FEB 90 (RADIO) -- [TEXT] THE ONLY PERSON WHO COULD PRESSURE THE JUDGE IS THE PRESIDENT OF THE REPUBLIC, BUT THE PRESIDENT OF THE REPUBLIC HAS MET THE GUERRILLAS.', 'per-president', 'republic-president'],
  ['mixed case copy after a wire dateline', 'BOGOTA, 4 MAY 90 (RADIO) -- [TEXT] The President of the Republic has condemned the guerrillas.', 'col-president', 'republic-president'],
];
for (const [why, text, want, not] of ROWS) {
  test(`home republic: ${why}`, () => {
    const got = ids(text);
    assert.ok(got.includes(want) && !got.includes(not), run(text).map(show).join(' | '));
  });
}

const KEEP: Array<[why: string, text: string, keep: string]> = [
  ['no home country: the phrase is kept', 'The president of the Republic condemned the attack on the mayor.', 'republic-president'],
  ['another office of the Republic is no head of state\'s', 'SAN SALVADOR, 3 JAN 90 (RADIO CADENA) -- [TEXT] THE GUERRILLAS CRITICIZED THE ATTORNEY GENERAL OF THE REPUBLIC.', 'republic-general'],
];
for (const [why, text, keep] of KEEP) {
  test(`home republic: ${why}`, () => {
    const got = ids(text);
    assert.ok(got.includes(keep) && !got.some((x) => /^slv-/.test(x) && x !== 'slv-guerrilla'), run(text).map(show).join(' | '));
  });
}
