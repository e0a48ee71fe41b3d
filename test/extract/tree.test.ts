/**
 * The tree reader (src/extract/tree.ts): its repairs of known parser slips keep a tree (no cycle,
 * whatever the parse), and its walks end on any input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Tree } from '../../src/extract/tree.ts';
import type { Token } from '../../src/nlp/wink.ts';

/** Tokens from [text, upos, xpos, head, deprel] rows (offsets made up, one space apart). */
function tokens(rows: Array<[string, string, string, number, string]>): Token[] {
  let at = 0;
  return rows.map(([text, upos, xpos, head, deprel], i) => {
    const t: Token = { text, lower: text.toLowerCase(), lemma: text.toLowerCase(), pos: upos, start: at, end: at + text.length, i, upos, xpos, head, deprel };
    at += text.length + 1;
    return t;
  });
}

const reachesRoot = (t: Tree, n: number) => Array.from({ length: n }, (_, i) => i).every((i) => {
  let x = i;
  for (let k = 0; k <= n; k++) { if (x < 0) return true; x = t.head(x); }
  return false;
});

test('tree: a noun read as a clausal complement is not moved under its own dependent', () => {
  // "said" root; "houses" ccomp of said; "troops" under houses; "burned" under troops:
  // making "houses" the object of "burned" would close a cycle houses → burned → troops → houses
  const t = new Tree(tokens([
    ['said', 'VERB', 'VBD', -1, 'root'], ['troops', 'NOUN', 'NNS', 3, 'nsubj'], ['burned', 'VERB', 'VBD', 1, 'acl'], ['houses', 'NOUN', 'NNS', 0, 'ccomp'],
  ]));
  assert.ok(reachesRoot(t, 4));
  assert.equal(t.rel(3), 'ccomp');
  assert.deepEqual(t.span(0), [0, 4]);
});

test('tree: the repair applies where it is safe', () => {
  // "troops burned houses , police said": houses ccomp of said, right after the object-less "burned"
  const t = new Tree(tokens([
    ['troops', 'NOUN', 'NNS', 1, 'nsubj'], ['burned', 'VERB', 'VBD', 4, 'ccomp'], ['houses', 'NOUN', 'NNS', 4, 'ccomp'], ['police', 'NOUN', 'NNS', 4, 'nsubj'], ['said', 'VERB', 'VBD', -1, 'root'],
  ]));
  assert.equal(t.head(2), 1);
  assert.equal(t.rel(2), 'obj');
  assert.ok(reachesRoot(t, 5));
});

test('tree: a headline parse turns back the right way, and stays a tree', () => {
  // "jets bombed Lebanon": root "jets", "bombed" acl with an object
  const t = new Tree(tokens([
    ['jets', 'NOUN', 'NNS', -1, 'root'], ['bombed', 'VERB', 'VBN', 0, 'acl'], ['Lebanon', 'PROPN', 'NNP', 1, 'obj'], ['.', 'PUNCT', '.', 0, 'punct'],
  ]));
  assert.equal(t.head(1), -1);
  assert.equal(t.rel(0), 'nsubj');
  assert.equal(t.xpos(1), 'VBD');
  assert.equal(t.head(3), 1);
  assert.ok(reachesRoot(t, 4));
});

test('tree: conjuncts need an "and"/"or" somewhere in the list', () => {
  const t = new Tree(tokens([
    ['Russia', 'PROPN', 'NNP', -1, 'root'], [',', 'PUNCT', ',', 2, 'punct'], ['Belarus', 'PROPN', 'NNP', 0, 'conj'], ['and', 'CCONJ', 'CC', 4, 'cc'], ['Kazakhstan', 'PROPN', 'NNP', 0, 'conj'],
  ]));
  assert.deepEqual(t.conjuncts(0), [0, 2, 4]);
  const bare = new Tree(tokens([['houses', 'NOUN', 'NNS', -1, 'root'], [',', 'PUNCT', ',', 2, 'punct'], ['police', 'NOUN', 'NNS', 0, 'conj']]));
  assert.deepEqual(bare.conjuncts(0), [0]);
});

test('tree: a participle coordinated with a noun\'s participle modifier is that modifier\'s conjunct', () => {
  // "a group formed in 1990 and funded by X attacked": "funded" read as a conjunct of "group"
  const t = new Tree(tokens([
    ['a', 'DET', 'DT', 1, 'det'], ['group', 'NOUN', 'NN', 9, 'nsubj'], ['formed', 'VERB', 'VBN', 1, 'acl'], ['in', 'ADP', 'IN', 4, 'case'], ['1990', 'NUM', 'CD', 2, 'obl'],
    ['and', 'CCONJ', 'CC', 6, 'cc'], ['funded', 'VERB', 'VBN', 1, 'conj'], ['by', 'ADP', 'IN', 8, 'case'], ['X', 'PROPN', 'NNP', 6, 'obl:agent'], ['attacked', 'VERB', 'VBD', -1, 'root'],
  ]));
  assert.equal(t.head(6), 2);
  assert.ok(reachesRoot(t, 10));
  // (a noun's own conjunct stays: "the group and its allies")
  const u = new Tree(tokens([
    ['the', 'DET', 'DT', 1, 'det'], ['group', 'NOUN', 'NN', 5, 'nsubj'], ['and', 'CCONJ', 'CC', 4, 'cc'], ['its', 'PRON', 'PRP$', 4, 'nmod:poss'], ['allies', 'NOUN', 'NNS', 1, 'conj'], ['left', 'VERB', 'VBD', -1, 'root'],
  ]));
  assert.equal(u.head(4), 1);
});

test('tree: a noun coordinated with the object but attached to the verb is the object\'s conjunct', () => {
  // "Chile sent food and medicine to Peru": "medicine" read as a conjunct of "sent"
  const t = new Tree(tokens([
    ['Chile', 'PROPN', 'NNP', 1, 'nsubj'], ['sent', 'VERB', 'VBD', -1, 'root'], ['food', 'NOUN', 'NN', 1, 'obj'], ['and', 'CCONJ', 'CC', 4, 'cc'], ['medicine', 'NOUN', 'NN', 1, 'conj'],
    ['to', 'ADP', 'IN', 6, 'case'], ['Peru', 'PROPN', 'NNP', 4, 'nmod'],
  ]));
  assert.equal(t.head(4), 2);
  assert.deepEqual(t.conjuncts(2), [2, 4]);
  // (a clause of its own stays the verb's conjunct: "Chile sent food and Peru the bill" has no cc on a bare noun; "… and is the donor" has a copula)
  const u = new Tree(tokens([
    ['Chile', 'PROPN', 'NNP', 1, 'nsubj'], ['sent', 'VERB', 'VBD', -1, 'root'], ['food', 'NOUN', 'NN', 1, 'obj'], ['and', 'CCONJ', 'CC', 5, 'cc'], ['is', 'AUX', 'VBZ', 5, 'cop'], ['donor', 'NOUN', 'NN', 1, 'conj'],
  ]));
  assert.equal(u.head(5), 1);
});

test('tree: a reduced relative read as the main verb gives the sentence back to the real main verb', () => {
  // "the plan adapted to the law provides for talks": "adapted" root, "provides" its subjectless ccomp
  const t = new Tree(tokens([
    ['the', 'DET', 'DT', 1, 'det'], ['plan', 'NOUN', 'NN', 2, 'nsubj'], ['adapted', 'VERB', 'VBD', -1, 'root'], ['to', 'ADP', 'IN', 5, 'case'], ['the', 'DET', 'DT', 5, 'det'],
    ['law', 'NOUN', 'NN', 2, 'obl'], ['provides', 'VERB', 'VBZ', 2, 'ccomp'], ['for', 'ADP', 'IN', 8, 'case'], ['talks', 'NOUN', 'NNS', 6, 'obl'],
  ]));
  assert.equal(t.head(6), -1);
  assert.equal(t.head(1), 6);
  assert.equal(t.rel(2), 'acl');
  assert.equal(t.xpos(2), 'VBN');
  assert.ok(reachesRoot(t, 9));
  // (a complement with its own subject is a real complement: "police said troops fired")
  const u = new Tree(tokens([
    ['police', 'NOUN', 'NNS', 1, 'nsubj'], ['said', 'VERB', 'VBD', -1, 'root'], ['troops', 'NOUN', 'NNS', 3, 'nsubj'], ['fired', 'VERB', 'VBD', 1, 'ccomp'],
  ]));
  assert.equal(u.head(3), 1);
});

