/**
 * The shipped models on sentences of our own: a smoke test that the files load and give UD trees
 * and names (scores on gold data are bench:parse's job, not a unit test's).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyser, type Analysis } from '../../src/nlp/analyser.js';

const words = (s: string) => s.split(' ');
/** The relation and head word of `word` in the analysis. */
function arc(forms: string[], a: Analysis, word: string): string {
  const i = forms.indexOf(word);
  const h = a.heads[i];
  return `${a.deprels[i]}<${h === 0 ? 'ROOT' : forms[h - 1]}`;
}

const TREES: [string, [string, string][]][] = [
  ['Russia signed a treaty with Belarus .', [['Russia', 'nsubj<signed'], ['signed', 'root<ROOT'], ['treaty', 'obj<signed']]],
  ['The talks were held in Minsk .', [['talks', 'nsubj:pass<held'], ['were', 'aux:pass<held'], ['Minsk', 'obl<held']]],
  ['The bridge was destroyed by rebels .', [['rebels', 'obl:agent<destroyed'], ['by', 'case<rebels']]],
  ['The government wants the army to disband the groups .', [['wants', 'root<ROOT'], ['disband', 'xcomp<wants'], ['groups', 'obj<disband']]],
  ['He said that the talks had failed .', [['failed', 'ccomp<said'], ['talks', 'nsubj<failed']]],
  ['Iran \'s president visited Moscow .', [['Iran', 'nmod:poss<president'], ['president', 'nsubj<visited']]],
];

for (const [text, want] of TREES) {
  test(`a UD tree for "${text}"`, () => {
    const forms = words(text);
    const a = analyser().analyse(forms);
    assert.equal(a.heads.filter((h) => h === 0).length, 1, 'one root');
    assert.ok(a.heads.every((h) => h >= 0 && h <= forms.length));
    for (const [w, expected] of want) assert.equal(arc(forms, a, w), expected, w);
  });
}

test('names are found and typed person, organization and place', () => {
  const a = analyser();
  const names = (text: string) => {
    const forms = words(text);
    a.startDocument();
    return a.analyse(forms).entities.map((e) => `${forms.slice(e.start, e.end).join(' ')}/${e.type}`);
  };
  const first = names('Angela Merkel arrived in Berlin on Monday .');
  assert.ok(first.includes('Angela Merkel/person'), first.join(', '));
  assert.ok(first.includes('Berlin/place'), first.join(', '));
  assert.ok(!first.some((s) => s.startsWith('Monday')), 'a weekday is no name');
  const second = names('Officials of the United Nations met in Geneva .');
  assert.ok(second.some((s) => /United Nations\/organization/.test(s)), second.join(', '));
});

test('wire copy in capitals still gets a tree and its names', () => {
  const forms = words('GUERRILLAS ATTACKED THE TOWN NEAR SAN SALVADOR ON MONDAY .');
  const a = analyser();
  a.startDocument();
  const out = a.analyse(forms);
  assert.equal(arc(forms, out, 'GUERRILLAS'), 'nsubj<ATTACKED');
  assert.equal(arc(forms, out, 'TOWN'), 'obj<ATTACKED');
  const spans = out.entities.map((e) => `${forms.slice(e.start, e.end).join(' ')}/${e.type}`);
  assert.ok(spans.includes('SAN SALVADOR/place'), spans.join(', '));
});

test('the same sentence gives the same analysis (no state between documents)', () => {
  const forms = words('Maria Lopez , a lawyer , sued Acme Corp in Texas .');
  const a = analyser();
  a.startDocument();
  const first = a.analyse(forms);
  a.startDocument();
  a.analyse(words('Lopez Lopez Lopez is a company .'));
  a.startDocument();
  assert.deepEqual(a.analyse(forms), first);
});

test('a name neither begins nor ends with punctuation', async () => {
  const { trimNames } = await import('../../src/nlp/analyser.js');
  const forms = ['the', '[', 'FMLN', ']', 'and', '"', 'Acme', 'Corp', '.', '"'];
  assert.deepEqual(trimNames(forms, [{ start: 1, end: 4, type: 'organization' }, { start: 5, end: 10, type: 'organization' }, { start: 8, end: 9, type: 'place' }]),
    [{ start: 2, end: 3, type: 'organization' }, { start: 6, end: 8, type: 'organization' }]);
});

