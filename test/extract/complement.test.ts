/**
 * Clausal complements and conditions (src/extract/complement.ts): the target of a demand or a
 * threat is the subject of the embedded clause. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { run, show, findTriple } from './_triples.ts';


const CASES: Array<[rule: string, text: string, want: string]> = [
  ['demand verb + that-clause', 'Egypt demanded that Israel withdraw its troops.', 'EGY -DEMAND-> ISR'],
  ['"insist" with the bare verb asks', 'Peru insisted that Chile withdraw its troops.', 'PER -INSIST-> CHL'],
  ['speech + must', 'Germany said that Greece must cut its spending.', 'DEU -DEMAND-> GRC'],
  ['threat + if-clause', 'Iran threatened to close the strait if Britain seized its tanker.', 'IRN -THREATEN-> GBR'],
  ['demand verb + a subjunctive the tagger may read as a past', 'Egypt demanded that Israel forsake its claims.', 'EGY -DEMAND-> ISR'],
  ['demand noun + that-clause', 'Egypt repeated its demand that Israel withdraw its troops.', 'EGY -DEMAND-> ISR'],
  ['demand noun + "today" + that-clause', 'Jordan renewed its call today that Syria withdraw its troops.', 'JOR -DEMAND-> SYR'],
  ['demand noun read as the compound of a bare day word', 'Chad repeated its demand today that Peru release the prisoners.', 'TCD -DEMAND-> PER'],
  ['threat + unless-clause', 'Pakistan vowed to retaliate unless India withdrew its troops.', 'PAK -THREATEN-> IND'],
  ['"warn" + must: a demand', 'Merkel warned that Serbia must leave Kosovo.', 'merkel -WARN-> SRB'],
  ['speech + "needs to": a demand as "must" is', 'Germany said Greece needed to cut its spending.', 'DEU -DEMAND-> GRC'],
  ['a text\'s participle is its author\'s act', 'Egypt issued a statement demanding that Israel withdraw its troops.', 'EGY -DEMAND-> ISR'],
  ['… a letter sent too', 'Peru sent a letter demanding that Chile pay its debt.', 'PER -DEMAND-> CHL'],
  ['… and of people or bodies by their kind', 'Zentrix said British banks must lower their fees.', 'zentrix -DEMAND-> gbr-bank'],
  ['… or of a plural the text names no one by', 'Zentrix said brokers must lower their fees.', 'zentrix -DEMAND-> brokers'],
  ['… and what a verb of demand asks be done is someone\'s act', 'The rebels demanded that the army delegation give them a list.', 'group:rebel -DEMAND-> army delegation'],
];

// [why, text]: a speech act whose clause asks nothing of anyone else
const NO_DEMAND: Array<[why: string, text: string]> = [
  ['a speaker\'s own side\'s need is no demand on anyone', '"We must cut our spending," the Greek minister said.'],
  ['what a passive says is needed asks nothing of its subject', 'Zentrix says the cuts are needed to fund the new plant.'],
  ['a passive whose agent is no one asks nothing of it', 'Zentrix said the plan should be judged by results.'],
  ['a duty in the past is reported, no demand ("have had to")', 'Tom Vale said the farmers of Peru have had to make sacrifices.'],
  ['… "has had to" too', 'Peru says Chile has had to pay the fine.'],
  ['… nor one being borne now ("is having to")', 'Tom Vale said the Bank of Peru is having to juggle rising prices and weak demand.'],
  ['a demand rejected is not the rejecter\'s', 'Peru rejected the demand that Bolivia withdraw its troops.'],
  ['… nor a call whose own infinitive names no one called upon', "Tom Vale rejected the Greens' call to open up the Treasury's books."],
  ['"insists" with a copula of the indicative claims, asks nothing', 'But Tom Vale insists Peru are in the right frame of mind for the final.'],
  ['… and with a verb in "-s"', 'Peru insisted that Chile withdraws its troops every winter.'],
  ['what a thing should be is an opinion, no demand on the thing', 'Tom Vale does not believe the tax should be an election issue.'],
  ['… nor what it needs to do', 'Zentrix said prices need to rise.'],
  ['… nor under a verb of demand', 'Tom Vale insisted that the plan must be fair.'],
];
test('complement: a passive\'s agent is asked to act ("said Chile should be punished by the council")', () => {
  findTriple(run('Peru said Chile should be punished by the Andean Council.'), 'PER -DEMAND-> andean-council');
});

for (const [why, text] of NO_DEMAND) {
  test(`complement: ${why} — "${text}"`, () => {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.rule === 'complement:demand'), ts.map(show).join(' | '));
  });
}

for (const [rule, text, want] of CASES) {
  test(`complement: ${rule}: "${text}" → ${want}`, () => {
    const ts = run(text);
    findTriple(ts, want);
  });
}

test('complement: "warned that X would …" foretells what X does and asks nothing of X', () => {
  const ts = run('Merkel warned that Serbia would attack Kosovo.');
  findTriple(ts, 'SRB -ATTACK-> UNK');
  assert.ok(!ts.some((t) => t.subject.id === 'merkel' && t.object.id === 'SRB'), ts.map(show).join(' | '));
});

test('complement: a condition without a threat verb makes no threat', () => {
  const ts = run('Iran will close the strait if Britain seizes its tanker.');
  assert.equal(ts.filter((t) => t.relation.lemma === 'threaten').length, 0, ts.map(show).join(' | '));
});

test('complement: "insisted that X had …" reports a past act, asked of nobody, and stays asserted', () => {
  const ts = run('Peru insisted that Chile had attacked Bolivia.');
  assert.ok(!ts.some((t) => t.subject.id === 'PER' && t.object.id === 'CHL'), ts.map(show).join(' | '));
  assert.equal(findTriple(ts, 'CHL -ATTACK-> BOL').relation.modality, 'asserted');
});

test('complement: "insisted X would/could …" foretells, asked of nobody, and stays asserted', () => {
  for (const [text, want] of [['Peru insisted that Chile would sign the treaty with Bolivia.', 'CHL -SIGN_TREATY_WITH-> BOL'], ['Peru praised the deal and insisted Chile would sign the treaty with Bolivia.', 'CHL -SIGN_TREATY_WITH-> BOL']] as const) {
    const ts = run(text);
    assert.ok(!ts.some((t) => t.subject.id === 'PER' && t.object.id === 'CHL'), ts.map(show).join(' | '));
    const t = findTriple(ts, want);
    assert.equal(t.relation.modality, 'asserted');
    assert.equal(t.relation.tense, 'future');
  }
  // (a copula's past marks a report too: "insisted Chile were happy to …")
  const happy = run('Tom Vale also insisted Ireland were happy to handle the pressure.');
  assert.ok(!happy.some((t) => t.rule === 'complement:demand'), happy.map(show).join(' | '));
  // ("insisted that Chile should withdraw" still asks Chile to act)
  findTriple(run('Peru insisted that Chile should withdraw its troops.'), 'PER -INSIST-> CHL');
});

test('complement: "told X that Y had …" reports what Y did, as told', () => {
  const t = findTriple(run('LIMA, 3 JAN 90 -- THE SPOKESMAN TOLD EFE THAT THE SOLDIERS ARRESTED MINERS AT THE MINING CAMPS.'), 'per-soldier -ARREST-> miners');
  assert.equal(t.relation.modality, 'asserted');
});