test('tree: "of" read as a subordinator before a subject hands the subject to the noun before it', () => {
  // "offices of Renault has lost her case": the parser's "of"/mark, "Renault"/nsubj of "lost"
  const t = new Tree(tokens([
    ['offices', 'NOUN', 'NNS', -1, 'root'], ['of', 'ADP', 'IN', 3, 'mark'], ['Renault', 'PROPN', 'NNP', 3, 'nsubj'],
    ['lost', 'VERB', 'VBN', 0, 'acl'], ['case', 'NOUN', 'NN', 3, 'obj'],
  ]));
  assert.deepEqual([t.head(2), t.rel(2), t.head(1), t.rel(1)], [0, 'nmod', 2, 'case']);
  assert.equal(t.child(3, 'nsubj'), undefined);
  assert.ok(reachesRoot(t, 5));
});

test('tree: a "with" phrase the parser hung on a time noun goes up to what the time phrase modifies', () => {
  // "clashes within hours with rebels": rebels nmod of hours → nmod of clashes
  const t = new Tree(tokens([
    ['clashes', 'NOUN', 'NNS', -1, 'root'], ['within', 'ADP', 'IN', 2, 'case'], ['hours', 'NOUN', 'NNS', 0, 'nmod'],
    ['with', 'ADP', 'IN', 4, 'case'], ['rebels', 'NOUN', 'NNS', 2, 'nmod'],
  ]));
  assert.equal(t.head(4), 0);
  assert.equal(t.rel(4), 'nmod');
  assert.ok(reachesRoot(t, 5));
  // "talks within hours of the vote": "of" stays with the time noun
  const u = new Tree(tokens([
    ['talks', 'NOUN', 'NNS', -1, 'root'], ['within', 'ADP', 'IN', 2, 'case'], ['hours', 'NOUN', 'NNS', 0, 'nmod'],
    ['of', 'ADP', 'IN', 4, 'case'], ['vote', 'NOUN', 'NN', 2, 'nmod'],
  ]));
  assert.equal(u.head(4), 2);
});

test('tree: "neighbouring" read as a verb with the country for its object becomes the country\'s modifier', () => {
  // "withdraw troops from neighbouring Lebanon": from(mark) ← neighbouring(advcl of withdraw) → Lebanon(obj)
  const t = new Tree(tokens([
    ['withdraw', 'VERB', 'VB', -1, 'root'], ['troops', 'NOUN', 'NNS', 0, 'obj'], ['from', 'SCONJ', 'IN', 3, 'mark'],
    ['neighbouring', 'VERB', 'VBG', 0, 'advcl'], ['Lebanon', 'PROPN', 'NNP', 3, 'obj'],
  ]));
  assert.deepEqual([t.head(4), t.rel(4)], [0, 'obl']);
  assert.deepEqual([t.head(3), t.rel(3)], [4, 'amod']);
  assert.deepEqual([t.head(2), t.rel(2)], [4, 'case']);
  assert.ok(reachesRoot(t, 5));
});

test('tree: a noun of relation tagged an adjective, where a noun stands, is a noun with its phrase for a modifier', () => {
  // "began an offensive against the front": offensive(ADJ, obj) → against-phrase(obl)
  const t = new Tree(tokens([
    ['began', 'VERB', 'VBD', -1, 'root'], ['an', 'DET', 'DT', 2, 'det'], ['offensive', 'ADJ', 'JJ', 0, 'obj'],
    ['against', 'ADP', 'IN', 5, 'case'], ['the', 'DET', 'DT', 5, 'det'], ['front', 'NOUN', 'NN', 2, 'obl'],
  ]));
  assert.equal(t.upos(2), 'NOUN');
  assert.deepEqual([t.head(5), t.rel(5)], [2, 'nmod']);
  // (not before its noun: "an offensive weapon against the front")
  const u = new Tree(tokens([
    ['used', 'VERB', 'VBD', -1, 'root'], ['an', 'DET', 'DT', 3, 'det'], ['offensive', 'ADJ', 'JJ', 3, 'amod'], ['weapon', 'NOUN', 'NN', 0, 'obj'],
    ['against', 'ADP', 'IN', 5, 'case'], ['front', 'NOUN', 'NN', 0, 'obl'],
  ]));
  assert.equal(u.upos(2), 'ADJ');
  // (nor a predicate: "the remark was offensive to Chad")
  const v = new Tree(tokens([
    ['the', 'DET', 'DT', 1, 'det'], ['remark', 'NOUN', 'NN', 3, 'nsubj'], ['was', 'AUX', 'VBD', 3, 'cop'], ['offensive', 'ADJ', 'JJ', -1, 'root'],
    ['to', 'ADP', 'IN', 5, 'case'], ['Chad', 'PROPN', 'NNP', 3, 'obl'],
  ]));
  assert.deepEqual([v.upos(3), v.rel(5)], ['ADJ', 'obl']);
});

test('tree: a participle with the perfect\'s "have", read as the next noun\'s adjective, is the verb and the noun its object', () => {
  // "said to have restored ties": restored(amod of ties, with to/have) ← ties(obj of said)
  const t = new Tree(tokens([
    ['said', 'VERB', 'VBN', -1, 'root'], ['to', 'PART', 'TO', 3, 'mark'], ['have', 'AUX', 'VB', 3, 'aux'],
    ['restored', 'VERB', 'VBN', 4, 'amod'], ['ties', 'NOUN', 'NNS', 0, 'obj'],
  ]));
  assert.deepEqual([t.head(3), t.rel(3)], [0, 'xcomp']);
  assert.deepEqual([t.head(4), t.rel(4)], [3, 'obj']);
  assert.ok(reachesRoot(t, 5));
  // (no "have", an adjective: "said restored ties")
  const u = new Tree(tokens([
    ['praised', 'VERB', 'VBD', -1, 'root'], ['restored', 'VERB', 'VBN', 2, 'amod'], ['ties', 'NOUN', 'NNS', 0, 'obj'],
  ]));
  assert.deepEqual([u.head(1), u.rel(1)], [2, 'amod']);
  // (with a subject and "that" of its own, a complement clause: "reports that the army has conducted operations")
  const c = new Tree(tokens([
    ['reports', 'VERB', 'VBZ', -1, 'root'], ['that', 'SCONJ', 'IN', 4, 'mark'], ['army', 'NOUN', 'NN', 4, 'nsubj'], ['has', 'AUX', 'VBZ', 4, 'aux'],
    ['conducted', 'VERB', 'VBN', 5, 'amod'], ['operations', 'NOUN', 'NNS', 0, 'obj'],
  ]));
  assert.deepEqual([c.head(4), c.rel(4), c.head(5), c.rel(5)], [0, 'ccomp', 4, 'obj']);
  // (joined by "and", a conjunct: "… and have increased searches")
  const j = new Tree(tokens([
    ['patrolling', 'VERB', 'VBG', -1, 'root'], ['and', 'CCONJ', 'CC', 3, 'cc'], ['have', 'AUX', 'VBP', 3, 'aux'],
    ['increased', 'VERB', 'VBN', 4, 'amod'], ['searches', 'NOUN', 'NNS', 0, 'obj'],
  ]));
  assert.deepEqual([j.head(3), j.rel(3), j.head(4), j.rel(4)], [0, 'conj', 3, 'obj']);
  // (a relative clause's participle is left to the noun it belongs to: "which has stolen jobs")
  const v = new Tree(tokens([
    ['ended', 'VERB', 'VBD', -1, 'root'], ['which', 'PRON', 'WDT', 3, 'nsubj'], ['has', 'AUX', 'VBZ', 3, 'aux'],
    ['stolen', 'VERB', 'VBN', 4, 'amod'], ['jobs', 'NOUN', 'NNS', 0, 'obj'],
  ]));
  assert.deepEqual([v.head(3), v.rel(3)], [4, 'amod']);
});

