/**
 * In wire copy set in capitals, a firm's or an institution's name the recogniser ended before the
 * kind of body is the whole name (src/extract/recase-body-heads.ts): "THE TORVALA BANK" is the
 * Torvala Bank, an actor, not "the Torvala bank", a thing. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';

// [why, text, a triple that must come out]
const BODY: Array<[why: string, text: string, want: string]> = [
  ['a bank', 'LIMA, 3 MAY 90 (EFE) -- [TEXT] SOLDIERS GUARDED THE TORVALA BANK TODAY.', 'per-soldier -GUARD-> torvala-bank'],
  ['a company', 'LIMA, 3 MAY 90 (EFE) -- [TEXT] THE POLICE PROTECTED THE MERVANO COMPANY AFTER THE THREATS.', 'per-police -PROTECT-> mervano-company'],
  ['a bank named after its town', 'BOGOTA, 3 MAY 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED THE BOGOTA BANK IN CALI.', 'col-guerrilla -ATTACK-> bogota-bank'],
  ['a bank whose workers act', 'LIMA, 3 MAY 90 (EFE) -- [TEXT] WORKERS OF THE ZELOVA BANK WENT ON STRIKE TODAY.', 'zelova-bank-worker -GO_ON-> strike'],
];
for (const [why, text, want] of BODY) {
  test(`recase body heads: the kind of body ends the name, ${why} — "${text}" → ${want}`, () => {
    const ts = run(text);
    assert.ok(ts.map(show).includes(want), `want "${want}" in ${ts.map(show).join(' | ')}`);
  });
}

// [why, text, an actor id that must not come out]
const NOT_BODY: Array<[why: string, text: string, not: string]> = [
  ['a nationality before the bank names its country, not the bank', 'BOGOTA, 3 MAY 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED THE COLOMBIAN BANK IN CALI.', 'colombian-bank'],
  ['an everyday word before it is no name', 'LIMA, 3 MAY 90 (EFE) -- [TEXT] SOLDIERS GUARDED THE RURAL BANK TODAY.', 'rural-bank'],
];
for (const [why, text, not] of NOT_BODY) {
  test(`recase body heads: no body's name for ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.object.id === not || t.subject.id === not), ts.map(show).join(' | '));
  });
}
