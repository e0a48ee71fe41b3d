/**
 * A government named by its leader or its party (src/extract/leader-government.ts, and
 * mentions.ts for a listed party): that country's government, the country actor. Sentences
 * written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';

const ROWS: Array<[why: string, text: string, want: string]> = [
  ['a leader\'s surname before "administration", in the persons list as a president', 'The Bush administration imposed sanctions on Peru.', 'USA -IMPOSE_SANCTION_ON-> PER'],
  ['a titled leader\'s possessive before "government"', "President Cristiani's government criticised Peru.", 'SLV -CRITICIZE-> PER'],
  ['… in wire copy, where the unknown surname is lower case', 'THE CRISTIANI GOVERNMENT HAS CRITICIZED PERU.', 'SLV -CRITICIZE-> PER'],
  ['a leader the document named in full', 'Tony Blair met Jacques Chirac in Paris. The Blair government criticised Peru.', 'GBR -CRITICIZE-> PER'],
  ['a listed party\'s government', 'The ARENA government criticised Peru.', 'SLV -CRITICIZE-> PER'],
];
for (const [why, text, want] of ROWS) {
  test(`leader government: ${why} — "${text}" → ${want}`, () => { findTriple(run(text), want); });
}

const NOT: Array<[why: string, text: string, not: RegExp]> = [
  ['a firm\'s "administration" is its management, not its country', 'The Microsoft administration criticised Peru.', /^USA /],
  ['a name no list or document places is no country', 'The Smith government criticised Peru.', /^[A-Z]{3} -CRITICIZE/],
  ['a common word before the noun names no leader', 'THE MILITARY GOVERNMENT HAS CRITICIZED PERU.', /^[A-Z]{3} -CRITICIZE/],
  ['… nor a word of politics a stray list entry ends with', 'THE REPUBLICAN ADMINISTRATION HAS CRITICIZED PERU.', /^[A-Z]{3} -CRITICIZE/],
  ['"a Labour government" is the party in power, not the state', 'Harold Vale formed a Labour government in Peru.', /-FORM-> GBR/],
];
for (const [why, text, not] of NOT) {
  test(`leader government: ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => not.test(show(t))), ts.map(show).join(' | '));
  });
}