test('tree: a participle between a preposition and a name, read as a verb with the name for object, is the name\'s modifier', () => {
  // "sent aid to besieged Niamey": to(mark) ← besieged(acl of aid) → Niamey(obj)
  const t = new Tree(tokens([
    ['sent', 'VERB', 'VBD', -1, 'root'], ['aid', 'NOUN', 'NN', 0, 'obj'], ['to', 'PART', 'TO', 3, 'mark'],
    ['besieged', 'VERB', 'VBN', 1, 'acl'], ['Niamey', 'PROPN', 'NNP', 3, 'obj'],
  ]));
  assert.deepEqual([t.head(4), t.rel(4)], [1, 'nmod']);
  assert.deepEqual([t.head(3), t.rel(3)], [4, 'amod']);
  assert.deepEqual([t.head(2), t.rel(2)], [4, 'case']);
  assert.ok(reachesRoot(t, 5));
  // (an infinitive's base form stays a verb: "sent troops to help Chile")
  const u = new Tree(tokens([
    ['sent', 'VERB', 'VBD', -1, 'root'], ['troops', 'NOUN', 'NNS', 0, 'obj'], ['to', 'PART', 'TO', 3, 'mark'],
    ['help', 'VERB', 'VB', 0, 'advcl'], ['Chile', 'PROPN', 'NNP', 3, 'obj'],
  ]));
  assert.deepEqual([u.head(4), u.rel(4)], [3, 'obj']);
});

test('tree: an infinitive right after a noun of plan or choice, hung on the predicate above, goes back under the noun', () => {
  // "critical of Ghana's decision not to meet Togo": meet(advcl of critical) → acl of decision
  const rows: Array<[string, string, string, number, string]> = [
    ['critical', 'ADJ', 'JJ', -1, 'root'], ['of', 'ADP', 'IN', 3, 'case'], ['Ghana', 'PROPN', 'NNP', 3, 'nmod:poss'],
    ['decision', 'NOUN', 'NN', 0, 'obl'], ['not', 'PART', 'RB', 6, 'advmod'], ['to', 'PART', 'TO', 6, 'mark'],
    ['meet', 'VERB', 'VB', 0, 'advcl'], ['Togo', 'PROPN', 'NNP', 6, 'obj'],
  ];
  const t = new Tree(tokens(rows));
  assert.deepEqual([t.head(6), t.rel(6)], [3, 'acl']);
  assert.ok(reachesRoot(t, rows.length));
  // a noun of no plan keeps the parser's purpose reading ("sent troops to protect")
  const u = new Tree(tokens([
    ['sent', 'VERB', 'VBD', -1, 'root'], ['troops', 'NOUN', 'NNS', 0, 'obj'], ['to', 'PART', 'TO', 3, 'mark'], ['protect', 'VERB', 'VB', 0, 'advcl'],
  ]));
  assert.deepEqual([u.head(3), u.rel(3)], [0, 'advcl']);
});

test('tree: a phrase fronted before a parenthetical speech verb is the reported verb\'s subject', () => {
  // "Peru, said Lopez, has invited Chile": Peru(nsubj of said) → nsubj of invited
  const rows: Array<[string, string, string, number, string]> = [
    ['Peru', 'PROPN', 'NNP', 2, 'nsubj'], [',', 'PUNCT', ',', 0, 'punct'], ['said', 'VERB', 'VBD', -1, 'root'],
    ['Lopez', 'PROPN', 'NNP', 2, 'nsubj'], [',', 'PUNCT', ',', 2, 'punct'], ['has', 'AUX', 'VBZ', 6, 'aux'],
    ['invited', 'VERB', 'VBN', 2, 'ccomp'], ['Chile', 'PROPN', 'NNP', 6, 'obj'],
  ];
  const t = new Tree(tokens(rows).map((x) => (x.text === 'said' ? { ...x, lemma: 'say' } : x)));
  assert.deepEqual([t.head(0), t.rel(0)], [6, 'nsubj']);
  assert.deepEqual([t.head(3), t.rel(3)], [2, 'nsubj']);
  assert.ok(reachesRoot(t, rows.length));
  // "Lopez said Peru has invited Chile": nothing fronted, nothing moved
  const u = new Tree(tokens([
    ['Lopez', 'PROPN', 'NNP', 1, 'nsubj'], ['said', 'VERB', 'VBD', -1, 'root'], ['Peru', 'PROPN', 'NNP', 4, 'nsubj'],
    ['has', 'AUX', 'VBZ', 4, 'aux'], ['invited', 'VERB', 'VBN', 1, 'ccomp'], ['Chile', 'PROPN', 'NNP', 4, 'obj'],
  ]).map((x) => (x.text === 'said' ? { ...x, lemma: 'say' } : x)));
  assert.deepEqual([u.head(2), u.head(0)], [4, 1]);
});

test('tree: an "-ing" adjective the parser made a verb gives its place to the noun phrase after it', () => {
  // "attacked outgoing President Batlle": outgoing(xcomp of attacked) → Batlle(obl of outgoing)
  const rows: Array<[string, string, string, number, string]> = [
    ['Rebels', 'NOUN', 'NNS', 1, 'nsubj'], ['attacked', 'VERB', 'VBD', -1, 'root'], ['outgoing', 'VERB', 'VBG', 1, 'xcomp'],
    ['President', 'PROPN', 'NNP', 4, 'compound'], ['Batlle', 'PROPN', 'NNP', 2, 'obl'],
  ];
  const t = new Tree(tokens(rows));
  assert.deepEqual([t.head(4), t.rel(4)], [1, 'obj']);
  assert.deepEqual([t.head(2), t.rel(2)], [4, 'amod']);
  assert.ok(reachesRoot(t, rows.length));
  // a verb of no such class keeps its clause ("kept visiting Chile" is a clause; "leaving Lima" too)
  const u = new Tree(tokens([
    ['Rebels', 'NOUN', 'NNS', 1, 'nsubj'], ['attacked', 'VERB', 'VBD', -1, 'root'], ['leaving', 'VERB', 'VBG', 1, 'advcl'], ['Lima', 'PROPN', 'NNP', 2, 'obj'],
  ]));
  assert.deepEqual([u.head(3), u.rel(3)], [2, 'obj']);
});

test('tree: a noun phrase between a verb of thinking and a subjectless finite verb is that verb\'s subject', () => {
  // "He thinks the plan is not appealing": plan(obj of thinks), appealing(advcl of thinks, aux "is")
  const rows: Array<[string, string, string, number, string]> = [
    ['He', 'PRON', 'PRP', 1, 'nsubj'], ['thinks', 'VERB', 'VBZ', -1, 'root'], ['the', 'DET', 'DT', 3, 'det'], ['plan', 'NOUN', 'NN', 1, 'obj'],
    ['is', 'AUX', 'VBZ', 6, 'aux'], ['not', 'PART', 'RB', 6, 'advmod'], ['appealing', 'VERB', 'VBG', 1, 'advcl'],
  ];
  const t = new Tree(tokens(rows).map((x) => (x.text === 'thinks' ? { ...x, lemma: 'think' } : x)));
  assert.deepEqual([t.head(3), t.rel(3)], [6, 'nsubj']);
  assert.deepEqual([t.head(6), t.rel(6)], [1, 'ccomp']);
  assert.ok(reachesRoot(t, rows.length));
  // a clause with a subject of its own, or opened by a subordinator, keeps the object ("visited Lima when prices were rising")
  const u = new Tree(tokens([
    ['He', 'PRON', 'PRP', 1, 'nsubj'], ['thinks', 'VERB', 'VBZ', -1, 'root'], ['Lima', 'PROPN', 'NNP', 1, 'obj'],
    ['when', 'SCONJ', 'WRB', 5, 'mark'], ['was', 'AUX', 'VBD', 5, 'aux'], ['rising', 'VERB', 'VBG', 1, 'advcl'],
  ]).map((x) => (x.text === 'thinks' ? { ...x, lemma: 'think' } : x)));
  assert.deepEqual([u.head(2), u.rel(2)], [1, 'obj']);
  // a verb of no such class keeps its object ("bought the firm, hoping …" is no complement)
  const w = new Tree(tokens([
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['bought', 'VERB', 'VBD', -1, 'root'], ['jets', 'NOUN', 'NNS', 1, 'obj'], ['were', 'AUX', 'VBD', 4, 'aux'], ['arriving', 'VERB', 'VBG', 1, 'advcl'],
  ]).map((x) => (x.text === 'bought' ? { ...x, lemma: 'buy' } : x)));
  assert.deepEqual([w.head(2), w.rel(2)], [1, 'obj']);
});