test('a name read across a possessive ends there ("Ireland\'s Brian Vale"); a possessive that ends it stays ("McDonald\'s")', async () => {
  const { trimNames } = await import('../../src/nlp/analyser.js');
  assert.deepEqual(trimNames(['Ireland', "'s", 'Brian', 'Vale', 'won'], [{ start: 0, end: 4, type: 'place' }]), [{ start: 0, end: 1, type: 'place' }]);
  assert.deepEqual(trimNames(['McDonald', "'s", 'said'], [{ start: 0, end: 2, type: 'organization' }]), [{ start: 0, end: 2, type: 'organization' }]);
});

test('"chief executive" ending its phrase is an adjective and a noun, so the apposition holds', () => {
  const forms = words('Ian Vale , its chief executive , said prices rose .');
  const a = analyser().analyse(forms);
  assert.deepEqual([a.upos[forms.indexOf('chief')], a.upos[forms.indexOf('executive')]], ['ADJ', 'NOUN']);
  assert.equal(arc(forms, a, 'executive'), 'appos<Ian');
});

// [why, sentence, the position word]: a position that is also a verb, between a team and a full name
const POSITIONS: Array<[string, string, string]> = [
  ['rugby\'s prop', 'Ireland prop John Hayes praised the pack .', 'prop'],
  ['rugby\'s lock', 'England lock Danny Grewcock kicked the ball .', 'lock'],
  ['after a team whose name is a common plural, before a surname that is also a word', 'He was backed by former Lions prop Dai Young .', 'prop'],
];
for (const [why, text, word] of POSITIONS) {
  test(`a position between a team and a full name is a noun: ${why}`, () => {
    const forms = words(text);
    assert.equal(analyser().analyse(forms).upos[forms.indexOf(word)], 'NOUN');
  });
}

test('"an executive at X": after a determiner "executive" is a noun too, and the apposition holds', () => {
  const forms = words('Marc Vale , an executive at Xstrata , said prices rose .');
  const a = analyser().analyse(forms);
  assert.equal(a.upos[forms.indexOf('executive')], 'NOUN');
  assert.equal(arc(forms, a, 'executive'), 'appos<Marc');
});

test('"an executive board": before a noun "executive" still describes it', () => {
  const forms = words('Zentrix named an executive board .');
  assert.notEqual(analyser().analyse(forms).upos[forms.indexOf('executive')], 'NOUN');
});

test('"managing director" is an office: "managing" describes it, no verb', () => {
  const forms = words('Brian Vale , managing director of Zentrix , said prices rose .');
  const a = analyser().analyse(forms);
  assert.equal(a.upos[forms.indexOf('managing')], 'ADJ');
  assert.equal(arc(forms, a, 'director'), 'appos<Brian');
});

test('"campaigns director" is an office: a plural before an office at the start of its phrase names its field, no verb', () => {
  const forms = words('Blake Vale , campaigns director at Zentrix in Peru , said prices rose .');
  const a = analyser().analyse(forms);
  assert.equal(a.upos[forms.indexOf('campaigns')], 'NOUN');
  assert.equal(arc(forms, a, 'director'), 'appos<Blake');
});

test('"campaigns for" after a subject stays a verb', () => {
  const forms = words('He campaigns for Zentrix .');
  assert.equal(analyser().analyse(forms).upos[forms.indexOf('campaigns')], 'VERB');
});

test('"lead singer" after a comma is a rank before a role, no verb', () => {
  const forms = words('Zentrix Patrol had to ask their bassist to leave the band , lead singer Tom Vale has said .');
  assert.equal(analyser().analyse(forms).upos[forms.indexOf('lead')], 'ADJ');
});

// [why, sentence (words), the month, its part of speech]: a month beside a day or a year is the month
const MONTHS: Array<[string, string, string, string]> = [
  ['"may" after a day, in capitals', 'AFTER THE ATTACK ON 3 MAY , GENERAL TOMAS VALE SENT A LETTER .', 'MAY', 'PROPN'],
  ['"march" before a year', 'THE TALKS ENDED IN MARCH 1990 .', 'MARCH', 'PROPN'],
  ['a modal "may" stays a modal', 'THE POLICE MAY ARREST HIM .', 'MAY', 'AUX'],
];
for (const [why, text, word, want] of MONTHS) {
  test(`a dated month: ${why}`, () => {
    const forms = words(text);
    assert.equal(analyser().analyse(forms).upos[forms.indexOf(word)], want);
  });
}

