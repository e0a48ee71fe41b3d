/**
 * The entity recogniser (src/nlp/ner.ts, ner-gazetteer.ts, train/ner.ts): gold names read from
 * GUM-style Entity= annotations, scoring, BIO-valid decoding, spans(), gazetteer matching. Sentences
 * written for these tests; no big model is trained (the shipped one is only loaded, when present).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../../src/nlp/conllu.ts';
import { loadModels } from '../../src/nlp/model-file.ts';
import { FeatureTable, LinearModel } from '../../src/nlp/perceptron.ts';
import { sentenceWords } from '../../src/nlp/word-features.ts';
import { GAZ_B, GAZ_L, GAZ_ORG, GAZ_PLACE, GAZ_U, NerGazetteer, phraseTokens } from '../../src/nlp/ner-gazetteer.ts';
import { MAX_NER_FEATURES, NER_CLASSES, NerTagger, allowed, nerFeatures, nerInput, spans, type NerMeta } from '../../src/nlp/ner.ts';
import { bioTargets, nerSentences, trainNer } from '../../src/nlp/train/ner.ts';
import { evaluateEntities, goldEntities } from '../../src/nlp/entity-gold.ts';

/** A CoNLL-U sentence from [form, upos, head, Entity=] rows. */
function conllu(rows: [string, string, number, string?][]): string {
  return rows.map(([f, u, h, e], i) => [i + 1, f, f, u, '_', '_', h, 'dep', '_', e ? `Entity=${e}` : '_'].join('\t')).join('\n') + '\n\n';
}

// "The Bank of America chief Jane Smith , who lives in Paris , met Obama ."
const SENT = conllu([
  ['The', 'DET', 3, '(1-organization-new-x'],
  ['Bank', 'PROPN', 3, '(2-person-new-x'], // a person span around "Bank": not PROPN-headed, see below
  ['of', 'ADP', 4, '2)'],
  ['America', 'PROPN', 5, '1)'],
  ['chief', 'NOUN', 13, '(3-person-new-x'],
  ['Jane', 'PROPN', 5, '(4-person-new-x'],
  ['Smith', 'PROPN', 6, '4)'],
  [',', 'PUNCT', 10, ''],
  ['who', 'PRON', 10, '(5-person-giv-x)'],
  ['lives', 'VERB', 6, ''],
  ['in', 'ADP', 12, ''],
  ['Paris', 'PROPN', 10, '(6-place-new-x)3)'],
  ['met', 'VERB', 0, ''],
  ['Obama', 'PROPN', 13, '(7-person-new-x)'],
  ['.', 'PUNCT', 13, ''],
]);

test('ner gold: outermost PROPN-headed person/organization/place spans, stacked and single-token annotations', () => {
  const s = readConllu(SENT)[0];
  const gold = goldEntities(s).map((g) => [g.start, g.end, g.type, g.head]);
  // span 1 "The Bank of America": head = "America" (HEAD 5 is outside the span)
  // span 3 "chief Jane Smith ... Paris" has a NOUN head: not a name, so "Jane Smith" (4) is kept
  // and "Paris", nested in span 3 (not a kept span), is kept too; span 5 "who" is a PRON
  assert.deepEqual(gold, [[0, 4, 'organization', 3], [5, 7, 'person', 5], [11, 12, 'place', 11], [13, 14, 'person', 13]]);
});

test('ner gold: a name nested in a kept name is dropped (outermost only); same-extent spans count once', () => {
  const s = readConllu(conllu([
    ['University', 'PROPN', 0, '(1-organization-x(2-organization-x'],
    ['of', 'ADP', 3, ''],
    ['Paris', 'PROPN', 1, '(3-place-x)2)1)'],
  ]))[0];
  assert.deepEqual(goldEntities(s).map((g) => [g.start, g.end, g.type]), [[0, 3, 'organization']]);
});

test('ner targets: the PROPN run around the head, "of" kept inside, determiners and appositions left out', () => {
  const [s] = nerSentences(readConllu(SENT));
  const y = Array.from(bioTargets(s), (k) => NER_CLASSES[k]);
  assert.deepEqual(y.slice(0, 4), ['O', 'B-organization', 'I-organization', 'I-organization']);
  assert.deepEqual(y.slice(5, 8), ['B-person', 'I-person', 'O']);
});

test('ner scoring: a prediction matches when it covers the gold head with the same type, each gold once', () => {
  const gold = [[{ start: 0, end: 4, type: 'organization' as const, head: 3 }, { start: 5, end: 7, type: 'person' as const, head: 5 }]];
  const pred = [[
    { start: 1, end: 4, type: 'organization' as const }, // covers the head: right
    { start: 3, end: 4, type: 'organization' as const }, // the same gold again: wrong
    { start: 6, end: 7, type: 'person' as const }, // misses the head word "Jane"
  ]];
  const e = evaluateEntities(gold, pred);
  assert.equal(e.matched, 1);
  assert.equal(e.p, 1 / 3);
  assert.equal(e.r, 1 / 2);
});

