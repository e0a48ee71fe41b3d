/**
 * inQuotation (src/extract/attribution.ts): whether a place in the text is inside a quotation,
 * read from the start of its paragraph, with straight quotes told apart by what precedes them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inQuotation } from '../../src/extract/attribution.ts';

// [why, text with | marking the place asked about, inside?]
const CASES: Array<[string, string, boolean]> = [
  ['after an opening straight quote', 'He said: "We will |win."', true],
  ['after the closing straight quote', '"We will win," |he said.', false],
  ['curly quotes', 'He said: \u201cWe will |win.\u201d', true],
  ['a new paragraph closes an unbalanced quote', 'He said: "We will win.\n\n|She agreed.', false],
  ['a stray closing quote does not open one', 'It ended.” |She agreed.', false],
  ['a quote opened in an earlier sentence of the paragraph', '"We will win. We will |fight," he said.', true],
];
for (const [why, marked, want] of CASES) {
  test(`attribution: inQuotation: ${why}`, () => {
    const at = marked.indexOf('|');
    assert.equal(inQuotation(marked.slice(0, at) + marked.slice(at + 1), at), want);
  });
}

// quoteState/quoteSpeakerSource, through the extractor: a speaker named at a quotation's close is
// carried back over it, never over plain reporting before an unbalanced straight quote
import { run } from './_triples.ts';
import { segment } from '../../src/extract/segment.ts';
import { quoteSpeakerSource } from '../../src/extract/attribution.ts';

test('attribution: a quotation closed by "…, X said" gives X to the sentences it spans', () => {
  const ts = run('"Peru will not sign the treaty with Chile. Peru will defend its border," the Peruvian president said.');
  const hit = ts.find((t) => t.subject.id === 'PER' && t.object.id === 'CHL');
  assert.ok(hit, ts.map((t) => `${t.subject.id}>${t.object.id}`).join(' '));
  assert.equal(hit.attribution?.id, 'per-president');
});

test('attribution: an unbalanced straight quote does not carry a later speaker back over plain text', () => {
  // a quotation opened in the second paragraph never closes; the third is plain reporting
  const text = 'Mr Soto said the rebate was "set in stone" and there was no room to move.\n\n"It is extraordinary to do it now. If we lose our rebate, Peru will pay more than Chile.\n\nChile signed a treaty with Bolivia on Monday. Bolivia welcomed it.\n\n"Peru has benefited hugely from the market," he said.';
  const sentences = segment(text);
  const last = sentences.length - 1;
  const src = quoteSpeakerSource(sentences, text, (i) => i === last);
  const chile = sentences.findIndex((x) => x.text.startsWith('Chile'));
  assert.ok(chile > 0);
  assert.equal(src[chile], -1, JSON.stringify(src));
  assert.equal(src[chile + 1], -1, JSON.stringify(src));
});

// [why, text, the sentence index asked about, the sentence whose speaker it takes (-1: none)]
const GOES_ON: Array<[why: string, text: string, at: number, want: number]> = [
  ['a quoted paragraph right after an attributed one goes on in its voice', '"We played well," said Mr Soto.\n\n"Then he broke my serve and I lost."', 1, 0],
  ['… over each sentence of it', '"We played well," said Mr Soto.\n\n"Then he broke my serve. I lost the set."', 2, 0],
  ['a quotation after plain reporting is nobody\'s', 'Mr Soto lost in Lima on Monday.\n\n"Then he broke my serve and I lost."', 1, -1],
  ['a quotation given to another speaker at its close keeps that speaker', '"We played well," said Mr Soto.\n\n"He was lucky," said Mr Vidal.', 1, 1],
  ['plain reporting after a quotation ends the voice', '"We played well," said Mr Soto.\n\nThen Peru lost. "He was lucky."', 2, -1],
  ['a sentence that quotes a few words of its own is the writer\'s, not the last speaker\'s', 'Some of them are "armed," said Mr Soto.\n\nThe army sent troops to stop "terrorist" acts.', 1, -1],
  ['… nor is one after it, in the same paragraph', 'Some of them are "armed," said Mr Soto. Peru called for a march to demand "respect." The army sent troops.', 1, -1],
  ['… but it does not end the voice: a quotation opening the next sentence goes on in it', '"We played well," said Mr Soto. He pledged to end "bad habits". "I come from Lima."', 2, 0],
  ['a quotation after a colon is a quotation, not a few words', '"We played well," said Mr Soto. He then added: "I come from Lima."', 1, 0],
];
for (const [why, text, at, want] of GOES_ON) {
  test(`attribution: ${why}`, () => {
    const sentences = segment(text);
    const speaks = (i: number) => /said Mr/.test(sentences[i].text);
    const src = quoteSpeakerSource(sentences, text, speaks);
    const got = speaks(at) ? at : src[at];
    assert.equal(got, want, JSON.stringify(sentences.map((x, i) => [x.text, src[i]])));
  });
}

// clauseSpeaker, through the extractor: only what a speech verb reports is its speaker's
// [why, sentence, triple (by show), speaker id or undefined]
import { findTriple, show } from './_triples.ts';
const SPEAKERS: Array<[string, string, string, string | undefined]> = [
  ['a reported clause is the speaker\'s', 'Peru said Chile had violated the treaty.', 'CHL -VIOLATE-> treaty', 'PER'],
  ['a "that" the parser took for the speech verb\'s object still opens what is said', 'A report says that the rebels have seized control of the highway.', 'group:rebel -SEIZE-> control', 'concept:report'],
  ['a closing tag whose speaker is named, then described, is that speaker\'s', 'Peru has attacked Chile, Angelino Garzon, a spokesman for the army, has reported.', 'PER -ATTACK-> CHL', 'angelino-garzon'],
  ['a "…, X said" tag covers the quotation before it', '"Chile violated the treaty," the Peruvian president said.', 'CHL -VIOLATE-> treaty', 'per-president'],
  ['the innermost speech verb speaks', 'Peru said Bolivia claimed Chile attacked Argentina.', 'CHL -ATTACK-> ARG', 'BOL'],
  ['a clause beside the speech verb is not reported', 'The Greens oppose the plan, but Peru insists it is fair.', 'greens -OPPOSE-> plan', undefined],
  ['a passive speech verb has no speaker but its agent', 'Relations between Peru and Chile are widely reported to be tense.', 'PER -RELATIONS_WITH-> CHL', undefined],
  ['a thing that says is a source ("the report said")', 'The report said Chile attacked Argentina.', 'CHL -ATTACK-> ARG', 'concept:report'],
  ['a thing that cannot say is no speaker ("the plan, said …" misparsed)', 'The plan, said the minister, was that Chile would sign the treaty with Peru.', 'CHL -SIGN_TREATY_WITH-> PER', undefined],
  ['unnamed people whose words are reported are a source ("analysts said")', 'Analysts said Chile had attacked Argentina.', 'CHL -ATTACK-> ARG', 'concept:analyst'],
  ['… in a tag after the clause, whatever relation the parser gives the tag', 'Chile sold its bonds to Argentina, analysts said.', 'CHL -SELL_BOND_TO-> ARG', 'concept:analyst'],
  ['… or a complement', 'Chile attacked Argentina, analysts said.', 'CHL -ATTACK-> ARG', 'concept:analyst'],
  ['an unnamed spokesman is a source ("a police spokesman said")', 'A police spokesman said Chile had attacked Argentina.', 'CHL -ATTACK-> ARG', 'concept:police-spokesman'],
  ['someone described but not named is a speaker ("the defence minister said")', 'The defence minister said Chile had attacked Argentina.', 'CHL -ATTACK-> ARG', 'concept:defence-minister'],
  ['… and a one-word description no named actor takes ("the spokesman said")', 'The spokesman said Chile had attacked Argentina.', 'CHL -ATTACK-> ARG', 'concept:spokesman'],
  ['… after a named actor of another kind', 'Zentrix bought Kelvar. The spokesman said Chile had attacked Argentina.', 'CHL -ATTACK-> ARG', 'concept:spokesman'],
  ['a body described but not named is a source ("the army informs … that")', 'The army informs the people that the rebels have attacked Lima.', 'group:rebel -ATTACK-> lima', 'concept:army'],
  ['… and so is "the committee"', 'The committee said the rebels had attacked Lima.', 'group:rebel -ATTACK-> lima', 'concept:committee'],
  ['… and so are people ("residents said")', 'Residents said Chile had attacked Argentina.', 'CHL -ATTACK-> ARG', 'concept:resident'],
  ['… but not one whose pronoun says what they did themselves', 'Ian Lopez flew to Lima. The lawyer added that he had met Chile.', 'ian-lopez -MEET-> CHL', undefined],
  ['a second "that"-clause of the speech verb is reported too', 'The announcer says that two people are missing, and that Chile attacked Argentina.', 'CHL -ATTACK-> ARG', 'concept:announcer'],
  ['"According to X" covers the sentence', 'According to Peru, Chile attacked Argentina.', 'CHL -ATTACK-> ARG', 'PER'],
  ['… so do radio stations, a news source not named', 'According to local radio stations, Chile attacked Argentina.', 'CHL -ATTACK-> ARG', 'concept:local-radio-station'],
  ['… but only the phrase right after it: with none there, the clause\'s own subject is no speaker', 'According to reports, Chilean troops attacked Argentina.', 'chl-troop -ATTACK-> ARG', undefined],
  ['a text of law that states is a source ("the law states")', 'The law states that Peruvians must defend Chile.', 'per-people -DEFEND-> CHL', 'concept:law'],
  ['… and so is a constitution', 'The constitution says Peru must defend Chile.', 'PER -DEFEND-> CHL', 'concept:constitution'],
  ['what someone felt is that person\'s view, as what he thinks is', 'Tom Vale felt that Chile could be beaten by Argentina.', 'ARG -BEAT-> CHL', 'tom-vale'],
  ['a belief\'s "that"-clause is its holder\'s view ("trusts that")', 'Tom Vale trusts that Chile will help Peru.', 'CHL -HELP-> PER', 'tom-vale'],
  ['… and so is a conclusion\'s ("concluded that")', 'Tom Vale concluded that Chile had attacked Peru.', 'CHL -ATTACK-> PER', 'tom-vale'],
  ['… and so is a hope\'s', 'Mali hopes that Algeria will reopen the border.', 'DZA -REOPEN-> border', 'MLI'],
  ['… but "we hope" in a quotation leaves it to the quotation\'s speaker', '"We hope Chile will help Peru," said Ana Ruiz.', 'CHL -HELP-> PER', 'ana-ruiz'],
  ['a promise\'s "that"-clause is its subject\'s undertaking', 'Lula promised that Brazil would help Bolivia.', 'BRA -HELP-> BOL', 'lula'],
  ['an "if"-clause of the speech verb is when it speaks, not what', 'If Peru attacks Chile, Bolivia will respond.', 'PER -ATTACK-> CHL', undefined],
  ['an "after"-clause of the speech verb too, parsed as its complement', 'Bolivia warned Peru after Chile had attacked Argentina.', 'CHL -ATTACK-> ARG', undefined],
  ['… and one whose "after" the parser left on its subject as a case word', 'Bolivia said after Chile attacked Argentina that it would protest.', 'CHL -ATTACK-> ARG', undefined],
  ['… but a "that" makes the clause what was said, whatever mark of a clause inside it follows', 'Tom Vale said that although Chile had never attacked Peru, it had armed the rebels.', 'CHL -ATTACK-> PER', 'tom-vale'],
  ['… also in capitals', 'TOM VALE MET THE PRESS. FINALLY HE SAID THAT ALTHOUGH HE HAS NEVER ACCEPTED PERU\'S PEACE PROPOSAL, HE HAS NEVER REJECTED DIALOGUE AS AN ALTERNATIVE FOR PEACE.', 'tom-vale -ACCEPT_PROPOSAL_OF-> PER', 'tom-vale'],
  ['a vow\'s "that"-clause too', 'The Kenyan president vowed that Kenya would repay Uganda.', 'KEN -REPAY-> UGA', 'ken-president'],
  ['what a speaker says of himself is his claim too', 'Ana Ruiz said she would visit Peru.', 'ana-ruiz -VISIT-> PER', 'ana-ruiz'],
  ['… and "I" in his quotation', '"I will visit Peru," Ana Ruiz said.', 'ana-ruiz -VISIT-> PER', 'ana-ruiz'],
  ['a verb of informing reports, whatever tag wink gave it', 'Peru informed Chile that Bolivia had closed the border.', 'BOL -CLOSE-> border', 'PER'],
  ['a writing speaks for its author ("a report by X said")', 'A report by the UN said Chile had attacked Argentina.', 'CHL -ATTACK-> ARG', 'UN'],
  ['… and a writing from a body', 'A statement from Peru said Chile had attacked Argentina.', 'CHL -ATTACK-> ARG', 'PER'],
  ['… and a writing a name owns', "Peru's report said Chile had attacked Argentina.", 'CHL -ATTACK-> ARG', 'PER'],
  ['… and one "according to"', 'According to a study by Peru, Chile attacked Argentina.', 'CHL -ATTACK-> ARG', 'PER'],
  ['a tag with its speaker after the verb ("…, says a report by X")', 'Chile attacked Argentina, says a report by Peru.', 'CHL -ATTACK-> ARG', 'PER'],
  ['… and a prediction', 'Chile will attack Argentina, predicts a report by Peru.', 'CHL -ATTACK-> ARG', 'PER'],
  ['… a participle after the comma is the subject\'s own act', 'Peru won the game in Lima, adding a late goal.', 'PER -ADD-> late goal', undefined],
  ['a participle of speech after a reported clause is the reporter\'s second act', 'Zentrix said profits had risen, adding that Chile had attacked Argentina.', 'CHL -ATTACK-> ARG', 'zentrix'],
  ['… after a noun\'s "that"-clause too, passive or not', 'Mr Hale rejected the claim that Chile had been ignored, saying Peru had attacked Bolivia.', 'PER -ATTACK-> BOL', 'hale'],
  ['… but not out of a quotation, where it is the quoted sentence\'s', 'Ana Ruiz said: "Chile had sent a message after the final, saying Peru would attack Bolivia."', 'PER -ATTACK-> BOL', 'CHL'],
  ['… nor onto a noun the parser read as a verb', 'Telecom analysts Ovum welcomed the move, saying Zentrix had given Chile a lot of ground.', 'zentrix -GIVE_TO_CHILE-> ground', 'ovum'],
  ['… and after a prediction', 'Analysts predicted that the rally would be short-lived, saying Chile would sell its bonds to Argentina.', 'CHL -SELL_TO-> ARG', 'concept:analyst'],
  ['… a speaker named before the verb is no such tag', 'Chile will attack Argentina, analysts predict.', 'CHL -ATTACK-> ARG', 'concept:analyst'],
  ['an apposition to the speaker is the writer\'s description', '"Prices rose," said Tim Vale, a spokesman for Barclays.', 'tim-vale -SPOKESMAN_FOR-> barclays', undefined],
  ['a relative clause set off by a comma is the writer\'s description, not the speaker\'s words', 'Speaking of the case of former senator Luis Gomez, who sought asylum at the Cuban embassy, Ana Ruiz said they would decide soon.', 'luis-gomez -SEEK_ASYLUM_AT-> cub-embassy', undefined],
  ['… but inside a quotation it is the speaker\'s own words', 'Tom Vale praised French films, saying: "Hollywood, which created modern cinema, uses it only as a commodity."', 'hollywood -CREATE-> modern cinema', 'tom-vale'],
  ['… a restrictive one, with no comma, is part of what was said', 'Peru said Chile had punished the Chilean soldiers who attacked Bolivia.', 'chl-soldier -ATTACK-> BOL', 'PER'],
  ['a clause of time or cause the parser took for the report reports nothing', 'Tom Vale added four conversions as Wales maintained their superb start to the tournament.', 'GBR -MAINTAIN-> superb start', undefined],
  ['an accusation is its maker\'s word ("accused X of …")', 'Tom Vale accused Chile of arming the rebels.', 'CHL -ARM-> group:rebel', 'tom-vale'],
  ['… and so is blame', 'Peru blamed Chile for attacking Bolivia.', 'CHL -ATTACK-> BOL', 'PER'],
  ['… and an allegation\'s "that"-clause', 'Tom Vale alleged that Chile attacked Peru.', 'CHL -ATTACK-> PER', 'tom-vale'],
  ['… one made inside a report is the nearer maker\'s', 'Tom Vale said that Peru had accused Chile of attacking Bolivia.', 'CHL -ATTACK-> BOL', 'PER'],
  ['… but an accusation denied is no one\'s word', 'Peru did not accuse Chile of attacking Bolivia.', 'CHL -ATTACK-> BOL', undefined],
  ['"wrote" in a list of acts sharing an object is no speech', 'Tim Vale wrote, directed and starred in the film for Zentrix Pictures.', 'tim-vale -STAR_IN_FILM_FOR-> zentrix-pictures', undefined],
  ['someone described by an occupation speaks ("her agent said", "an aide said")', 'Ann Vale met Tom Kerr in Leeds on Saturday, her agent said.', 'ann-vale -MEET-> tom-kerr', 'concept:agent'],
  ['… "an aide" too', 'Peru will attack Chile, an aide said.', 'PER -ATTACK-> CHL', 'concept:aide'],
  ['a tag the parser hung the report\'s if-clause on, with a title before the name, still tags it', 'Peru would cut the number of its troops by about a fifth if it were attacked, Peruvian leader Tim Vale has said.', 'PER -CUT-> troops', 'tim-vale'],
  ['… and the if-clause itself is reported too', 'Chile would raise taxes if Peru attacked Bolivia, Chilean leader Tim Vale has claimed.', 'PER -ATTACK-> BOL', 'tim-vale'],
  ['… but a conjunct with "and" is no tag', 'Peru will attack Chile if Bolivia arms the rebels, and Tim Vale said so.', 'PER -ATTACK-> CHL', undefined],
  ['… and a verb with an object of its own is no tag ("…, all the players feel the same")', 'Peru will attack Chile in May, all the players feel the same.', 'PER -ATTACK-> CHL', undefined],
  ['a clause set after a comma with "so" is not what a speech verb reports: the quotation stays its closer\'s', '"Peru will attack Chile. There are many other players who feel the same, so we all agree," said Tim Vale.', 'PER -ATTACK-> CHL', 'tim-vale'],
  ['a family speaks as its members do ("his family said")', 'Ian Lopez met Tom Kerr in Leeds on Saturday, his family said.', 'ian-lopez -MEET-> tom-kerr', 'concept:family'],
  ['… and so do lawyers', 'Peru will sue Chile in The Hague, its lawyers said.', 'PER -SUE-> CHL', 'concept:lawyer'],
  ['… organisers', 'Peru will play Chile at the stadium in Lima next month, the organisers have said.', 'PER -PLAY-> CHL', 'concept:organizer'],
  ['… and an executive', 'Repsol could buy Zentrix, its chief executive has said.', 'repsol -BUY-> zentrix', 'concept:chief-executive'],
  ['what a "he" no one could be found for reports is still reported, not the writer\'s', 'He declared that Chile attacked Bolivia.', 'CHL -ATTACK-> BOL', 'concept:unidentified-person'],
  ['… and so for "she"', 'She added that Chile attacked Bolivia.', 'CHL -ATTACK-> BOL', 'concept:unidentified-person'],
  ['… but a "he" found is that person', 'Tom Vale met the press. He declared that Chile attacked Bolivia.', 'CHL -ATTACK-> BOL', 'tom-vale'],
  ['… and a sentence with a quotation leaves its speaker to the quotations around it', '"Chile is a friend," said Tom Vale. He added: "Chile armed the rebels in Peru."', 'CHL -ARM-> per-rebel', 'tom-vale'],
];
for (const [why, text, want, speaker] of SPEAKERS) {
  test(`attribution: per clause: ${why}`, () => {
    const hit = findTriple(run(text), want);
    assert.equal(hit.attribution?.id, speaker);
  });
}

// A speech verb set inside what is said (repairs/speech.ts repairParentheticalSpeech): the fronted
// phrase is the reported verb's subject, the speaker only the attribution.
const PARENTHETICAL: Array<[why: string, text: string, subject: string, object: string, speaker: string]> = [
  ['"X, said Y, …"', 'Peru, said Lopez, has invited Chile.', 'PER', 'CHL', 'lopez'],
  ['"X, Y said, …"', 'Peru, Lopez said, has invited Chile.', 'PER', 'CHL', 'lopez'],
  ['"X, says Y, could …" (the speaker read as the object)', 'Peru, says Mr Lopez, could invite Chile.', 'PER', 'CHL', 'lopez'],
  ['"X, argues Y, will …"', 'Brazil, argues Maria Santos, will help Chile.', 'BRA', 'CHL', 'maria-santos'],
];
for (const [why, text, subject, object, speaker] of PARENTHETICAL) {
  test(`attribution: a parenthetical speech verb: ${why}`, () => {
    const ts = run(text);
    const hit = ts.find((t) => t.subject.id === subject && t.object.id === object);
    assert.ok(hit, ts.map((t) => `${t.subject.id}>${t.object.id}`).join(' '));
    assert.equal(hit.attribution?.id, speaker);
  });
}

test('attribution: the speaker of a parenthetical speech verb does not do what is said ("The deal, said Lopez, will help Chile")', () => {
  const ts = run('The deal, said Lopez, will help Chile sell copper to Japan.');
  assert.ok(!ts.some((t) => t.subject.id === 'lopez'), ts.map((t) => `${t.subject.id}>${t.object.id}`).join(' '));
  assert.ok(ts.some((t) => t.subject.id === 'CHL' && t.attribution?.id === 'lopez'), ts.map((t) => `${t.subject.id}>${t.object.id} by ${t.attribution?.id}`).join(' '));
});

// [why, text, subject id, object id]: a speech verb that is negated or not asserted says nothing
const UNSAID: Array<[string, string, string, string]> = [
  ['one asked to explain has not explained', 'Peruvian ministers have been asked to explain how Chile bought the jets from Bolivia.', 'CHL', 'BOL'],
  ['one who would not say has not said', 'Tom Vale would not say whether Chile had bought the jets from Bolivia.', 'CHL', 'BOL'],
];
for (const [why, text, s, o] of UNSAID) {
  test(`attribution: a speech act that did not take place attributes nothing: ${why}`, () => {
    const ts = run(text);
    const hit = ts.find((t) => t.subject.id === s && t.object.id === o);
    assert.ok(hit, ts.map((t) => `${t.subject.id}>${t.object.id}`).join(' '));
    assert.equal(hit.attribution, undefined);
  });
}

test('attribution: a copular clause after a bare "admitted" is what was admitted, its subject no object of the admitting', () => {
  const ts = run('Leeds manager Tom Hale admitted their trip to Anfield to face Liverpool was the hardest draw possible.');
  assert.ok(!ts.some((t) => /^ADMIT/.test(t.relation.type) || (t.subject.id === 'tom-hale' && t.relation.lemma === 'face')), ts.map(show).join(' | '));
});

// [why, text]: the noun a bare complement starts with keeps its relative clause set off by commas,
// and the clause after the closing comma is what was said or hoped (repairs/speech.ts)
const CLOSED_RELATIVE: Array<[why: string, text: string, want: string, speaker: string]> = [
  ['the noun read as the verb\'s object', 'Tom Vale said he hoped Zentrix, which makes phones in Peru, would buy Kelvar Holdings.', 'zentrix -BUY-> kelvar-holdings', 'tom-vale'],
  ['… or as the verb\'s second subject, its verb hung inside the relative clause', 'Tom Vale said Zentrix, which makes phones in Peru, had sold its plant to Chile.', 'zentrix -SELL_PLANT_TO-> CHL', 'tom-vale'],
];
for (const [why, text, want, speaker] of CLOSED_RELATIVE) {
  test(`attribution: a bare complement past a relative clause set off by commas: ${why}`, () => {
    const ts = run(text);
    assert.equal(findTriple(ts, want).attribution?.id, speaker);
    assert.ok(!ts.some((t) => /^(HOPE|SAY)/.test(t.relation.type)), ts.map(show).join(' | '));
  });
}
