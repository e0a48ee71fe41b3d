/**
 * A participle that describes a thing, right after the verb's object with no comma, is the
 * object's (src/extract/repairs/describing-participle.ts): the truck carries the soldiers, not
 * the guerrillas who ambushed it. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

// [why, text, a triple that must not come out]
const NOT: Array<[why: string, text: string, unwanted: string]> = [
  ['what a vehicle carries is not the subject\'s', 'Peruvian guerrillas ambushed a truck carrying Peruvian soldiers.', 'per-guerrilla -CARRY-> per-soldier'],
  ['what a place overlooks', 'Turkish troops captured the hill overlooking the Iraqi border.', 'tur-troop -OVERLOOK-> Iraqi border'],
];
for (const [why, text, unwanted] of NOT) {
  test(`describing participle: ${why} — "${text}" ↛ ${unwanted}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => show(t) === unwanted), ts.map(show).join(' | '));
  });
}

// [why, text, a triple that must come out]
const CASES: Array<[why: string, text: string, want: string]> = [
  ['the object the parser read as the participle\'s subject is the verb\'s again', 'Angry Kenyan farmers blocked the Nyali Bridge spanning the creek for six hours.', 'ken-farmer -BLOCK-> nyali-bridge'],
  ['after a comma the participle stays the subject\'s', 'Israeli troops seized the port, linking the two fronts.', 'isr-troop -LINK-> fronts'],
];
for (const [why, text, want] of CASES) {
  test(`describing participle: ${why} — "${text}" → ${want}`, () => {
    findTriple(run(text), want);
  });
}
