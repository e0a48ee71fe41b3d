/**
 * Names the document calls bodies by a noun right before them (src/extract/cued-bodies.ts, used by
 * extract/analyse.ts): a body wherever the document names them, however many bare mentions the
 * recogniser took for a person. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';

const typeOf = (text: string, id: string) => run(text).flatMap((t) => [t.subject, t.object]).filter((a) => a.id === id).map((a) => a.type);

// [why, text, actor id, the type every mention of it must have]
const ROWS: Array<[why: string, text: string, id: string, type: string]> = [
  ['a firm named after "company", then bare twice', 'US mortgage company Nelly Farrow should restate its earnings. Regulators accused Nelly Farrow of fraud. Nelly Farrow criticised the regulators.', 'nelly-farrow', 'organization'],
  ['a firm named bare first, after "company" later', 'Nelly Farrow sued Zentrix. Nelly Farrow criticised the regulator. The regulator criticised the mortgage company Nelly Farrow.', 'nelly-farrow', 'organization'],
  ['a band named after "band", first name and all', 'The indie band Harriet Vance thanked its fans. Harriet Vance criticised Zentrix Records.', 'harriet-vance', 'organization'],
  ['a band named after "band", bare first', 'Harriet Vance criticised Zentrix Records. Critics praised the rock band Harriet Vance.', 'harriet-vance', 'organization'],
  // guards: a person's descriptor and a full name after a job that firms share stay people
  ['a striker stays a person', 'The striker Tom Vale criticised Zentrix. Tom Vale later sued Zentrix.', 'tom-vale', 'person'],
  ['an executive producer stays a person', 'The executive producer Andy Hollis criticised Zentrix. Andy Hollis later sued Zentrix.', 'andy-hollis', 'person'],
];
for (const [why, text, id, type] of ROWS) {
  test(`cued bodies: ${why} — "${text}" → ${id} ${type}`, () => {
    const types = typeOf(text, id);
    assert.ok(types.length > 0 && types.every((t) => t === type), run(text).map(show).join(' | '));
  });
}
