/**
 * A noun-phrase chunk the tree shows to be two arguments is two mentions (src/extract/chunk-split.ts):
 * "told reporters Peru would …" is no telling of Peru.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './_triples.ts';

const show = (ts: ReturnType<typeof run>) => ts.map((t) => `${t.subject.id} -${t.relation.label}-> ${t.object.id} (${t.rule})${t.attribution ? ` @${t.attribution.id}` : ''}`).join(' | ');

// [why, text, a triple that must be there ("subject label object @attribution"), one that must not]
const ROWS: Array<[why: string, text: string, want: string | undefined, not: string | undefined]> = [
  ['the addressee and the reported subject side by side', 'Tom Vale told reporters Peru would keep the veto.', 'PER keep concept:veto @tom-vale', 'tom-vale tell PER'],
  ['… a firm reported', 'Anna Berg told officials Zentrix would close the plant.', 'zentrix close concept:plant @anna-berg', 'anna-berg tell zentrix'],
  ['a possessor and its noun stay one phrase', "Peru's army attacked Chile.", 'per-army attack CHL', undefined],
  ['an office and the name it titles stay one phrase', 'US President Tom Vale met Chile.', 'tom-vale meet CHL', undefined],
  ['a title before a name stays with it after a verb of thinking ("accepted referee X had …")', 'Tom Vale accepted referee Ian Dallas had no option.', undefined, 'tom-vale accept concept:referee'],
  ['a participle before a title and name is no verb of its own', 'Jailed tycoon Boris Zelkin has transferred his stake to Zentrix.', 'boris-zelkin transfer stake to zentrix', 'boris-zelkin jail'],
];

for (const [why, text, want, not] of ROWS) {
  test(`chunk split: ${why}: "${text}"`, () => {
    const ts = run(text);
    const keys = ts.map((t) => `${t.subject.id} ${t.relation.label} ${t.object.id}${t.attribution ? ` @${t.attribution.id}` : ''}`);
    if (want) assert.ok(keys.includes(want), `want "${want}" in ${show(ts)}`);
    if (not) assert.ok(!keys.some((k) => k.startsWith(not)), `no "${not}" in ${show(ts)}`);
  });
}
