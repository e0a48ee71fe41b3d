/**
 * One-word names the document shows to be people (src/extract/person-cues.ts) and names headed by a
 * word for a policy or a text (extract/name-kind.ts isThingName): issue 10, pattern 3 (entity
 * types). Sentences written for the rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run } from './_triples.ts';

type Row = [why: string, text: string, name: string, type: string];

const TABLES: Record<string, Row[]> = {
  'a cue noun for a body makes one of a name that starts with another language\'s article': [
    ['"the newspaper El …"', 'The report was published by the newspaper El Vigia.', 'El Vigia', 'organization'],
  ],
  'a paper named by a place and a paper\'s word is a body, a person named so is not': [
    ['"the X Reporter"', 'Ana Ruiz will direct a film, the Hollywood Reporter said. The Hollywood Reporter criticised Ana Ruiz.', 'Hollywood Reporter', 'organization'],
    ['a first name before the word is a person\'s', 'Ana Ruiz criticised Jim Courier.', 'Jim Courier', 'person'],
  ],
  'a people by faith, or one with no state, is a group, never a body': [
    ['a faith', 'Muslims criticised the law.', 'Muslims', 'group'],
    ['a people with no state', 'Kurds attacked the embassy in Ankara.', 'Kurds', 'group'],
  ],
  'a lone name with a kinsman or an age is a person': [
    ['a kinsman', "Zorbinho wants a new contract. Zorbinho's father met Porto officials.", 'Zorbinho', 'person'],
    ['an age in apposition', 'Zorbinho, 24, joined Porto from Benfica.', 'Zorbinho', 'person'],
    ['"himself" after the name', 'Zorbak criticised Peru. As Zorbak himself has stated, the talks failed.', 'Zorbak', 'person'],
    ['a name right after a noun of kinship', 'Ana Ruiz moved to Madrid to bring up her daughter Zorbina. Zorbina later met Ella Ross.', 'Zorbina', 'person'],
  ],
  'a name set before a noun of the media is a body wherever the document names it (media-names.ts)': [
    ['a channel named bare after its long form', 'He appeared on the Al-Kalmar Arabic television channel. Videos of Ana Ruiz have been broadcast by Al-Kalmar.', 'Al-Kalmar', 'organization'],
  ],
  'a lone name once given an office is that person wherever it stands alone': [
    ['an office before it later', 'Zorbak criticised the plan in Lima. President Zorbak met Tom Vale on Monday.', 'Zorbak', 'person'],
    ['an office before it first', 'Vice chairman Zorbak met the visitors. Zorbak praised Peru.', 'Zorbak', 'person'],
    ['a possessive of the name', "Defence minister Zorbak met Ella Ross. Zorbak's plan angered Chile.", 'Zorbak', 'person'],
  ],
  'a full name read as a body is a person when the document gives its surname an honorific': [
    ['"Mr" and the surname later', 'Calisto Zanetti said he would co-operate with prosecutors. Mr Zanetti issued a statement through his lawyer.', 'Calisto Zanetti', 'person'],
  ],
  'what someone wrote, recorded or starred in is a work, wherever it stands': [
    ['written', 'Anna Berg wrote Silver Harbour. Anna Berg sold Silver Harbour to Penguin.', 'Silver Harbour', 'other'],
    ['starred in', 'Tom Vale starred in Dark Orchard with Ella Ross.', 'Dark Orchard', 'other'],
    ['a person released is no work', 'Police released Tom Vale. Tom Vale met Ella Ross.', 'Tom Vale', 'person'],
  ],
  'a name after a noun of a kind of work, or before a product noun, is a thing wherever it stands': [
    ['"the film X"', 'Anna Berg directed the film Silver Harbour. Spain banned Silver Harbour.', 'Silver Harbour', 'other'],
    ['"the X browser" after an owner', "Zentrix's Sky Voyager browser lost ground. Spain banned Sky Voyager.", 'Sky Voyager', 'other'],
    ['a kind noun in apposition after the name', 'Spain banned Silver Harbour, a drama starring Anna Berg.', 'Silver Harbour', 'other'],
    ['a maker before a plural product noun stays a body', 'Spain praised Zentrix phones. Zentrix bought Ericsson.', 'Zentrix', 'organization'],
    ['a person before a film is no film ("the Tom Vale film")', 'Critics praised the Tom Vale film. Tom Vale met Ella Ross.', 'Tom Vale', 'person'],
  ],
  'who stars in it or who made it makes a work of a name': [
    ['"X, starring Y"', 'The Aviator, starring Leonardo Vale, took $9m. Zentrix bought The Aviator.', 'Aviator', 'other'],
    ['"Directed by Y, X …"', 'Directed by Andrey Vale, The Return previously won the Golden Lion award. Spain banned The Return.', 'Return', 'other'],
    ['"X was directed by Y"', 'Silver Harbour was directed by Anna Berg. Spain banned Silver Harbour.', 'Silver Harbour', 'other'],
    ['what one is nominated for', 'Tom Vale was nominated for Silver Harbour. Spain banned Silver Harbour.', 'Silver Harbour', 'other'],
    ['a person directed in a play is no work ("directed X" is no passive)', 'Anna Berg directed Tom Vale in Leeds. Tom Vale met Ella Ross.', 'Tom Vale', 'person'],
  ],
  'what someone founded, or a body\'s noun in apposition, makes a body of a name': [
    ['"X, founded by Y"', 'Zentrix, founded by Tom Vale, bought Peru Steel.', 'Zentrix', 'organization'],
    ['"X, one of Y\'s firms"', "Pernod tried to buy Glenmoray, one of Scotland's premier whisky firms.", 'Glenmoray', 'organization'],
    ['"X, the company founded by Y"', 'Solidere, the company founded by Rafik Hariri, rebuilt Beirut.', 'Solidere', 'organization'],
  ],
  'a name with a "which" clause is no person': [
    ['"X, which is owned by Y"', 'Kelvin Marsh, which is owned by Tom Vale, bought Peru Steel.', 'Kelvin Marsh', 'organization'],
    ['"X, who …" stays a person', 'Kelvin Marsh, who is married to Ann Reid, met Tom Vale.', 'Kelvin Marsh', 'person'],
  ],
  'a firm\'s last word or a first name says what a name is': [
    ['"Financial" ends a firm\'s name, after a place\'s name too', 'Leeds Financial, Allianz and Axa also suffered a decline in value.', 'Leeds Financial', 'organization'],
    ['a known first name after a cue noun that also names firms ("steel producer X")', 'Executive producer Andy Vale attended the festival in Leeds.', 'Andy Vale', 'person'],
  ],
  'one name after "a" or "an" is a thing of that name, not a person': [
    ['an award named like a person ("won a second Oscar")', 'Tom Vale won a second Felix for the film.', 'Felix', 'other'],
    ['"an Emmy"', 'Anna Berg won an Emmy for the film.', 'Emmy', 'other'],
    ['… but a person described between "a" and the name stays one ("a tearful Claxton")', 'Tom Vale beat Ian Reid in Leeds. "I am so happy," a tearful Vale told Zentrix Radio.', 'Tom Vale', 'person'],
  ],
  'a single letter hyphened onto a name is a brand': [
    ['"K-Vista"', 'Tom Vale joined K-Vista in 2001.', 'K-Vista', 'organization'],
  ],
  'a language is a thing, not a body or a state': [
    ['a language no list knows as a people', 'Anna Berg learned Hindi.', 'Hindi', 'other'],
    ['a nation\'s word after a verb of language, in a list too', 'Pedro Silva speaks Swahili and Portuguese.', 'Portuguese', 'other'],
  ],
  'the workplace after a post and "at" is a body, wherever it stands': [
    ['read as a person', 'Jane Vale, a senior bond analyst at Hollis Grant, said sales would fall. Hollis Grant expects more.', 'Hollis Grant', 'organization'],
    ['read as a person, after an economist', 'Tom Vale, an economist at Morgan Ellis, said the job would not be easy.', 'Morgan Ellis', 'organization'],
    ['read as a place', 'Sara Lund, chief strategist at Dawson Reid, expects rates to rise.', 'Dawson Reid', 'organization'],
    ['a listed place stays a place', 'Tom Vale, an engineer at Leeds, met Ella Ross in Leeds.', 'Leeds', 'location'],
    ['read as a person, after a lawyer', 'Tom Vale, a lawyer at Kelso Brandt, said the case would fail.', 'Kelso Brandt', 'organization'],
    ['read as a place, "at" hung on the first word of the name, a town after it', 'Oleg Sarin, an analyst at Volga Dialog in Kazan, said prices would rise.', 'Volga Dialog', 'organization'],
    ['a person met at a place stays a person', 'Jo Vale met Tom Reid at Leeds.', 'Tom Reid', 'person'],
  ],
  'the body after a post only a body has and "of" is a body': [
    ['a chairman\'s', 'Tom Vale, the chairman of Hollis Grant, said sales would fall.', 'Hollis Grant', 'organization'],
    ['a founder\'s', 'Ann Reid, founder of Morgan Ellis, expects more.', 'Morgan Ellis', 'organization'],
    ['the post capitalised, the whole taken for a person\'s name', 'Tom Vale, Vice President of the Kelvar, admitted the mistake. The Kelvar struck a deal with Zentrix.', 'Kelvar', 'organization'],
    ['the post capitalised, "of" on the post', 'The deal was signed by the Vice President of Kelvin Marsh. Kelvin Marsh cut 500 jobs.', 'Kelvin Marsh', 'organization'],
    ['a lawyer\'s client stays a person', 'Tom Vale, the lawyer of Bernard Ebbs, said so.', 'Bernard Ebbs', 'person'],
  ],
  'no cue: a lone unintroduced name stays a body': [
    ['a team\'s "who" is no cue', 'Zorbinho, who are top of the league, beat Porto.', 'Zorbinho', 'organization'],
  ],
  'a name headed by a word for a policy or a text is a thing; a saint\'s name a body': [
    ['a policy', 'France defended the Common Fisheries Policy.', 'Common Fisheries Policy', 'other'],
    ['a document (not a card: "LG Card" is a firm)', 'Peru banned the Zentrix Identity Document.', 'Zentrix Identity Document', 'other'],
    ['a policy, after a possessive', "Spain opposed the EU's Common Fisheries Policy.", 'Common Fisheries Policy', 'other'],
    ['a saint\'s name is a school\'s or a church\'s', "Anna Berg did not attend St Fintian's, a school in Dublin.", "St Fintian's", 'organization'],
    ['a listed first name keeps a person ("Denis Law")', 'Denis Law praised Benfica.', 'Denis Law', 'person'],
    ['a body\'s name whose first word the lexicon calls an adjective ("Home")', 'Peru criticised the Home Office.', 'Home Office', 'organization'],
  ],
  'a name after "the city of", "the town of" is a place, wherever it stands': [
    ['read as a body', 'In the city of Wambora, the Red Cross runs a paper. Wambora has a hospital.', 'Wambora', 'location'],
    ['read as a person', 'Aid reached the town of Kelvin Marsh. Kelvin Marsh welcomed it.', 'Kelvin Marsh', 'location'],
    ['a state\'s own name after "the City of" stays its own ("the City of London" is capitalised)', 'Zentrix left the City of Wambora. Zentrix met Ann Reid.', 'Zentrix', 'organization'],
  ],
  'a name ending in a word of trade is a body': [
    ['"Pharmaceutical"', "Zentrix said Japan's Kobayashi Pharmaceutical would end the deal.", 'Kobayashi Pharmaceutical', 'organization'],
    ['"Resources"', 'Kelvin Marsh Resources bought a mine in Peru.', 'Kelvin Marsh Resources', 'organization'],
    ['a legal suffix after the name\'s comma', 'TERRORISTS DYNAMITED MACHINERY BELONGING TO ALBOLONES PERUANOS, INC.', 'Albolones Peruanos', 'organization'],
    ['a legal suffix with its full stop', 'Tom Vale sued Kelvin Marsh Inc. in Lima.', 'Kelvin Marsh Inc.', 'organization'],
    ['a body\'s word before a country\'s name', 'Air Jamaica picked the London Stock Exchange for its listing.', 'Air Jamaica', 'organization'],
    ['"Research"', 'Kelvin Marsh Research surveyed voters in Peru.', 'Kelvin Marsh Research', 'organization'],
    ['a firm\'s "&" after a cue noun keeps a firm, whatever first name it starts with', 'Drinks giant Johnson & Vale bought Zentrix.', 'Johnson & Vale', 'organization'],
    ['a sport before a country\'s name is its governing body', 'Athletics Peru suspended Tom Vale in Lima.', 'Athletics Peru', 'organization'],
    ['a brand hyphened together before a country\'s name', 'Z-Mobile USA sued Zentrix in Texas.', 'Z-Mobile USA', 'organization'],
    ['a word no name list knows before a country\'s name', 'Zentrikom Austria cut prices in Vienna.', 'Zentrikom Austria', 'organization'],
    ['… but a first name before one is a person\'s ("Tony Jordan")', 'Tony Peru criticised Zentrix.', 'Tony Peru', 'person'],
    ['… and a country\'s name between a first name and a surname is a middle name ("Saul Israel Holiff")', 'Saul Peru Holkam criticised Zentrix.', 'Saul Peru Holkam', 'person'],
    ['a cue noun that names only firms keeps a firm, whatever a name list knows of its first word', 'Record company Sony Vale bought Zentrix.', 'Sony Vale', 'organization'],
  ],
  'a hyphened surname is one name': [
    ['a first half the lexicon knows as a noun, and one of an event ("Day")', 'Daniel Day-Vale sued Zentrix.', 'Daniel Day-Vale', 'person'],
  ],
  'a nation\'s force': [
    ['its air force is its body', 'The Salvadoran air force bombed a village in Morazan.', 'Salvadoran air force', 'organization'],
  ],
  'a broadcaster named after its medium': [
    ['"radio" before a name in wire copy', 'CITING RELIABLE SOURCES, RADIO CADENA VOLTARO STATED THAT THE POLICE ARRESTED TOM VALE.', 'Cadena Voltaro', 'organization'],
  ],
  'a lone first name after "the"': [
    ['names a thing ("The Bill" in Parliament)', 'The Bill was criticised by Labour.', 'Bill', 'other'],
    ['… and "the Lords" is Parliament', 'Labour criticised the Lords.', 'UK Parliament', 'organization'],
  ],
  'a text, a pact or a prize is no person': [
    ['a text named "X of Y" with a first name for its head', "Ann Lopez praised the Chilean Bloggers' Bill of Rights.", 'Bill of Rights', 'other'],
    ['a pact named "X of Y"', 'Peru signed the Treaty of Lima with Chile.', 'Treaty of Lima', 'other'],
    ['a prize after a noun of people ("actress")', 'Ann Lopez did not win the best actress Silver Condor Award.', 'actress Silver Condor Award', 'other'],
  ],
  'works and well-known groups': [
    ['what a maker of works is the maker "of" is a work', 'Ana Lopez, author of Dark Rivers, criticised Peru.', 'Dark Rivers', 'other'],
    ['a listed armed group by its common name', 'Sri Lanka fought the Tamil Tigers near Jaffna.', 'Liberation Tigers of Tamil Eelam', 'group'],
  ],
  'a nationality\'s people in the plural are a group of that country, not its state': [
    ['a bare plural demonym', 'Thousands of Bolivians crossed into Peru.', 'Bolivians', 'group'],
    ['named as written where the plural is no demonym plus "s"', 'Three Spaniards crossed into Peru.', 'Spaniards', 'group'],
    ['a singular demonym before a noun is unchanged ("Iraqi troops")', 'Iraqi troops attacked Kuwait.', 'Kuwait', 'country'],
  ],
};

for (const [construction, rows] of Object.entries(TABLES)) {
  for (const [why, text, name, type] of rows) {
    test(`entity types (${construction}): ${why} — "${text}"`, () => {
      const ts = run(text);
      const ends = ts.flatMap((t) => [t.subject, t.object]).filter((a) => a.name === name);
      assert.ok(ends.length, `no triple names ${name}: ${ts.map((t) => `${t.subject.name} -${t.relation.type}-> ${t.object.name}`).join(' | ')}`);
      for (const a of ends) assert.equal(a.type, type, `${name} typed ${a.type}`);
    });
  }
}

test('person-cues: a hyphened surname first in its sentence names the person named before', () => {
  const ts = run('Daniel Day-Vale sued Zentrix. Day-Vale has sued Peru in Lima.');
  assert.ok(ts.some((t) => t.subject.name === 'Daniel Day-Vale' && t.object.id === 'PER'), ts.map((t) => `${t.subject.name} -${t.relation.label}-> ${t.object.name}`).join(' | '));
});

test('person-cues: once a full name is a person by its honorific, "he" after it is that person', () => {
  const ts = run('Calisto Zanetti said he would co-operate with prosecutors. Mr Zanetti issued a statement through his lawyer.');
  assert.ok(ts.some((t) => t.subject.name === 'Calisto Zanetti' && t.relation.lemma === 'co-operate'), ts.map((t) => `${t.subject.name} -${t.relation.label}-> ${t.object.name}`).join(' | '));
});

test('person cues: a storm named after its kind is no person or body ("Hurricane Ivan", "Tropical Storm Jeanne")', () => {
  for (const text of ['Hurricane Zelda killed 20 Haitian farmers.', 'Haiti was hit by Tropical Storm Zelda.']) {
    const ts = run(text);
    assert.ok(!ts.some((t) => [t.subject, t.object].some((a) => /Zelda/.test(a.name) && a.type !== 'other')), ts.map((t) => `${t.subject.name}:${t.subject.type} ${t.object.name}:${t.object.type}`).join(' | '));
  }
});

test('person-cues: a force in a country is not that country\'s unless it is its air, police or security force', async () => {
  const { analyse } = await import('../../src/extract/analyse.ts');
  const { resolveSettings } = await import('../../src/settings.ts');
  const force = (text: string) => {
    const { an } = analyse({ id: 't', text }, resolveSettings());
    return an.flatMap((a) => a.chs.flatMap((c, k) => (a.s.tokens.slice(c.start, c.end).some((t) => t.lower === 'force') ? a.resolved.get(k) ?? [] : [])));
  };
  assert.deepEqual(force('Tom Vale praised the Lebanese peacekeeping force.').filter((x) => x.type !== 'other').map((x) => x.type), []);
  assert.deepEqual(force('Tom Vale praised the Lebanese air force.').map((x) => `${x.type}/${x.country}`), ['organization/LBN']);
});