// [why, sentence (words), the word, its part of speech]: an "-ing" form of a verb with no object, before a noun, is an adjective
const INTRANSITIVE_ING: Array<[string, string, string, string]> = [
  ['after a verb of reporting', 'Zentrix reported falling profits last year .', 'falling', 'ADJ'],
  ['after "faces"', 'Peru faces rising unemployment .', 'rising', 'ADJ'],
  ['a verb of beginning takes it as its complement', 'Farmers started growing crops .', 'growing', 'VERB'],
  ['a verb that takes an object is not touched', 'Zentrix reported selling shares .', 'selling', 'VERB'],
];
for (const [why, text, word, want] of INTRANSITIVE_ING) {
  test(`an intransitive "-ing" before a noun: ${why}`, () => {
    const forms = words(text);
    assert.equal(analyser().analyse(forms).upos[forms.indexOf(word)], want);
  });
}

// [why, sentence (words), the word, its part of speech]: a harm's participle after "be" is the passive verb
const HARMED: Array<[string, string, string, string]> = [
  ['"was seriously injured", in capitals', 'A SECURITY GUARD , WHO WAS INSIDE THE BUILDING , WAS SERIOUSLY INJURED , THE REPORT SAID .', 'INJURED', 'VERB'],
];
for (const [why, text, word, want] of HARMED) {
  test(`a harm's participle: ${why}`, () => {
    const forms = words(text);
    assert.equal(analyser().analyse(forms).upos[forms.indexOf(word)], want);
  });
}

// [why, sentence (words), the word, its fine tag]: a past form after "be" and an opening quote is the passive participle
const QUOTED_PASSIVE: Array<[string, string, string, string]> = [
  ['after "be" and a quote', 'Tom Vale said the old leader would be " mourned throughout the world " .', 'mourned', 'VBN'],
  ['after "was" and a quote', 'Tom Vale said Peru was " betrayed by Chile " .', 'betrayed', 'VBN'],
  ['a past tense after a quote with no "be" stays one', 'Tom Vale said : " Peru betrayed Chile " .', 'betrayed', 'VBD'],
];
for (const [why, text, word, want] of QUOTED_PASSIVE) {
  test(`a quoted passive participle: ${why}`, () => {
    const forms = words(text);
    assert.equal(analyser().analyse(forms).xpos[forms.indexOf(word)], want);
  });
}

// [why, sentence (words), the word, its part of speech]: a surname in "-es" set in capitals is no verb
const SURNAMES: Array<[string, string, string, string]> = [
  ['an unknown "-es" word after a name (FLORES)', 'JUDGE ANA MARIA FLORES , A MEMBER OF THE COURT , ORDERED HIS ARREST .', 'FLORES', 'PROPN'],
  ['… after a rank and a name (FUENTES)', 'COLONEL FRANCISCO ELENA FUENTES , COMMANDER OF THE BRIGADE , DENIED IT .', 'FUENTES', 'PROPN'],
  ['a verb the lexicon knows stays a verb', 'PRESIDENT TOMAS VALE SAYS THE ARMY WILL WITHDRAW .', 'SAYS', 'VERB'],
  ['an unknown "-es" word after a common noun is not touched', 'THE ARMY ZORBALES THE TOWN .', 'ZORBALES', 'VERB'],
];
// [why, sentence (words), the word, its part of speech]: a hyphened given name's English second half is no noun
const GIVEN_NAMES: Array<[string, string, string, string]> = [
  ['after a name word the lexicon saw only as a name (KIM TAE-SONG)', 'THE CONGRESS SENT A MESSAGE TO PRESIDENT KIM TAE - SONG .', 'SONG', 'PROPN'],
  ['… as the subject (RI CHOL-SONG)', 'GENERAL RI CHOL - SONG DENOUNCED THE AGGRESSION .', 'SONG', 'PROPN'],
  ['after a body\'s acronym and a determiner: a noun', 'THE FMLN - GOVERNMENT TALKS RESUMED IN CARACAS .', 'GOVERNMENT', 'NOUN'],
  ['after a word the lexicon saw as a noun: a noun', 'THE ARENA PARTY - GOVERNMENT PACT COLLAPSED .', 'GOVERNMENT', 'NOUN'],
];
for (const [why, text, word, want] of GIVEN_NAMES) {
  test(`a hyphened given name in capitals: ${why}`, () => {
    const forms = words(text);
    assert.equal(analyser().analyse(forms).upos[forms.indexOf(word)], want);
  });
}

for (const [why, text, word, want] of SURNAMES) {
  test(`a surname in capitals: ${why}`, () => {
    const forms = words(text);
    assert.equal(analyser().analyse(forms).upos[forms.indexOf(word)], want);
  });
}

