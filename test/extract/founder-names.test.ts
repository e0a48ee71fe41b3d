/**
 * A firm named for its founder in the possessive ("Sainsbury's said") is one name, not the
 * possessive of what follows (src/extract/founder-names.ts). Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nlp, its } from '../../src/nlp/wink.ts';
import { foundersPossessive } from '../../src/extract/founder-names.ts';
import { run } from './_triples.ts';
import type { Actor, Triple } from '../../src/types.ts';

const known = (w: string) => /^(britain|italy|france)$/.test(w);

// [why, text, the name word whose "'s" is asked about, is it the firm's own name]
const WORDS: Array<[why: string, text: string, name: string, want: boolean]> = [
  ['before a verb', "Brannock's said sales fell.", 'Brannock', true],
  ['before a preposition', "Analysts at Brannock's in Leeds agreed.", 'Brannock', true],
  ['before a noun it owns', "Brannock's shares fell.", 'Brannock', false],
  ['before an adjective', "Brannock's biggest store closed.", 'Brannock', false],
  ['before a name it owns', "Brannock's Tom Vale resigned.", 'Brannock', false],
  ['a contraction of "has been"', "Brannock's been in Leeds since 1990.", 'Brannock', false],
  ['a contraction before "to"', "Brannock's to blame for the loss.", 'Brannock', false],
  ['a country the gazetteer knows', "Britain's and France's troops left.", 'Britain', false],
  ['a person\'s full name', "Tom Vale's said nothing.", 'Vale', false],
  ['after an honorific', "Mr Vale's said nothing.", 'Vale', false],
  ['a work after "the"', "The Brannock's nominated producers met.", 'Brannock', false],
  ['before a noun the tagger reads as a verb', "They backed Brannock's bid for Zentrix.", 'Brannock', false],
  ['before a quote', 'They criticised Brannock\'s "bullying" of staff.', 'Brannock', false],
  ['a firm\'s ampersand', "Okoro & Brannock's said sales fell.", 'Brannock', true],
  ['before its initials in brackets', "Okoro & Brannock's (O&B) raised the rating.", 'Brannock', true],
  ['before a bracketed aside that is no initials', "Brannock's (the old one) shares fell.", 'Brannock', false],
  ['a participle before a noun it describes', "They rejected Brannock's proposed offer.", 'Brannock', false],
  ['a common noun is no name', "The firm's said nothing.", 'firm', false],
];

for (const [why, text, name, want] of WORDS) {
  test(`founder-names: ${why}: "${text}" → ${want}`, () => {
    const d = nlp.readDoc(text);
    const values: string[] = d.tokens().out(its.value), pos: string[] = d.tokens().out(its.pos), spaces: string[] = d.tokens().out(its.precedingSpaces);
    const lemmas: string[] = d.tokens().out(its.lemma as never);
    const i = values.indexOf(name);
    assert.ok(i >= 0, values.join(' '));
    assert.equal(foundersPossessive(values, pos, lemmas, spaces, i, known), want);
  });
}

const end = (a: Actor) => (a.type === 'other' ? `concept:${a.name}` : `${a.id}:${a.type}`);
const show = (t: Triple) => `${end(t.subject)} -${t.relation.type}-> ${end(t.object)}`;

// [why, text, a triple (by show) the sentence must give]
const TRIPLES: Array<[why: string, text: string, want: string]> = [
  ['the firm acts', "Brannock's bought Zentrix in 2001.", 'brannock:organization -BUY-> zentrix:organization'],
  ['a name wink keeps whole before a comma is the firm, whoever the recogniser took it for', "Brannock's, the grocer, bought Zentrix.", 'brannock:organization -BUY-> zentrix:organization'],
  ['the firm is acted on', "Zentrix sued Brannock's in Leeds.", 'zentrix:organization -SUE-> brannock:organization'],
  ['the firm after a preposition', "Tom Vale joined Zentrix from Brannock's in 2001.", 'tom-vale:person -JOIN_FROM-> brannock:organization'],
  ['its possessive elsewhere is the same firm', "Brannock's chief executive Tom Vale resigned. Brannock's sued Zentrix.", 'brannock:organization -SUE-> zentrix:organization'],
];

for (const [why, text, want] of TRIPLES) {
  test(`founder-names: ${why}: "${text}" → ${want}`, () => {
    const got = run(text).map(show);
    assert.ok(got.includes(want), got.join(' | '));
  });
}