test('ner spans(): end exclusive, a B after I starts a new span, a stray I opens one', () => {
  assert.deepEqual(spans(['B-person', 'I-person', 'B-person', 'O', 'I-place', 'B-organization']), [
    { start: 0, end: 2, type: 'person' }, { start: 2, end: 3, type: 'person' },
    { start: 4, end: 5, type: 'place' }, { start: 5, end: 6, type: 'organization' },
  ]);
  assert.deepEqual(spans(Int32Array.from([0, 5, 6, 6])), [{ start: 1, end: 4, type: 'place' }]);
});

test('ner decoding is BIO-valid even when the weights prefer an impossible I- label', () => {
  assert.ok(allowed(1, 2) && allowed(2, 2) && !allowed(0, 2) && !allowed(-1, 4) && !allowed(1, 4));
  // one feature, the bias (the first one the extractor gives): I-person scores highest, then I-place, B-place
  const feats = new Uint32Array(MAX_NER_FEATURES);
  nerFeatures(nerInput(sentenceWords(['x']), null, new NerGazetteer()), 0, -1, -1, feats);
  const table = new FeatureTable(4);
  table.add(feats[0]);
  const meta: NerMeta = { classes: NER_CLASSES, usePos: false, features: 1, lexicon: {}, history: false };
  const t = new NerTagger(new LinearModel(7, table, new Float32Array([0, 0, 5, 0, 0, 1, 3])), meta, new NerGazetteer());
  const labels = Array.from(t.labels(sentenceWords(['a', 'b', 'c'])), (k) => NER_CLASSES[k]);
  assert.deepEqual(labels, ['B-place', 'I-place', 'I-place']);
});

test('ner gazetteer: longest match first, UD-style phrase tokens, lower-cased', () => {
  assert.deepEqual(phraseTokens("U.S. Kurdistan Workers' Party"), ['u.s.', 'kurdistan', 'workers', "'", 'party']);
  const g = new NerGazetteer([['New York', GAZ_PLACE], ['New York Times', GAZ_ORG], ['York', GAZ_PLACE], ['the Congo', GAZ_PLACE]]);
  const { match, part } = g.lookup(['the', 'new', 'york', 'times', 'in', 'york', 'and', 'congo']);
  const at = (i: number) => [match[i] >> 3, match[i] & 7];
  assert.deepEqual(at(1), [GAZ_ORG, GAZ_B]);
  assert.deepEqual(at(3), [GAZ_ORG, GAZ_L]);
  assert.deepEqual(at(5), [GAZ_PLACE, GAZ_U]);
  assert.deepEqual(at(7), [GAZ_PLACE, GAZ_U], 'a leading "the" is not part of the phrase');
  assert.equal(match[0], 0);
  assert.equal(part[2], GAZ_PLACE | GAZ_ORG, '"york" is part of a place and an organisation name');
});

test('ner training is deterministic and learns a tiny in-memory corpus', () => {
  const text = ['Anna', 'Berta', 'Clara'].map((n, i) => conllu([
    [n, 'PROPN', 2, '(1-person-x)'], ['visited', 'VERB', 0, ''], [['Oslo', 'Rome', 'Lima'][i], 'PROPN', 2, '(2-place-x)'], ['.', 'PUNCT', 2, ''],
  ])).join('');
  const data = nerSentences(readConllu(text));
  const opts = { epochs: 3, log: () => {}, lexicon: {}, gazetteer: new NerGazetteer() };
  const a = trainNer(data, [], opts);
  const b = trainNer(data, [], opts);
  assert.deepEqual(a.model.weights, b.model.weights);
  const t = new NerTagger(a.model, a.meta, opts.gazetteer);
  assert.deepEqual(t.entities(sentenceWords(['Anna', 'visited', 'Rome', '.']), ['PROPN', 'VERB', 'PROPN', 'PUNCT']),
    [{ start: 0, end: 1, type: 'person' }, { start: 2, end: 3, type: 'place' }]);
});

test('ner model in data/models/ loads and finds names', () => {
  const path = fileURLToPath(new URL('../../data/models/ner.bin', import.meta.url));
  assert.ok(existsSync(path), 'data/models/ner.bin ships with the repository (npm run train:nlp makes it)');
  const { meta, models } = loadModels<NerMeta>(path);
  const ner = new NerTagger(models.ner, meta);
  const forms = ['Barack', 'Obama', 'visited', 'Paris', 'with', 'the', 'United', 'Nations', 'delegation', '.'];
  const upos = ['PROPN', 'PROPN', 'VERB', 'PROPN', 'ADP', 'DET', 'PROPN', 'PROPN', 'NOUN', 'PUNCT'];
  for (const f of [forms, forms.map((x) => x.toUpperCase())]) {
    ner.startDocument();
    const got = ner.entities(sentenceWords(f), upos).map((e) => `${f.slice(e.start, e.end).join(' ')}/${e.type}`);
    assert.ok(got.includes(`${f[0]} ${f[1]}/person`), got.join(', '));
    assert.ok(got.includes(`${f[6]} ${f[7]}/organization`), got.join(', '));
  }
});