test('tree: after a verb of saying, a past tense read as a participle with an object of its own is the complement\'s verb', () => {
  // "Peru said the rebels used artillery": rebels(obj of said), used(acl of rebels, obj artillery)
  const rows: Array<[string, string, string, number, string]> = [
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['said', 'VERB', 'VBD', -1, 'root'], ['the', 'DET', 'DT', 3, 'det'], ['rebels', 'NOUN', 'NNS', 1, 'obj'],
    ['used', 'VERB', 'VBN', 3, 'acl'], ['artillery', 'NOUN', 'NN', 4, 'obj'],
  ];
  const t = new Tree(tokens(rows).map((x) => (x.text === 'said' ? { ...x, lemma: 'say' } : x)));
  assert.deepEqual([t.head(3), t.rel(3)], [4, 'nsubj']);
  assert.deepEqual([t.head(4), t.rel(4)], [1, 'ccomp']);
  assert.ok(reachesRoot(t, rows.length));
  // a participle with an agent is a passive modifier ("said the weapons used by the rebels …")
  const u = new Tree(tokens([
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['said', 'VERB', 'VBD', -1, 'root'], ['weapons', 'NOUN', 'NNS', 1, 'obj'], ['used', 'VERB', 'VBN', 2, 'acl'],
    ['by', 'ADP', 'IN', 5, 'case'], ['rebels', 'NOUN', 'NNS', 3, 'obl:agent'],
  ]).map((x) => (x.text === 'said' ? { ...x, lemma: 'say' } : x)));
  assert.deepEqual([u.head(3), u.rel(3)], [2, 'acl']);
});

test('tree: a verb joined with no "and" after the comma closing a relative clause on the root noun is the main verb', () => {
  // "Tom Vale, who joined Zentrix in 1982, criticised Peru": criticised(conj of joined), Tom(root)
  const rows: Array<[string, string, string, number, string]> = [
    ['Tom', 'PROPN', 'NNP', -1, 'root'], ['Vale', 'PROPN', 'NNP', 0, 'flat'], [',', 'PUNCT', ',', 4, 'punct'], ['who', 'PRON', 'WP', 4, 'nsubj'],
    ['joined', 'VERB', 'VBD', 0, 'acl:relcl'], ['Zentrix', 'PROPN', 'NNP', 4, 'obj'], [',', 'PUNCT', ',', 7, 'punct'], ['criticised', 'VERB', 'VBD', 4, 'conj'],
    ['Peru', 'PROPN', 'NNP', 7, 'obj'], ['.', 'PUNCT', '.', 0, 'punct'],
  ];
  const t = new Tree(tokens(rows));
  assert.deepEqual([t.head(7), t.rel(7)], [-1, 'root']);
  assert.deepEqual([t.head(0), t.rel(0)], [7, 'nsubj']);
  assert.deepEqual([t.head(4), t.rel(4)], [0, 'acl:relcl']);
  assert.ok(reachesRoot(t, rows.length));
  // … or as the relative clause's complement ("O&B, which rates borrowers, lifted the rating")
  const c = new Tree(tokens(rows.map(([w, u, x, h, r]) => (w === 'criticised' ? [w, u, x, h, 'ccomp'] : [w, u, x, h, r]) as [string, string, string, number, string])));
  assert.deepEqual([c.head(7), c.rel(7)], [-1, 'root']);
  assert.deepEqual([c.head(0), c.rel(0)], [7, 'nsubj']);
  // with "and" it is the relative clause's own second verb ("who joined Zentrix and left Peru")
  const u = new Tree(tokens([
    ['Tom', 'PROPN', 'NNP', -1, 'root'], [',', 'PUNCT', ',', 3, 'punct'], ['who', 'PRON', 'WP', 3, 'nsubj'], ['joined', 'VERB', 'VBD', 0, 'acl:relcl'],
    ['Zentrix', 'PROPN', 'NNP', 3, 'obj'], ['and', 'CCONJ', 'CC', 6, 'cc'], ['left', 'VERB', 'VBD', 3, 'conj'], ['Peru', 'PROPN', 'NNP', 6, 'obj'],
  ]));
  assert.deepEqual([u.head(6), u.rel(6)], [3, 'conj']);
});

test('tree: a noun phrase split into two objects at a singular noun is one again ("missed Kenya\'s world cross country trials")', () => {
  const t = new Tree(tokens([
    ['Masai', 'PROPN', 'NNP', 1, 'nsubj'], ['missed', 'VERB', 'VBD', -1, 'root'], ['Kenya', 'PROPN', 'NNP', 4, 'nmod:poss'], ["'s", 'PART', 'POS', 2, 'case'],
    ['world', 'NOUN', 'NN', 1, 'obj'], ['cross', 'NOUN', 'NN', 6, 'compound'], ['country', 'NOUN', 'NN', 7, 'compound'], ['trials', 'NOUN', 'NNS', 1, 'obj'],
  ]));
  assert.equal(t.rel(4), 'compound');
  assert.equal(t.head(4), 7);
  assert.equal(t.head(2), 7, 'the owner moves to the whole phrase');
  assert.ok(reachesRoot(t, 8));
  // (two objects of a verb of giving stay two: "they send the rebel food")
  const g = new Tree(tokens([
    ['they', 'PRON', 'PRP', 1, 'nsubj'], ['send', 'VERB', 'VBP', -1, 'root'], ['the', 'DET', 'DT', 3, 'det'], ['rebel', 'NOUN', 'NN', 1, 'obj'], ['food', 'NOUN', 'NN', 1, 'obj'],
  ]));
  assert.equal(g.rel(3), 'obj');
});

test('tree: a verb with no passive hung on a root noun as a participle is the main verb ("a bomb exploded at dawn")', () => {
  const t = new Tree(tokens([
    ['a', 'DET', 'DT', 1, 'det'], ['bomb', 'NOUN', 'NN', -1, 'root'], ['explode', 'VERB', 'VBN', 1, 'acl'], ['at', 'ADP', 'IN', 4, 'case'], ['dawn', 'NOUN', 'NN', 2, 'obl'],
    ['in', 'ADP', 'IN', 6, 'case'], ['Lima', 'PROPN', 'NNP', 1, 'nmod'],
  ]));
  assert.equal(t.rel(2), 'root');
  assert.equal(t.head(1), 2);
  assert.equal(t.rel(1), 'nsubj');
  assert.equal(t.head(6), 2, 'the noun\'s words after the verb go with the verb');
  assert.equal(t.xpos(2), 'VBD');
  // (a verb with a passive stays a participle: "a bomb planted in Lima")
  const p = new Tree(tokens([['a', 'DET', 'DT', 1, 'det'], ['bomb', 'NOUN', 'NN', -1, 'root'], ['plant', 'VERB', 'VBN', 1, 'acl']]));
  assert.equal(p.rel(2), 'acl');
});

test('tree: a noun joined by "but" to the object, right before a subjectless finite conjunct verb, is that verb\'s subject ("…, but goals silenced the jeers")', () => {
  // Rooney received a reception , but goals silenced the jeers
  const t = new Tree(tokens([
    ['Rooney', 'PROPN', 'NNP', 1, 'nsubj'], ['received', 'VERB', 'VBD', -1, 'root'], ['a', 'DET', 'DT', 3, 'det'], ['reception', 'NOUN', 'NN', 1, 'obj'],
    [',', 'PUNCT', ',', 6, 'punct'], ['but', 'CCONJ', 'CC', 6, 'cc'], ['goals', 'NOUN', 'NNS', 3, 'conj'], ['silenced', 'VERB', 'VBD', 1, 'conj'],
    ['the', 'DET', 'DT', 9, 'det'], ['jeers', 'NOUN', 'NNS', 7, 'obj'],
  ]));
  assert.equal(t.rel(6), 'nsubj');
  assert.equal(t.head(6), 7);
  assert.equal(t.head(5), 7, 'the "but" goes with the verb');
  assert.ok(reachesRoot(t, 10));
  // (a verb with its own "and" keeps the first verb's subject: "bought jets and sold tanks")
  const g = new Tree(tokens([
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['bought', 'VERB', 'VBD', -1, 'root'], ['jets', 'NOUN', 'NNS', 1, 'obj'], ['and', 'CCONJ', 'CC', 4, 'cc'], ['sold', 'VERB', 'VBD', 1, 'conj'], ['tanks', 'NOUN', 'NNS', 4, 'obj'],
  ]));
  assert.equal(g.rel(2), 'obj');
});

