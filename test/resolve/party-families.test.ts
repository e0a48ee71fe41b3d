/**
 * A party named by its family's name is the party of the country the text was filed from
 * (src/resolve/party-families.ts), read through the whole pipeline on a dateline of our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractTriples } from '../../src/extract/index.ts';
import { recordToDoc } from '../../src/io/record.ts';
import { resolveSettings } from '../../src/settings.ts';

// [why, text, the subject's id and country it must get]
const ROWS: Array<[string, string, string]> = [
  ['"the Conservatives" in a dispatch from Bogota are Colombia\'s', 'BOGOTA, 12 MAR 90 (EFE) -- [TEXT] THE CONSERVATIVES CRITICIZED THE ZENTRIX COMMISSION TODAY.', 'col-conservative-party COL'],
  ['… and "Labour" in one from Canberra Australia\'s', 'CANBERRA, 12 MAR 90 (AAP) -- [TEXT] Labour criticised the Zentrix Commission today.', 'aus-labour-party AUS'],
  ['a dispatch from London keeps the British party', 'LONDON, 12 MAR 90 (BBC) -- [TEXT] The Conservatives criticised the Zentrix Commission today.', 'UK_CONSERVATIVES GBR'],
  ['a text with no dateline keeps the listed party', 'The Conservatives criticised the Zentrix Commission today.', 'UK_CONSERVATIVES GBR'],
];
for (const [why, text, want] of ROWS) {
  test(`party families: ${why}`, () => {
    // (as the reader makes the record a document: the dateline gives its place)
    const ts = extractTriples(recordToDoc({ id: 't', text }, 'test.jsonl', 1), resolveSettings());
    const t = ts.find((x) => x.relation.lemma === 'criticize');
    assert.ok(t, ts.map((x) => `${x.subject.id} -${x.relation.label}-> ${x.object.id}`).join(' | '));
    assert.equal(`${t!.subject.id} ${t!.subject.country}`, want);
  });
}