// [why, sentence, what "account" must be]: the verb takes "for"; "to account" without it is the noun
const ACCOUNT: Array<[string, string, string]> = [
  ['"hold X to account" holds a noun', 'The Tories vowed to hold ministers to account over the scheme .', 'NOUN'],
  ['… at the end of the sentence too', 'Voters will call the council to account .', 'NOUN'],
  ['"to account for" is the verb', 'The firm failed to account for the missing money .', 'VERB'],
];
for (const [why, text, want] of ACCOUNT) {
  test(`"to account": ${why}`, () => {
    const forms = words(text);
    assert.equal(analyser().analyse(forms).upos[forms.lastIndexOf('account')], want);
  });
}

// [why, sentence, the word after the determiner, its relation]: no determiner stands before a bare verb
const DETERMINED: Array<[string, string, string, string]> = [
  ['after "no"', 'Lopez made no mention of the deal .', 'mention', 'obj'],
  ['after "a"', 'There has been a mention of the deal .', 'mention', 'nsubj'],
];
for (const [why, text, word, rel] of DETERMINED) {
  test(`a verb's base form after a determiner is a noun: ${why}`, () => {
    const forms = words(text);
    const a = analyser().analyse(forms);
    assert.equal(a.upos[forms.indexOf(word)], 'NOUN');
    assert.equal(a.deprels[forms.indexOf(word)], rel);
  });
}

// [why, sentence, the word after "to", its object]: after the infinitive's "to", before its object, a verb
const INFINITIVES: Array<[string, string, string, string]> = [
  ['before a determiner', 'Peru agreed to fund the project .', 'fund', 'project'],
  ['before a name', 'Peru will not continue to fund Chile .', 'fund', 'Chile'],
];
for (const [why, text, word, object] of INFINITIVES) {
  test(`a noun after the infinitive's "to" is its verb: ${why}`, () => {
    const forms = words(text);
    const a = analyser().analyse(forms);
    assert.equal(a.upos[forms.indexOf(word)], 'VERB');
    assert.equal(a.deprels[forms.indexOf(object)], 'obj', a.deprels.join(' '));
  });
}

test('after a form of "be", "to" and a word before a noun phrase are the infinitive ("The Tories are to back the plans")', () => {
  const forms = words('The Tories are to back controversial plans .');
  const a = analyser().analyse(forms);
  assert.equal(a.upos[forms.indexOf('back')], 'VERB');
  assert.equal(a.upos[forms.indexOf('to')], 'PART');
  // (a place after "to" stays one: "is to the north of Lima")
  const place = words('The house is to the north of Lima .');
  assert.equal(analyser().analyse(place).upos[place.indexOf('to')], 'ADP');
});

test('"to" the preposition keeps its noun: "gave money to the fund", "introduced him to actor X"', () => {
  const forms = words('Peru gave money to the fund .');
  assert.equal(analyser().analyse(forms).upos[forms.indexOf('fund')], 'NOUN');
  const named = words('His wife introduced him to actor Nicolas Vale .');
  assert.notEqual(analyser().analyse(named).upos[named.indexOf('actor')], 'VERB');
});

test('a noun for a kind of firm between a country and a name is a noun, not a verb ("US carmakers General Motors")', () => {
  const forms = words('US carmakers General Motors and Ford sued Fiat .');
  const a = analyser().analyse(forms);
  assert.equal(a.upos[forms.indexOf('carmakers')], 'NOUN');
  assert.notEqual(a.deprels[forms.indexOf('carmakers')], 'root');
});

test('capitals joined by "&" are a name, first in a sentence too ("S&P, which rates borrowers, lifted …")', () => {
  const forms = words('O&B , which rates borrowers , lifted the rating of Peru .');
  const a = analyser().analyse(forms);
  assert.equal(a.upos[0], 'PROPN');
  const spaced = words('Standard & Poor raised the rating of Peru .');
  assert.deepEqual([0, 2].map((i) => analyser().analyse(spaced).upos[i]), ['PROPN', 'PROPN']);
});

test('an "-ed" word after a plural subject that opens the sentence, before an object, is the past tense ("Chilean rebels wounded two soldiers")', () => {
  for (const [text, verb] of [['Chilean rebels wounded two Peruvian soldiers .', 'wounded'], ['Peruvian helicopters and tanks shelled positions near Lima .', 'shelled']]) {
    const forms = words(text);
    assert.equal(analyser().analyse(forms).xpos[forms.indexOf(verb)], 'VBD', text);
  }
  // (not a participle on the subject with a phrase of its own, nor after a finite verb)
  const rel = words('Soldiers wounded in the attack were taken to Lima .');
  assert.notEqual(analyser().analyse(rel).xpos[rel.indexOf('wounded')], 'VBD');
});

