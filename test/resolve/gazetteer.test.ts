/** Actor resolution through the gazetteer: names, official names, demonyms, capitals, organisations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gazetteer, personCountry } from '../../src/resolve/gazetteer.ts';
import { phraseTokens } from '../../src/nlp/wink.ts';

const CASES: Array<[string, string, string]> = [
  // phrase, actor id, kind
  ['Russian Federation', 'RUS', 'name'],
  ['Russia', 'RUS', 'name'],
  ['Moscow', 'RUS', 'capital'],
  ['Russian', 'RUS', 'demonym'],
  ['Republic of Belarus', 'BLR', 'name'],
  ['Belarusian', 'BLR', 'demonym'],
  ['Minsk', 'BLR', 'capital'],
  ['British', 'GBR', 'demonym'],
  ['United States of America', 'USA', 'name'],
  ['Washington', 'USA', 'capital'],
  ['North Atlantic Treaty Organization', 'NATO', 'org'],
  ['Union State', 'UNION_STATE', 'org'],
  ['CSTO', 'CSTO', 'org'],
  ['Western countries', 'WEST', 'org'],
  ['al-Qaeda', 'AL_QAEDA', 'org'],
  ['Farabundo Marti National Liberation Front', 'FMLN', 'org'],
];

for (const [phrase, id, kind] of CASES) {
  test(`gazetteer: "${phrase}" → ${id} (${kind})`, () => {
    const e = gazetteer().entries.get(phraseTokens(phrase).join(' '));
    assert.ok(e, `no entry for ${phrase}`);
    // (a capital is a city of its own, carrying its country: resolve/capitals.ts)
    assert.equal(kind === 'capital' ? e!.country : e!.id, id);
    assert.equal(e!.kind, kind);
  });
}

test('gazetteer: everyday words that are also acronyms match only in capitals', () => {
  assert.equal(gazetteer().entries.get('us')?.caseSensitive, 'US');
  assert.equal(gazetteer().entries.get('is')?.caseSensitive, 'IS');
});

test('gazetteer: well-known people carry the country they act for', () => {
  assert.equal(personCountry('Barack Obama'), 'USA');
  assert.equal(personCountry('Abdelaziz Bouteflika'), 'DZA');
  assert.equal(personCountry('Nobody Inparticular'), undefined);
});

test('gazetteer: places carry their country and never override a country name or capital', () => {
  const g = gazetteer();
  assert.deepEqual([g.entries.get('kirkuk')?.type, g.entries.get('kirkuk')?.country], ['location', 'IRQ']);
  assert.equal(g.entries.get('georgia')?.id, 'GEO');
  assert.equal(g.entries.get('baghdad')?.kind, 'capital');
});

test('gazetteer: a place the dictionary lists with a comment after it is still a place, named without the comment', () => {
  const g = gazetteer();
  // ("+GOLAN_HEIGHTS  # De facto vs. de jure" and "+HELMAND # Other provinces" in Phoenix's country blocks)
  assert.deepEqual([g.entries.get('golan heights')?.type, g.entries.get('helmand')?.country], ['location', 'AFG']);
  assert.ok(![...g.entries.keys()].some((k) => k.includes('#')), 'a key holds a comment');
  // (nor is "The United States" a place beside the country it names)
  assert.equal(g.entries.get('the united states'), undefined);
});

test('gazetteer: listed multinationals and NGOs are organisations with their country, after countries and capitals', () => {
  const g = gazetteer();
  assert.deepEqual([g.entries.get('nokia')?.type, g.entries.get('nokia')?.country], ['organization', 'FIN']);
  assert.deepEqual([g.entries.get('general electric')?.type, g.entries.get('general electric')?.country], ['organization', 'USA']);
  assert.equal(g.entries.get('greenpeace')?.type, 'organization');
  // (an ordinary word or a first name alone never becomes a company: "Apple", "Whitney")
  assert.equal(g.entries.get('apple'), undefined);
  assert.equal(g.entries.get('whitney'), undefined);
  // (armed groups of wire copy under their Spanish-order names: "the Extraditables", "Army of National Liberation")
  assert.deepEqual([g.entries.get('extraditables')?.id, g.entries.get('army of national liberation')?.id], ['EXTRADITABLES', 'ELN']);
  // (nor a name made of time words: "early Tuesday morning" is a time, whichever retailer it names)
  assert.equal(g.entries.get('tuesday morning'), undefined);
  assert.equal(g.entries.get('washington')?.kind, 'capital');
});

test('gazetteer: parts of the world that are no country are locations of no country', () => {
  for (const phrase of ['Latin America', 'Middle East', 'Central America', 'Sub-Saharan Africa']) {
    const e = gazetteer().entries.get(phraseTokens(phrase).join(' '));
    assert.ok(e, `no entry for ${phrase}`);
    assert.deepEqual([e!.type, e!.country], ['location', undefined], phrase);
  }
});