test('tree: with an auxiliary, a noun joined by "and" to any noun phrase of the first verb, right before the second, is its subject ("…with debts of 14bn euros and new boss X has taken action")', () => {
  // Zentrix collapsed with debts and Ian Vale has sued Peru
  const t = new Tree(tokens([
    ['Zentrix', 'PROPN', 'NNP', 1, 'nsubj'], ['collapsed', 'VERB', 'VBD', -1, 'root'], ['with', 'ADP', 'IN', 3, 'case'], ['debts', 'NOUN', 'NNS', 1, 'obl'],
    ['and', 'CCONJ', 'CC', 6, 'cc'], ['Ian', 'PROPN', 'NNP', 6, 'compound'], ['Vale', 'PROPN', 'NNP', 3, 'conj'], ['has', 'AUX', 'VBZ', 8, 'aux'],
    ['sued', 'VERB', 'VBN', 1, 'conj'], ['Peru', 'PROPN', 'NNP', 8, 'obj'],
  ]));
  assert.equal(t.rel(6), 'nsubj');
  assert.equal(t.head(6), 8);
  assert.ok(reachesRoot(t, 10));
  // (without an auxiliary a bare participle keeps its reading: "debts and losses incurred abroad")
  const g = new Tree(tokens([
    ['Zentrix', 'PROPN', 'NNP', 1, 'nsubj'], ['collapsed', 'VERB', 'VBD', -1, 'root'], ['with', 'ADP', 'IN', 3, 'case'], ['debts', 'NOUN', 'NNS', 1, 'obl'],
    ['and', 'CCONJ', 'CC', 5, 'cc'], ['losses', 'NOUN', 'NNS', 3, 'conj'], ['incurred', 'VERB', 'VBN', 1, 'conj'], ['abroad', 'ADV', 'RB', 6, 'advmod'],
  ]));
  assert.equal(g.rel(5), 'conj');
});

test('tree: a "to"-infinitive after "and" joins the verb\'s own "to"-complement, not the verb ("expected X to be … and to return …")', () => {
  // Zentrix expected 2005 to be a year and to return
  const t = new Tree(tokens([
    ['Zentrix', 'PROPN', 'NNP', 1, 'nsubj'], ['expected', 'VERB', 'VBD', -1, 'root'], ['2005', 'NUM', 'CD', 1, 'obj'], ['to', 'PART', 'TO', 5, 'mark'],
    ['be', 'AUX', 'VB', 5, 'cop'], ['year', 'NOUN', 'NN', 1, 'xcomp'], ['and', 'CCONJ', 'CC', 8, 'cc'], ['to', 'PART', 'TO', 8, 'mark'], ['return', 'VERB', 'VB', 1, 'conj'],
  ]));
  assert.equal(t.head(8), 5);
  assert.ok(reachesRoot(t, 9));
  // (a finite conjunct stays the verb's: "expected a loss and cut jobs")
  const f = new Tree(tokens([
    ['Zentrix', 'PROPN', 'NNP', 1, 'nsubj'], ['expected', 'VERB', 'VBD', -1, 'root'], ['to', 'PART', 'TO', 3, 'mark'], ['lose', 'VERB', 'VB', 1, 'xcomp'], ['and', 'CCONJ', 'CC', 5, 'cc'], ['cut', 'VERB', 'VBD', 1, 'conj'],
  ]));
  assert.equal(f.head(5), 1);
});

test('tree: two case words side by side are one preposition, a case word apart from another is not', () => {
  // "out of work": both "out" and "of" are case dependents of "work"
  const t = new Tree(tokens([
    ['were', 'AUX', 'VBD', 3, 'cop'], ['out', 'ADP', 'IN', 3, 'case'], ['of', 'ADP', 'IN', 3, 'case'], ['work', 'NOUN', 'NN', -1, 'root'],
  ]));
  assert.equal(t.caseWord(3), 'out of');
  // "because of the costs": a fixed part stays
  const u = new Tree(tokens([
    ['because', 'ADP', 'IN', 3, 'case'], ['of', 'ADP', 'IN', 0, 'fixed'], ['the', 'DET', 'DT', 3, 'det'], ['costs', 'NOUN', 'NNS', -1, 'root'],
  ]));
  assert.equal(u.caseWord(3), 'because of');
  // "than … to X" are not side by side: the nearest one only
  const v = new Tree(tokens([
    ['than', 'ADP', 'IN', 3, 'case'], ['just', 'ADV', 'RB', 3, 'advmod'], ['to', 'ADP', 'IN', 3, 'case'], ['Peru', 'PROPN', 'NNP', -1, 'root'],
  ]));
  assert.equal(v.caseWord(3), 'to');
});

test('tree: a name hung on the case word before it heads that phrase, which modifies the noun before the case word', () => {
  // "reported the murder of Carlos Mendez by the FMLN": Carlos(flat → of), of(case → FMLN)
  const t = new Tree(tokens([
    ['Radio', 'PROPN', 'NNP', 1, 'nsubj'], ['reported', 'VERB', 'VBD', -1, 'root'], ['the', 'DET', 'DT', 3, 'det'], ['murder', 'NOUN', 'NN', 1, 'obj'],
    ['of', 'ADP', 'IN', 9, 'case'], ['Carlos', 'PROPN', 'NNP', 4, 'flat'], ['Mendez', 'PROPN', 'NNP', 4, 'flat'], ['by', 'ADP', 'IN', 9, 'case'],
    ['the', 'DET', 'DT', 9, 'det'], ['FMLN', 'PROPN', 'NNP', 3, 'nmod'],
  ]));
  assert.deepEqual([t.head(5), t.rel(5)], [3, 'nmod']);
  assert.deepEqual([t.head(4), t.rel(4)], [5, 'case']);
  assert.deepEqual([t.head(6), t.rel(6)], [5, 'flat']);
  assert.ok(reachesRoot(t, 10));
});

test('tree: a case word hung on the first word of a compound name belongs to the name\'s head ("an analyst at Troika Dialog")', () => {
  // at(case → Volga), Volga(compound → Dialog), Dialog(nmod → analyst)
  const t = new Tree(tokens([
    ['Sarin', 'PROPN', 'NNP', 6, 'nsubj'], ['an', 'DET', 'DT', 2, 'det'], ['analyst', 'NOUN', 'NN', 0, 'appos'], ['at', 'ADP', 'IN', 4, 'case'],
    ['Volga', 'PROPN', 'NNP', 5, 'compound'], ['Dialog', 'PROPN', 'NNP', 2, 'nmod'], ['said', 'VERB', 'VBD', -1, 'root'],
  ]));
  assert.deepEqual([t.head(3), t.caseWord(5)], [5, 'at']);
  assert.ok(reachesRoot(t, 7));
  // (a head with a case word of its own keeps it, and the other stays where it was)
  const u = new Tree(tokens([
    ['owns', 'VERB', 'VBZ', -1, 'root'], ['of', 'ADP', 'IN', 2, 'case'], ['Volga', 'PROPN', 'NNP', 4, 'compound'], ['in', 'ADP', 'IN', 4, 'case'], ['Dialog', 'PROPN', 'NNP', 0, 'obl'],
  ]));
  assert.equal(u.head(1), 2);
});

test('tree: a number before "of" and the noun the parser made its head is the partitive\'s head ("won 173 of the votes")', () => {
  // "Vale won 173 of the votes": 173 nummod of votes, votes obl of won with "of"
  const t = new Tree(tokens([
    ['Vale', 'PROPN', 'NNP', 1, 'nsubj'], ['won', 'VERB', 'VBD', -1, 'root'], ['173', 'NUM', 'CD', 5, 'nummod'], ['of', 'ADP', 'IN', 5, 'case'], ['the', 'DET', 'DT', 5, 'det'], ['votes', 'NOUN', 'NNS', 1, 'obl'],
  ]));
  assert.deepEqual([t.head(2), t.rel(2), t.head(5), t.rel(5)], [1, 'obj', 2, 'nmod']);
  assert.ok(reachesRoot(t, 6));
  // (a count with no "of" stays the noun's: "won 173 votes")
  const u = new Tree(tokens([['Vale', 'PROPN', 'NNP', 1, 'nsubj'], ['won', 'VERB', 'VBD', -1, 'root'], ['173', 'NUM', 'CD', 3, 'nummod'], ['votes', 'NOUN', 'NNS', 1, 'obj']]));
  assert.deepEqual([u.head(2), u.rel(2)], [3, 'nummod']);
});

