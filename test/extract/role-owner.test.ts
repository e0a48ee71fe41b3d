/**
 * roleOwner (src/extract/role-owner.ts), through the extractor: a body no dictionary knows, named
 * before a role and a person's name, is whose the role is ("Zentrix president Kiyoshi Tanabe" →
 * Kiyoshi Tanabe –president of→ Zentrix, rule `title`). Names here are made up, so no gazetteer
 * entry helps.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show } from './_triples.ts';
import type { Triple } from '../../src/types.ts';

const title = (t: Triple) => `${t.subject.id} -${t.relation.label}-> ${t.object.id}:${t.object.type}`;

// [why, text, the title triple that must come out]
const FOUND: Array<[string, string, string]> = [
  ['a nationality and capitalised words ending in a body\'s word name the body', 'British Airways chief executive Tom Vale said fares would rise.', 'tom-vale -chief executive of-> british-airways:organization'],
  ['… a country\'s name and a body\'s word too', 'UK Film Council chief Tom Vale said the film did well.', 'tom-vale -chief of-> uk-film-council:organization'],
  ['… not after a party\'s name, where the word is a portfolio', 'Lib Dem Treasury spokesman Tom Vale said taxes would rise.', 'tom-vale -spokesman of-> UK_LIBDEMS:organization'],
  ['a firm before a title', 'Zentrix president Kiyoshi Tanabe praised the deal.', 'kiyoshi-tanabe -president of-> zentrix:organization'],
  ['"group" before an office in apposition, after a possessive', "Kiyoshi Tanabe, Zentrix's group chief executive, praised the deal.", 'kiyoshi-tanabe -chief executive of-> zentrix:organization'],
  ['a two-word title', 'Analysts said Brewdale chief executive Ronald Dollens would stay.', 'ronald-dollens -chief executive of-> brewdale:organization'],
  ['a club before a player\'s position', 'The fans cheered as Dunmore defender David Weir scored.', 'david-weir -defender of-> dunmore:organization'],
  ['a band before a musician', 'Former Velvetrain guitarist Paul Arthurs left the stage.', 'paul-arthurs -former guitarist of-> velvetrain:organization'],
  ['a two-word bank before an economist', 'Prices will rise, said Halvorsen Bank economist Ana Ruiz.', 'ana-ruiz -economist of-> halvorsen-bank:organization'],
  ['a rank stays in the label, the field does not', 'Her plan did not impress Tory shadow education secretary Tim Collins.', 'tim-collins -shadow secretary of-> UK_CONSERVATIVES:organization'],
  ['a possessive before the role', "Zentrix's chairman Ian Vale resigned.", 'ian-vale -chairman of-> zentrix:organization'],
  ['a possessive acronym before a two-word title', "Talks were held with LSE's chief executive Clara Furse.", 'clara-furse -chief executive of-> lse:organization'],
  ['an office named alone, in apposition to the person', 'Ian Vale, the Zentrix chairman, resigned.', 'ian-vale -chairman of-> zentrix:organization'],
  ['an office owned by a possessive, in apposition', "Rod Eddington, BA's chief executive, said prices rose.", 'rod-eddington -chief executive of-> ba:organization'],
  ['a country\'s office in apposition', 'Alan Garcia, the Peruvian president, met Chilean officials.', 'alan-garcia -president of-> PER:country'],
  ['an honorific after the office ends no office', 'Former Zentrix director Sir Ian Vale has died.', 'ian-vale -former director of-> zentrix:organization'],
  ['an office of two words ending in "general"', 'UN Secretary General Kofi Annan spoke in Geneva.', 'kofi-annan -secretary general of-> UN:organization'],
  ['"Attorney General" is one office', 'Chilean Attorney General Maria Vale opened the inquiry.', 'maria-vale -attorney general of-> CHL:country'],
  ['"General" after another office is the holder\'s rank', 'Peruvian Defence Minister General Tomas Vale said the rebels had fled.', 'tomas-vale -minister of-> PER:country'],
  ['a state\'s office in a sports report stays the state\'s', 'Belgian sports minister Claude Eerdekens said the striker failed a test before the semi-final, the referee said.', 'claude-eerdekens -minister of-> BEL:country'],
  ['"outgoing" is no part of the body\'s name', 'Outgoing Dunmore chairman Gerald Krasner said the deal was good.', 'gerald-krasner -chairman of-> dunmore:organization'],
  ['a judge of a country in a sports report is the state\'s', 'US judge Susan Illston delayed the hearing, as the striker and the referee and the semi-final waited.', 'susan-illston -judge of-> USA:country'],
  ['a rank in an apposition stays in the label', 'Prices fell, said Ivan Kulakov, deputy chairman of Highland Gold.', 'ivan-kulakov -deputy chairman of-> highland-gold:organization'],
  ['the recogniser reading the firm, the role and the name as one person', 'Sony president Kunitake Ando praised Nintendo.', 'kunitake-ando -president of-> sony:organization'],
  ['an office capitalised, as American copy writes it', 'Zentrix President Kunitake Ando praised Nintendo.', 'kunitake-ando -president of-> zentrix:organization'],
  ['a minister whose country is not written is the home country\'s', "Japan's economy slowed and Japanese exports fell. Later, economy minister Heizo Vale praised Nintendo.", 'heizo-vale -minister of-> JPN:country'],
  ['… in two words', 'Zentrix Chief Executive Ana Ruiz praised Nintendo.', 'ana-ruiz -chief executive of-> zentrix:organization'],
];
for (const [why, text, want] of FOUND) {
  test(`role-owner: ${why}`, () => {
    const ts = run(text);
    // (said by the title rule, or by the apposition rule where the parse holds the apposition)
    assert.ok(ts.some((t) => (t.rule === 'title' || t.rule === 'appos') && title(t) === want), ts.map(title).join(' | ') || '(nothing)');
  });
}

test('role-owner: a party\'s man named with an honorific is its member, never "mr of"', () => {
  const ts = run("Labour's Mr Vale accused the journalist of lying.");
  assert.ok(ts.some((t) => t.rule === 'title' && title(t) === 'vale -member of-> UK_LABOUR:organization'), ts.map(title).join(' | '));
  assert.ok(!ts.some((t) => /^(mr|sir) of$/.test(t.relation.label)), ts.map(title).join(' | '));
});

test('role-owner: a role held no longer is past', () => {
  const ts = run('They list former Zentrix chairman Ian Vale as a supporter.');
  const t = ts.find((x) => x.rule === 'title');
  assert.equal(t && `${title(t)} ${t.relation.tense}`, 'ian-vale -former chairman of-> zentrix:organization past', ts.map(title).join(' | '));
});

test('role-owner: "then" before the office phrase, outside the mention, says it is held no longer', () => {
  const ts = run('The group claimed the attack against then Peruvian Minister of Defence Tomas Vale.');
  const t = ts.find((x) => x.rule === 'title' && x.subject.id === 'tomas-vale');
  assert.equal(t && `${title(t)} ${t.relation.tense}`, 'tomas-vale -former minister of-> PER:country past', ts.map(title).join(' | '));
});

test('role-owner: an office said by the apposition rule is not said twice', () => {
  const ts = run('Pedro Silva, the ambassador of Brazil, met Chilean officials.');
  assert.equal(ts.filter((t) => t.subject.id === 'pedro-silva' && t.object.id === 'BRA').length, 1, ts.map(title).join(' | '));
});

test('role-owner: an office of a body no dictionary knows, held by someone unnamed, is a person of that body', () => {
  const ts = run('A Zentrix spokesman denied the report.');
  assert.ok(ts.some((t) => t.subject.id === 'zentrix-spokesman' && t.subject.type === 'person'), ts.map(title).join(' | '));
});

// [why, text]: no title triple at all
const NONE: Array<[string, string]> = [
  ['a place before a role held in no body', 'Hollywood actor Tom Vale arrived in Leeds.'],
  ['a region\'s adjective before a role names no body', 'Tom Vale, European director for policy at Zentrix, said prices rose.'],
  ['a prize before a winner', 'Oscar winner Jamie Vale sang in Leeds.'],
  ['a field before a capitalised office ("Education Secretary")', 'Later, Education Secretary Ruth Vale spoke in Leeds.'],
  ['a minister in a story with no home country', 'Later, economy minister Heizo Vale spoke in Leeds and in Paris.'],
  ['… of two words', 'Later, International Development Secretary Ruth Vale spoke in Leeds.'],
  ['a body\'s generic word alone, first in the sentence', 'Party leader Charles Kennedy spoke in Leeds.'],
  ['a body\'s generic word alone, first in the sentence', 'Club captain John Terry scored in Leeds.'],
  ['a person\'s own staff: the boss is no body', 'Bush spokesman Scott McClellan denied the report.'],
  ['a person\'s staff, after an honorific and a possessive', "Tony Blair spoke. Mr Blair's spokesman Tom Kelly denied it."],
  ['a firm\'s office named by a country is no office of that country', 'Zentrix has moved its UK chief executive Ian Vale to Tokyo.'],
  ['a nationality before a descriptor is no office', 'British actor Clive Owen won the award.'],
  ['a nationality before a descriptor is no office', 'Russian pole vaulter Yelena Isinbayeva broke the record.'],
  ['a nationality before a church\'s role is no office of the state', 'Spanish priest Tomas Vale heads the group.'],
  ['a nationality before a newsroom\'s role is no office of the state', 'Italian correspondent Marco Vale was freed.'],
  ['a word for a hero of a body is no post in it', 'Dunmore legend Phil Thompson pleaded with Steve Gerrard.'],
  ['a name cut where the mention starts', "The bookmakers made Blazin' Squad singer Kenzie favourite."],
  ['a body word among the role words: the place\'s body, not the place', 'Kent police chief John Smith resigned.'],
  ['a nationality before an office of a part of the country is no office of its state', 'Colombian opposition leader Ana Vale was arrested.'],
  ['… "student leader" too', 'Peruvian student leader Tom Ruiz was arrested.'],
  ['… "drug leader" with a name of three words', 'Colombian drug leader Tomas Ruiz Vale was arrested in Lima.'],
];
for (const [why, text] of NONE) {
  test(`role-owner: no owner — ${why}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.rule === 'title'), ts.map(show).join(' | '));
  });
}

// [why, text, an office holder's id that must not be an endpoint]
const NO_OFFICE: Array<[string, string, string]> = [
  ['a body\'s capitalised name ending in a role word is the body', 'But the Scottish Executive has insisted Mr McConnell was right.', 'gbr-executive'],
  ['a role word the tagger read as a verb after the office: the phrase runs on', 'The deal does not include former Zentrix chief executives Ken Lay and Jeff Skilling.', 'zentrix-chief'],
  ['a name the chunker cut off after the office', 'There are big names left, said Zentrix spokeswoman Sue Bradburn.', 'zentrix-spokeswoman'],
];
for (const [why, text, absent] of NO_OFFICE) {
  test(`role-owner: no office holder — ${why}`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.subject.id === absent || t.object.id === absent), ts.map(title).join(' | '));
  });
}

test('role-owner: an office has no time of its own: the date of the clause naming it is not its time', () => {
  const ts = run('The highest ranking executive pleading guilty on Tuesday was former Zentrix senior vice president Joshua Bewlay.');
  const t = ts.find((x) => x.rule === 'title');
  assert.ok(t, ts.map(title).join(' | '));
  assert.equal(t.time, undefined);
});

// An office the subject takes, keeps or leaves ("became chairman of X", "resigned as chairman of X")
// is a relation to the office's body (index.ts officeTaken); an office holder met is someone else.
const TAKEN: Array<[string, string, string]> = [
  ['"become" an office of a body', 'Ian Vale will become chairman of Zentrix.', 'ian-vale -become chairman of-> zentrix:organization'],
  ['"remain" an office of a country', 'Lula will remain president of Brazil.', 'lula -remain president of-> BRA:country'],
  ['leaving an office "as"', 'Ian Vale resigned as chairman of Zentrix.', 'ian-vale -resign as chairman of-> zentrix:organization'],
  ['taking an office "as"', 'Ian Vale will take over as chairman of Zentrix.', 'ian-vale -take over as chairman of-> zentrix:organization'],
  ['an office holder met is a person', 'Alan Garcia met the Peruvian president.', 'alan-garcia -meet-> per-president:person'],
];
for (const [why, text, want] of TAKEN) {
  test(`role-owner: an office taken — ${why}`, () => {
    const ts = run(text);
    assert.ok(ts.some((t) => title(t) === want), ts.map(title).join(' | ') || '(nothing)');
  });
}

test('role-owner: an office is the writer\'s description, never attributed to a speaker', () => {
  const ts = run('Analysts said Zentrix chairman Ian Vale had sold his shares.');
  const t = ts.find((x) => x.rule === 'title');
  assert.ok(t, ts.map(title).join(' | '));
  assert.equal(t.attribution, undefined);
});
