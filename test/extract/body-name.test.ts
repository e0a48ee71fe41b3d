/**
 * Which unnamed body of a country an actor is (src/extract/body-name.ts): a party or group keeps
 * the words that say which one ("ruling", "opposition"), drops those that only rank it ("main").
 * Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';

const ids = (text: string) => run(text).flatMap((t) => [t.subject.id, t.object.id]);

// [why, text, an actor id that must come out]
const CASES: Array<[why: string, text: string, id: string]> = [
  ['a possessed ruling party', "Chile met Peru's ruling party.", 'per-ruling-party'],
  ['a possessed opposition party, its rank dropped', "Chile met Peru's main opposition party.", 'per-opposition-party'],
  ['an opposition party located in a country', 'Chile met the main opposition party in Peru.', 'per-opposition-party'],
  ['a sentence-initial qualifier counts too, and the plural is one node with the singular', 'Opposition groups in Zimbabwe criticised Mugabe.', 'zwe-opposition-group'],
  ['a national opposition group', 'The Peruvian opposition group criticised Chile.', 'per-opposition-group'],
  ['activists located in a country act for it', 'Activists in Peru met Chile.', 'per-activist'],
  ['a country\'s possessive before a generic body the gazetteer knows for another country', "Brazil's Congress approved the reform of Chile.", 'bra-congress'],
  ['… not before a body with a name of its own', "Britain's Labour Party criticised Chile.", 'UK_LABOUR'],
  ['soldiers keep one node whatever describes them', 'Elite Salvadoran soldiers attacked Honduras.', 'slv-soldier'],
  ['one of a nation\'s people, in the singular, is the plural\'s node', 'A roadside bomb killed one U.S. soldier near Kirkuk.', 'usa-soldier'],
  ['… an occupation too', 'Gunmen kidnapped a British engineer in Basra.', 'gbr-engineer'],
  ['a body\'s people "of" it are named after the body, as "Hamas leaders" are', 'Leaders of Hamas met Chile.', 'hamas-leader'],
  ['… "from" it too, and a body with no country of its own', 'Officials from the World Bank criticised Peru.', 'world-bank-official'],
  ['… the subject of a copula\'s "about to", which says what they will do, not whose they are', 'The activists of Greenpeace are about to meet Chile.', 'greenpeace-activist'],
  ['… and of "ready to"', 'Officials of the World Bank are ready to meet Peru.', 'world-bank-official'],
  ['… one node with the compound form', 'Representatives of the FMLN met Chile.', 'fmln-representative'],
  ['… in wire copy too, where the body\'s acronym is spelt out after it', 'TWO LEADERS OF THE LEFTIST PATRIOTIC UNION [UP] WERE KILLED BY GUNMEN IN TOLIMA.', 'patriotic-union-leader'],
];

// [why, text, an actor id that must not come out]
const NOT: Array<[why: string, text: string, id: string]> = [
  ['a body\'s representatives are not its country\'s people', 'Representatives of the FMLN met Chile.', 'slv-representative'],
  ['… nor a group\'s leaders', 'Leaders of Hamas met Chile.', 'pse-leader'],
  ['… nor the body itself', 'TWO LEADERS OF THE LEFTIST PATRIOTIC UNION [UP] WERE KILLED BY GUNMEN IN TOLIMA.', 'patriotic-union'],
  ['what someone is stays whose leader he is', 'Smith was one of the leaders of Hamas.', 'hamas-leader'],
  ['… and plural subjects said to be members', 'The two men were leaders of Hamas.', 'hamas-leader'],
  ['a body\'s word "of" a nation\'s people is no body of that nation', 'Israel eased restrictions on the movement of Palestinian workers.', 'pse-movement'],
  ['tourists in a country are seldom its own', 'Gunmen attacked tourists in Egypt.', 'egy-tourist'],
  ['a citizenship one takes is no person beside one', 'Mr Fischer will become an Israeli citizen to take the post.', 'isr-citizen'],
  ['an armed group\'s one militant stays its member, no person of its own', 'A Shining Path militant was killed by police.', 'shining-path-militant'],
  ['… nor is a group "of" them', 'A group of Kenyan students stormed the ministry.', 'ken-group'],
];
for (const [why, text, id] of NOT) {
  test(`body name: ${why} — "${text}" ↛ ${id}`, () => {
    assert.ok(!ids(text).includes(id), run(text).map(show).join(' | '));
  });
}
for (const [why, text, id] of CASES) {
  test(`body name: ${why} — "${text}" → ${id}`, () => {
    assert.ok(ids(text).includes(id), run(text).map(show).join(' | '));
  });
}

test('body name: a nation\'s people in the plural stay a group beside the singular\'s person', () => {
  const types = (text: string) => run(text).flatMap((t) => [t.subject, t.object]).filter((a) => a.id === 'cub-doctor').map((a) => a.type);
  assert.deepEqual(types('Police arrested two Cuban doctors.'), ['group']);
  assert.deepEqual(types('Police arrested a Cuban doctor.'), ['person']);
});

test('body name: a country\'s ruling and opposition parties are two actors, not one', () => {
  const ts = run("Peru's ruling party and Peru's main opposition party signed a pact with Chile.");
  const parties = new Set(ts.flatMap((t) => [t.subject.id, t.object.id]).filter((x) => x.startsWith('per-')));
  assert.deepEqual([...parties].sort(), ['per-opposition-party', 'per-ruling-party'], ts.map(show).join(' | '));
});