test('tree: a particle "on" with a date hung on it is the date\'s case word ("WAS KIDNAPPED ON 11 DECEMBER")', () => {
  const t = new Tree(tokens([
    ['Vale', 'PROPN', 'NNP', 2, 'nsubj:pass'], ['was', 'AUX', 'VBD', 2, 'aux:pass'], ['kidnapped', 'VERB', 'VBN', -1, 'root'], ['on', 'ADP', 'IN', 2, 'compound:prt'],
    ['11', 'NUM', 'CD', 3, 'obl:unmarked'], ['December', 'PROPN', 'NNP', 4, 'nmod:unmarked'],
  ]));
  assert.deepEqual([t.head(4), t.rel(4), t.head(3), t.rel(3)], [2, 'obl', 4, 'case']);
  assert.ok(reachesRoot(t, 6));
  // (a particle with no date stays one: "turned on the lights")
  const u = new Tree(tokens([['Vale', 'PROPN', 'NNP', 1, 'nsubj'], ['turned', 'VERB', 'VBD', -1, 'root'], ['on', 'ADP', 'RP', 1, 'compound:prt'], ['lights', 'NOUN', 'NNS', 1, 'obj']]));
  assert.equal(u.rel(2), 'compound:prt');
});

// [why, rows, the infinitive's index, its head and relation after the repairs]
const CONTROLLED: Array<[why: string, rows: Array<[string, string, string, number, string]>, x: number, want: [number, string]]> = [
  ['an infinitive hung on the object of "urge" is the verb\'s controlled complement', [
    ['we', 'PRON', 'PRP', 1, 'nsubj'], ['urge', 'VERB', 'VBP', -1, 'root'], ['people', 'NOUN', 'NNS', 1, 'obj'], ['to', 'PART', 'TO', 4, 'mark'], ['reflect', 'VERB', 'VB', 2, 'acl'],
  ], 4, [1, 'xcomp']],
  ['… and one hung on "oblige" as a purpose', [
    ['crimes', 'NOUN', 'NNS', 1, 'nsubj'], ['oblige', 'VERB', 'VBP', -1, 'root'], ['government', 'NOUN', 'NN', 1, 'obj'], ['to', 'PART', 'TO', 4, 'mark'], ['act', 'VERB', 'VB', 1, 'advcl'],
  ], 4, [1, 'xcomp']],
  ['a purpose after "call" stays one ("called a meeting to discuss")', [
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['called', 'VERB', 'VBD', -1, 'root'], ['meeting', 'NOUN', 'NN', 1, 'obj'], ['to', 'PART', 'TO', 4, 'mark'], ['discuss', 'VERB', 'VB', 2, 'acl'],
  ], 4, [2, 'acl']],
  ['… and one hung as a purpose on "allow" whose object the parser called a nominal xcomp ("allow Chile to lead")', [
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['allow', 'VERB', 'VBP', -1, 'root'], ['Chile', 'PROPN', 'NNP', 1, 'xcomp'], ['to', 'PART', 'TO', 4, 'mark'], ['lead', 'VERB', 'VB', 1, 'advcl'],
  ], 4, [1, 'xcomp']],
  ['a purpose after a verb of no control stays one, whatever the noun before it ("name Chile to lead")', [
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['name', 'VERB', 'VBP', -1, 'root'], ['Chile', 'PROPN', 'NNP', 1, 'xcomp'], ['to', 'PART', 'TO', 4, 'mark'], ['lead', 'VERB', 'VB', 1, 'advcl'],
  ], 4, [1, 'advcl']],
  ['a base form after the object of "let", hung higher as parataxis, is its complement ("is keen on letting firms develop fields")', [
    ['Peru', 'PROPN', 'NNP', 2, 'nsubj'], ['is', 'AUX', 'VBZ', 2, 'cop'], ['keen', 'ADJ', 'JJ', -1, 'root'], ['on', 'SCONJ', 'IN', 4, 'mark'], ['let', 'VERB', 'VBG', 2, 'advcl'],
    ['firms', 'NOUN', 'NNS', 4, 'obj'], ['develop', 'VERB', 'VBP', 2, 'parataxis'], ['fields', 'NOUN', 'NNS', 6, 'obj'],
  ], 6, [4, 'xcomp']],
  ['… and one after the object of "help", hung as a conjunct ("help the rebels seize towns")', [
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['help', 'VERB', 'VBD', -1, 'root'], ['rebels', 'NOUN', 'NNS', 1, 'obj'], ['seize', 'VERB', 'VB', 1, 'conj'], ['towns', 'NOUN', 'NNS', 3, 'obj'],
  ], 3, [1, 'xcomp']],
  ['a verb with its own subject after the object of "make" is no complement ("firms that make cars say …")', [
    ['firms', 'NOUN', 'NNS', 4, 'nsubj'], ['that', 'PRON', 'WDT', 2, 'nsubj'], ['make', 'VERB', 'VBP', 0, 'acl:relcl'], ['cars', 'NOUN', 'NNS', 2, 'obj'], ['say', 'VERB', 'VBP', -1, 'root'],
  ], 4, [-1, 'root']],
  ['… and one hung as an xcomp of the verb above ("try to help the players develop")', [
    ['we', 'PRON', 'PRP', 1, 'nsubj'], ['try', 'VERB', 'VBP', -1, 'root'], ['to', 'PART', 'TO', 3, 'mark'], ['help', 'VERB', 'VB', 1, 'xcomp'], ['players', 'NOUN', 'NNS', 3, 'obj'], ['develop', 'VERB', 'VB', 1, 'xcomp'],
  ], 5, [3, 'xcomp']],
  ['a base form holding a speech verb the parser hung on it stays where it is ("help him make it happen, Vale told …")', [
    ['we', 'PRON', 'PRP', 1, 'nsubj'], ['try', 'VERB', 'VBP', -1, 'root'], ['to', 'PART', 'TO', 3, 'mark'], ['help', 'VERB', 'VB', 1, 'xcomp'], ['him', 'PRON', 'PRP', 3, 'obj'], ['make', 'VERB', 'VB', 1, 'conj'],
    ['Vale', 'PROPN', 'NNP', 7, 'nsubj'], ['told', 'VERB', 'VBD', 5, 'parataxis'],
  ], 5, [1, 'conj']],
  ['a present tense with its own "and" after the object of "see" is a conjunct ("see prices and cut costs")', [
    ['we', 'PRON', 'PRP', 1, 'nsubj'], ['see', 'VERB', 'VBP', -1, 'root'], ['prices', 'NOUN', 'NNS', 1, 'obj'], ['and', 'CCONJ', 'CC', 4, 'cc'], ['cut', 'VERB', 'VBP', 1, 'conj'], ['costs', 'NOUN', 'NNS', 4, 'obj'],
  ], 4, [1, 'conj']],
  ['a noun of plan or right keeps its infinitive ("allowed Peru the right to fish")', [
    ['Chile', 'PROPN', 'NNP', 1, 'nsubj'], ['allowed', 'VERB', 'VBD', -1, 'root'], ['right', 'NOUN', 'NN', 1, 'obj'], ['to', 'PART', 'TO', 4, 'mark'], ['fish', 'VERB', 'VB', 2, 'acl'],
  ], 4, [2, 'acl']],
];
for (const [why, rows, x, want] of CONTROLLED) {
  test(`tree: ${why}`, () => {
    const t = new Tree(tokens(rows));
    assert.deepEqual([t.head(x), t.rel(x)], want);
    assert.ok(reachesRoot(t, rows.length));
  });
}