test('a participle between a lexical verb and a noun describes the noun ("reject proposed Israeli changes"), not after "have"', () => {
  const forms = words('The Chileans reject proposed Peruvian changes to the deal .');
  const a = analyser().analyse(forms);
  assert.equal(a.upos[forms.indexOf('proposed')], 'ADJ');
  assert.equal(a.upos[forms.indexOf('reject')], 'VERB');
  assert.notEqual(a.deprels[forms.indexOf('reject')], 'aux:pass');
  const perfect = words('Peru has proposed changes to the deal .');
  assert.equal(analyser().analyse(perfect).upos[perfect.indexOf('proposed')], 'VERB');
});

test('a plural noun of intent after "said the firm", before "to" and a verb, is the verb ("said the firm plans to grow sales")', () => {
  for (const [text, verb] of [['Vale said the firm plans to grow sales in Peru .', 'plans'], ['Peru warned the council wants to close the mine .', 'wants']]) {
    const forms = words(text);
    const a = analyser().analyse(forms);
    assert.equal(a.xpos[forms.indexOf(verb)], 'VBZ', text);
  }
  // (after a preposition the phrase is a noun's: "pointed to the party plans to raise taxes")
  const noun = words('He pointed to the party plans to raise taxes .');
  assert.equal(analyser().analyse(noun).xpos[noun.indexOf('plans')], 'NNS');
});

test('a capitalised number word before a name is the name\'s first word ("the Six Nations"), a lower-case one a count', () => {
  const forms = words('England lost two games in the Six Nations .');
  const a = analyser().analyse(forms);
  assert.equal(a.upos[forms.indexOf('Six')], 'PROPN');
  assert.equal(a.upos[forms.indexOf('two')], 'NUM');
});

test('an irregular past read as a noun after the subject, before its phrase, is the verb ("four men in a car shot at a post")', () => {
  const forms = words('Four men in a car shot at a sentry post and fled .');
  assert.equal(analyser().analyse(forms).xpos[forms.indexOf('shot')], 'VBD');
  // (before a name too: "a gunman shot Tom Vale")
  const named = words('A gunman shot Tom Vale in Bogota .');
  assert.equal(analyser().analyse(named).xpos[named.indexOf('shot')], 'VBD');
  // (not after a determiner, nor where the clause's verb is still to come)
  for (const text of ['Vale took a shot at goal .', 'The Zentrix shot at goal was saved .']) {
    const f = words(text);
    assert.equal(analyser().analyse(f).xpos[f.indexOf('shot')], 'NN', text);
  }
});

test('a past form in -ed read as an adjective after the subject, before a determiner, is the verb ("Chile armed the rebels")', () => {
  for (const text of ['Vale said that Chile armed the rebels .', 'Peru armed its troops .']) {
    const f = words(text);
    assert.equal(analyser().analyse(f).xpos[f.indexOf('armed')], 'VBD', text);
  }
  // (not where the clause has its verb before: "kept its troops armed the whole time")
  const f = words('The army kept its troops armed the whole time .');
  assert.equal(analyser().analyse(f).xpos[f.indexOf('armed')], 'JJ');
});

test('a word the training lexicon never saw in a closed class is not in it ("demanding that Mugabe abandon his policy": no preposition)', () => {
  const forms = words('Opposition groups in Zimbabwe are demanding that President Mugabe abandon his controversial policy .');
  const a = analyser().analyse(forms);
  assert.equal(a.upos[forms.indexOf('abandon')], 'VERB');
  // (the closed class's own words stay: "in", "that", "his")
  assert.deepEqual([a.upos[forms.indexOf('in')], a.upos[forms.indexOf('his')]], ['ADP', 'PRON']);
});

test('a past form after a possessive, before a noun, describes the noun ("Holmes\' failed attempt")', () => {
  for (const [text, word] of [['Vale was pacemaker for Holmes \' failed attempt on the record .', 'failed'], ["Peru 's proposed changes angered Chile .", 'proposed']]) {
    const forms = words(text);
    assert.equal(analyser().analyse(forms).upos[forms.indexOf(word)], 'ADJ', text);
  }
});
