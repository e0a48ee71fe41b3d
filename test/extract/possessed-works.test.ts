/**
 * Titles a person's possessive comes before (src/extract/possessed-works.ts, used by
 * extract/analyse.ts): works, no actors, wherever the document names them; a person's firm by a
 * body's word, or one the document calls a body, stays a body. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';

const typesOf = (text: string, id: string) => run(text).flatMap((t) => [t.subject, t.object]).filter((a) => a.id === id).map((a) => a.type);

// [why, text, actor id, the types it may come out as ([] for none)]
const ROWS: Array<[why: string, text: string, id: string, types: string[]]> = [
  ['a title after a director\'s possessive', 'Zentrix Pictures released Tom Brandt\'s Glass Harbour. Glass Harbour beat Kelvar Films at the box office.', 'glass-harbour', []],
  ['a title whose first word the name left out', 'Zentrix Pictures released Clint Eastwood\'s Million Dollar Baby. Million Dollar Baby beat Zentrix Pictures at the box office.', 'dollar-baby', []],
  // guards: a person's firm by its body's word, a name the document calls a firm
  ['a firm with a body\'s word stays a body', 'Tom Brandt\'s Harbour Holdings sued Kelvar.', 'harbour-holdings', ['organization']],
  ['a firm after a country\'s possessive stays a body', 'Peru\'s Zentrix bought Kelvar. Zentrix employs 800 staff.', 'zentrix', ['organization']],
  ['a name cut short before a body\'s word stays a body', 'Tom Vale promoted Ana Ruiz\'s Glass Theatre. The Glass hired Tom Vale.', 'glass', ['organization']],
  ['a name ending in a plural stays a body', 'Tom Brandt\'s Harbour Chambers hired Ana Ruiz.', 'harbour-chambers', ['organization']],
  ['a name the document calls a firm stays a body', 'Tom Brandt\'s Harbour Lights sued Kelvar. The firm Harbour Lights later criticised Kelvar.', 'harbour-lights', ['organization']],
];
for (const [why, text, id, types] of ROWS) {
  test(`possessed works: ${why} — "${text}" → ${id} ${types.join(',') || 'none'}`, () => {
    assert.deepEqual([...new Set(typesOf(text, id))], types, run(text).map(show).join(' | '));
  });
}