test('tree: a distance the parser made a second subject places the noun before it ("a town 50 km from Lima, rebels bombed")', () => {
  // town(appos), 50(nummod → km), km(nsubj → bombed), from(case → Lima), Lima(nmod → km), rebels(nsubj → bombed)
  const t = new Tree(tokens([
    ['Quilca', 'PROPN', 'NNP', -1, 'root'], [',', 'PUNCT', ',', 2, 'punct'], ['town', 'NOUN', 'NN', 0, 'appos'], ['50', 'NUM', 'CD', 4, 'nummod'],
    ['km', 'NOUN', 'NNS', 9, 'nsubj'], ['from', 'ADP', 'IN', 6, 'case'], ['Lima', 'PROPN', 'NNP', 4, 'nmod'], [',', 'PUNCT', ',', 8, 'punct'],
    ['rebels', 'NOUN', 'NNS', 9, 'nsubj'], ['bombed', 'VERB', 'VBD', 2, 'acl:relcl'], ['banks', 'NOUN', 'NNS', 9, 'obj'],
  ]));
  assert.deepEqual([t.head(4), t.rel(4)], [2, 'nmod:npmod']);
  assert.deepEqual(t.childrenBy(9, 'nsubj'), [8]);
  assert.ok(reachesRoot(t, 11));
  // (the only subject stays one: "50 km from Lima lies the border" is left to the parser)
  const u = new Tree(tokens([
    ['50', 'NUM', 'CD', 1, 'nummod'], ['km', 'NOUN', 'NNS', 4, 'nsubj'], ['from', 'ADP', 'IN', 3, 'case'], ['Lima', 'PROPN', 'NNP', 1, 'nmod'], ['lies', 'VERB', 'VBZ', -1, 'root'],
  ]));
  assert.equal(u.rel(1), 'nsubj');
});

test('tree: a past tense after a day word, read as a relative clause on the root phrase, is the main verb ("A BOMB TODAY EXPLODED NEAR …")', () => {
  // a(root), bomb(appos → a), today(obl:unmarked → exploded), exploded(acl:relcl → bomb), embassy(obl → exploded)
  const t = new Tree(tokens([
    ['a', 'DET', 'DT', -1, 'root'], ['bomb', 'NOUN', 'NN', 0, 'appos'], ['today', 'NOUN', 'NN', 3, 'obl:unmarked'], ['exploded', 'VERB', 'VBD', 1, 'acl:relcl'],
    ['near', 'ADP', 'IN', 5, 'case'], ['embassy', 'NOUN', 'NN', 3, 'obl'], ['.', 'PUNCT', '.', 0, 'punct'],
  ]));
  assert.deepEqual([t.head(3), t.head(1), t.rel(1), t.head(0), t.rel(0), t.head(6)], [-1, 3, 'nsubj', 1, 'det', 3]);
  assert.ok(reachesRoot(t, 7));
  // (a relative clause with its own relative word stays one: "the bomb that today exploded")
  const u = new Tree(tokens([
    ['bomb', 'NOUN', 'NN', -1, 'root'], ['that', 'PRON', 'WDT', 3, 'nsubj'], ['today', 'NOUN', 'NN', 3, 'obl:unmarked'], ['exploded', 'VERB', 'VBD', 0, 'acl:relcl'],
  ]));
  assert.equal(u.rel(3), 'acl:relcl');
});

test('tree: a bare day word heads nothing: a phrase hung on it goes to the verb, and a noun it took as its compound is the verb\'s object ("called Thursday on Iraq", "its demand today that …")', () => {
  // Peru(nsubj → called), called(root), Thursday(obl:unmarked → called), on(case → Chile), Chile(nmod → Thursday)
  const t = new Tree(tokens([
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['called', 'VERB', 'VBD', -1, 'root'], ['Thursday', 'PROPN', 'NNP', 1, 'obl:unmarked'], ['on', 'ADP', 'IN', 4, 'case'], ['Chile', 'PROPN', 'NNP', 2, 'nmod'],
  ]));
  assert.deepEqual([t.head(4), t.rel(4)], [1, 'obl']);
  // Chad(nsubj), repeated(root), its(nmod:poss → today), demand(compound → today), today(obl:unmarked → repeated),
  // that(obj → free), Peru(nsubj → free), free(ccomp → repeated), hostages(obj → free)
  const u = new Tree(tokens([
    ['Chad', 'PROPN', 'NNP', 1, 'nsubj'], ['repeated', 'VERB', 'VBD', -1, 'root'], ['its', 'PRON', 'PRP$', 4, 'nmod:poss'], ['demand', 'NOUN', 'NN', 4, 'compound'], ['today', 'NOUN', 'NN', 1, 'obl:unmarked'],
    ['that', 'PRON', 'WDT', 7, 'obj'], ['Peru', 'PROPN', 'NNP', 7, 'nsubj'], ['free', 'VERB', 'VB', 1, 'ccomp'], ['hostages', 'NOUN', 'NNS', 7, 'obj'],
  ]));
  assert.deepEqual([u.head(3), u.rel(3), u.head(2), u.head(4), u.rel(4), u.rel(5)], [1, 'obj', 3, 1, 'obl:unmarked', 'mark']);
  assert.ok(reachesRoot(u, 9));
  // ("received confirmation yesterday of the kidnapping": an "of" phrase goes to the noun before the day word)
  const v = new Tree(tokens([
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['received', 'VERB', 'VBD', -1, 'root'], ['confirmation', 'NOUN', 'NN', 1, 'obj'], ['yesterday', 'NOUN', 'NN', 1, 'obl:unmarked'],
    ['of', 'ADP', 'IN', 5, 'case'], ['kidnapping', 'NOUN', 'NN', 3, 'nmod'],
  ]));
  assert.deepEqual([v.head(5), v.rel(5)], [2, 'nmod']);
  // (a day word with a case word of its own is a phrase like any other: "since Monday on the border")
  const w = new Tree(tokens([
    ['clashes', 'NOUN', 'NNS', -1, 'root'], ['since', 'ADP', 'IN', 2, 'case'], ['Monday', 'PROPN', 'NNP', 0, 'nmod'], ['on', 'ADP', 'IN', 5, 'case'], ['the', 'DET', 'DT', 5, 'det'], ['border', 'NOUN', 'NN', 2, 'nmod'],
  ]));
  assert.equal(w.head(5), 2);
});

test('tree: a sentence with no verb at its root takes the past tense of a verb that seldom has an object as its main verb ("MEANWHILE, IN CALI, A BOMB EXPLODED AT …")', () => {
  // meanwhile(root), Cali(obl → meanwhile), bomb(appos → Cali), exploded(acl → bomb), branch(obl → exploded)
  const rows: Array<[string, string, string, number, string]> = [
    ['meanwhile', 'ADV', 'RB', -1, 'root'], [',', 'PUNCT', ',', 0, 'punct'], ['in', 'ADP', 'IN', 3, 'case'], ['Cali', 'PROPN', 'NNP', 0, 'obl'], [',', 'PUNCT', ',', 6, 'punct'],
    ['a', 'DET', 'DT', 6, 'det'], ['bomb', 'NOUN', 'NN', 3, 'appos'], ['exploded', 'VERB', 'VBD', 6, 'acl'], ['at', 'ADP', 'IN', 9, 'case'], ['branch', 'NOUN', 'NN', 7, 'obl'], ['.', 'PUNCT', '.', 0, 'punct'],
  ];
  const toks = tokens(rows);
  toks[7].lemma = 'explode';
  const t = new Tree(toks);
  assert.deepEqual([t.head(7), t.head(6), t.rel(6), t.head(0), t.rel(0), t.head(10)], [-1, 7, 'nsubj', 7, 'advmod', 7]);
  assert.ok(reachesRoot(t, rows.length));
  // (a verb that mostly takes an object keeps its participle: "… , troops located at the base")
  const utoks = tokens(rows.map((r, i) => (i === 7 ? ['located', 'VERB', 'VBN', 6, 'acl'] : i === 6 ? ['troops', 'NOUN', 'NNS', 3, 'appos'] : r) as [string, string, string, number, string]));
  utoks[7].lemma = 'locate';
  const u = new Tree(utoks);
  assert.equal(u.rel(7), 'acl');
  // (nor one with a "by" agent: "… , messages stopped by the firm")
  const wtoks = tokens([...rows.slice(0, 8), ['by', 'ADP', 'IN', 9, 'case'], ['firm', 'NOUN', 'NN', 7, 'obl:agent'], ['.', 'PUNCT', '.', 0, 'punct']]);
  wtoks[7].lemma = 'explode';
  assert.equal(new Tree(wtoks).rel(7), 'acl');
});

