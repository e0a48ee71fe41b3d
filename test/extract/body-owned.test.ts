/**
 * Names the document shows to be bodies by what they own (src/extract/body-owned.ts, used by
 * extract/analyse.ts): a chief executive, profits, shares traded in them, "its" own things. Every
 * mention is then a body, whatever the recogniser and the name's shape made of it. Sentences
 * written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';

const typesOf = (text: string, id: string) => run(text).flatMap((t) => [t.subject, t.object]).filter((a) => a.id === id).map((a) => a.type);

// [why, text, actor id, the type every mention of it must have]
const ROWS: Array<[why: string, text: string, id: string, type: string]> = [
  ['a possessor of profits, with an adjective between', "Illva Marotti bought Zentrix. Illva Marotti's annual profits rose by 8%.", 'illva-marotti', 'organization'],
  ['a possessor of a chief executive', "Mikko Hanski criticised Zentrix. Mikko Hanski's chief executive resigned.", 'mikko-hanski', 'organization'],
  ['a possessor of a general manager, in apposition to its holder', "Tom Vale, Hanno Europe's general manager, criticised Zentrix. Hanno Europe sued Zentrix.", 'hanno-europe', 'organization'],
  ['the subject of a clause that owns its object as "its"', 'Vexa Sarotti first launched its Zeta phone in 2001. Vexa Sarotti sued Zentrix.', 'vexa-sarotti', 'organization'],
  ['what shares are traded in', 'Mikko Hanski criticised Zentrix. Shares in Mikko Hanski fell by 20%.', 'mikko-hanski', 'organization'],
  // guards: a person's own staff, holdings and sayings are no body's
  ['a person\'s spokesman', "Tom Vale criticised Zentrix. Tom Vale's spokesman resigned.", 'tom-vale', 'person'],
  ['a person\'s stake', "Tom Vale criticised Zentrix. Tom Vale's stake in Zentrix rose.", 'tom-vale', 'person'],
  ['"its" owning what another noun before it has', 'Tom Vale said the firm had lost its licence. Tom Vale sued Zentrix.', 'tom-vale', 'person'],
  ['"its" in a clause whose subject is someone else', 'Tom Vale praised the club for its results. Tom Vale sued Zentrix.', 'tom-vale', 'person'],
  ['"its" after a titled subject is a body\'s named before', 'Zentrix hired Mr Sarotti. Mr Sarotti defended its record. Mr Sarotti sued Kelvar.', 'sarotti', 'person'],
  ['"its" after an office holder with a first name', 'Interior minister Des Kavanagh quoted its five-year plan. Des Kavanagh sued Zentrix.', 'des-kavanagh', 'person'],
  ['a place the text calls one owns "its" things too', 'Rebels attacked the town of Uralba. Uralba has achieved its wealth through farming.', 'uralba', 'location'],
];
for (const [why, text, id, type] of ROWS) {
  test(`body-owned: ${why} — "${text}" → ${id} ${type}`, () => {
    const types = typesOf(text, id);
    assert.ok(types.length > 0 && types.every((t) => t === type), run(text).map(show).join(' | ') + ' :: ' + types.join(','));
  });
}