test('tree: "that" before a plural noun is the complementiser, and the noun the subject of the finite verb after its phrase', () => {
  // "police discovered that members of Zentrix provide passports", parsed with "that" the plural
  // noun's determiner, the noun the object and "provide" a conjunct of "discovered"
  const t = new Tree(tokens([
    ['police', 'NOUN', 'NN', 1, 'nsubj'], ['discovered', 'VERB', 'VBD', -1, 'root'], ['that', 'DET', 'DT', 3, 'det'], ['members', 'NOUN', 'NNS', 1, 'obj'],
    ['of', 'ADP', 'IN', 5, 'case'], ['Zentrix', 'PROPN', 'NNP', 3, 'nmod'], ['provide', 'VERB', 'VBP', 1, 'conj'], ['passports', 'NOUN', 'NNS', 6, 'obj'],
  ]));
  assert.deepEqual([t.head(6), t.rel(6)], [1, 'ccomp']);
  assert.deepEqual([t.head(3), t.rel(3)], [6, 'nsubj']);
  assert.deepEqual([t.head(2), t.rel(2)], [6, 'mark']);
  assert.ok(reachesRoot(t, 8));
  // (a determiner of a singular noun, and a verb joined by "and", stay as they are: "bought that land and sold it")
  const u = new Tree(tokens([
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['bought', 'VERB', 'VBD', -1, 'root'], ['that', 'DET', 'DT', 3, 'det'], ['lands', 'NOUN', 'NNS', 1, 'obj'],
    ['and', 'CCONJ', 'CC', 5, 'cc'], ['sold', 'VERB', 'VBD', 1, 'conj'], ['them', 'PRON', 'PRP', 5, 'obj'],
  ]));
  assert.deepEqual([u.head(3), u.rel(3), u.head(5), u.rel(5)], [1, 'obj', 1, 'conj']);
});

test('tree: "that" read as taking the clause\'s subject as its object, and the clause\'s verb as that noun\'s participle, is the complementiser', () => {
  // "the army said that the rebels set fire to a car", parsed with "that" the object of "said",
  // "rebels" the object of "that" and "set" a participle on "rebels"
  const t = new Tree(tokens([
    ['the', 'DET', 'DT', 1, 'det'], ['army', 'NOUN', 'NN', 2, 'nsubj'], ['said', 'VERB', 'VBD', -1, 'root'], ['that', 'SCONJ', 'IN', 2, 'obj'],
    ['the', 'DET', 'DT', 5, 'det'], ['rebels', 'NOUN', 'NNS', 3, 'obj'], ['set', 'VERB', 'VBN', 5, 'acl'], ['fire', 'NOUN', 'NN', 6, 'obj'],
    ['to', 'ADP', 'IN', 10, 'case'], ['a', 'DET', 'DT', 10, 'det'], ['car', 'NOUN', 'NN', 6, 'obl'],
  ]));
  assert.deepEqual([t.head(6), t.rel(6)], [2, 'ccomp']);
  assert.deepEqual([t.head(5), t.rel(5)], [6, 'nsubj']);
  assert.deepEqual([t.head(3), t.rel(3)], [6, 'mark']);
  assert.equal(t.xpos(6), 'VBD');
  assert.ok(reachesRoot(t, 11));
  // (a participle with no object of its own is a true modifier: "said that the men arrested on Monday …")
  const u = new Tree(tokens([
    ['police', 'NOUN', 'NNS', 1, 'nsubj'], ['said', 'VERB', 'VBD', -1, 'root'], ['that', 'SCONJ', 'IN', 1, 'obj'], ['men', 'NOUN', 'NNS', 2, 'obj'],
    ['arrested', 'VERB', 'VBN', 3, 'acl'], ['on', 'ADP', 'IN', 6, 'case'], ['Monday', 'PROPN', 'NNP', 4, 'obl'],
  ]));
  assert.deepEqual([u.head(4), u.rel(4), u.head(3), u.rel(3)], [3, 'acl', 2, 'obj']);
});

test('tree: two subjects of one verb joined by "and" are one coordinated subject ("The rebels and Kenya welcomed the talks")', () => {
  // rebels(nsubj → welcomed), and(cc → welcomed), Kenya(nsubj → welcomed)
  const t = new Tree(tokens([
    ['The', 'DET', 'DT', 1, 'det'], ['rebels', 'NOUN', 'NNS', 4, 'nsubj'], ['and', 'CCONJ', 'CC', 4, 'cc'], ['Kenya', 'PROPN', 'NNP', 4, 'nsubj'],
    ['welcomed', 'VERB', 'VBD', -1, 'root'], ['talks', 'NOUN', 'NNS', 4, 'obj'],
  ]));
  assert.deepEqual([t.head(3), t.rel(3), t.head(2), t.rel(2)], [1, 'conj', 3, 'cc']);
  assert.deepEqual(t.childrenBy(4, 'nsubj'), [1]);
  assert.ok(reachesRoot(t, 6));
  // (a list: "Kenya, Uganda and the rebels met" joins all three to the first)
  const l = new Tree(tokens([
    ['Kenya', 'PROPN', 'NNP', 6, 'nsubj'], [',', 'PUNCT', ',', 6, 'punct'], ['Uganda', 'PROPN', 'NNP', 6, 'nsubj'], ['and', 'CCONJ', 'CC', 5, 'cc'], ['the', 'DET', 'DT', 5, 'det'],
    ['rebels', 'NOUN', 'NNS', 6, 'nsubj'], ['met', 'VERB', 'VBD', -1, 'root'],
  ]));
  assert.deepEqual([t.head(3), l.head(2), l.rel(2), l.head(5), l.rel(5), l.rel(1)], [1, 0, 'conj', 0, 'conj', 'punct']);
  // (no "and" between them, or something else between: left as read — "Analysts say Kenya …" is not this)
  const u = new Tree(tokens([
    ['Kenya', 'PROPN', 'NNP', 3, 'nsubj'], [',', 'PUNCT', ',', 3, 'punct'], ['Uganda', 'PROPN', 'NNP', 3, 'nsubj'], ['met', 'VERB', 'VBD', -1, 'root'],
  ]));
  assert.deepEqual([u.rel(2), u.head(2)], ['nsubj', 3]);
  const w = new Tree(tokens([
    ['Kenya', 'PROPN', 'NNP', 4, 'nsubj'], ['and', 'CCONJ', 'CC', 4, 'cc'], ['it', 'PRON', 'PRP', 4, 'nsubj'], ['rebels', 'NOUN', 'NNS', 4, 'nsubj'], ['met', 'VERB', 'VBD', -1, 'root'],
  ]));
  assert.deepEqual([w.rel(3), w.head(3)], ['nsubj', 4]);
});

test('tree: a "with" phrase the parser hung on a place name in an "in"/"at" phrase goes up to what the place phrase modifies ("talks in Lima with Chile")', () => {
  // Peru(nsubj → held), talks(obj → held), in(case → Lima), Lima(nmod → talks), with(case → Chile), Chile(nmod → Lima)
  const t = new Tree(tokens([
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['held', 'VERB', 'VBD', -1, 'root'], ['talks', 'NOUN', 'NNS', 1, 'obj'], ['in', 'ADP', 'IN', 4, 'case'], ['Lima', 'PROPN', 'NNP', 2, 'nmod'],
    ['with', 'ADP', 'IN', 6, 'case'], ['Chile', 'PROPN', 'NNP', 4, 'nmod'],
  ]));
  assert.deepEqual([t.head(6), t.rel(6)], [2, 'nmod']);
  assert.ok(reachesRoot(t, 7));
  // (a common noun keeps it: "schools in towns with water" — the towns have the water)
  const u = new Tree(tokens([
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['built', 'VERB', 'VBD', -1, 'root'], ['schools', 'NOUN', 'NNS', 1, 'obj'], ['in', 'ADP', 'IN', 4, 'case'], ['towns', 'NOUN', 'NNS', 2, 'nmod'],
    ['with', 'ADP', 'IN', 6, 'case'], ['water', 'NOUN', 'NN', 4, 'nmod'],
  ]));
  assert.equal(u.head(6), 4);
  // (nor does a place that is not an "in"/"at" phrase: "flew from Lima with Chile's team")
  const w = new Tree(tokens([
    ['Peru', 'PROPN', 'NNP', 1, 'nsubj'], ['flew', 'VERB', 'VBD', -1, 'root'], ['from', 'ADP', 'IN', 3, 'case'], ['Lima', 'PROPN', 'NNP', 1, 'obl'],
    ['with', 'ADP', 'IN', 5, 'case'], ['Chile', 'PROPN', 'NNP', 3, 'nmod'],
  ]));
  assert.equal(w.head(5), 3);
});
