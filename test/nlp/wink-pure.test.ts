/**
 * nlp/wink-pure: a text's tokens, tags and lemmas are the same whatever was read before it, and
 * the instance is rebuilt before its lexicon grows without end (a long run stays flat).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { pureWink } from '../../src/nlp/wink-pure.ts';

const TEXT = "Sony's PlayStation Portable went on sale in Japan. Toyota's president met Sony's chairman.";
const TEACH = "Analysts said the console was a triumph for Sony's. Shares in Toyota's. rose.";

function reading(nlp: ReturnType<typeof winkNLP>, text: string): string {
  const d = nlp.readDoc(text);
  return JSON.stringify([d.tokens().out(), d.tokens().out(nlp.its.pos), d.tokens().out(nlp.its.lemma as never)]);
}

describe('pureWink', () => {
  it('reads a text the same after a text that makes wink learn "Sony\'s" as one word (plain wink does not)', () => {
    const plain = winkNLP(model, ['sbd', 'pos']);
    const before = reading(plain, TEXT);
    reading(plain, TEACH);
    assert.notEqual(reading(plain, TEXT), before, 'plain wink-nlp learns across reads (the bug this guards against)');

    const pure = pureWink(model, ['sbd', 'pos']);
    const first = reading(pure, TEXT);
    reading(pure, TEACH);
    assert.equal(reading(pure, TEXT), first);
    assert.equal(first, before, 'a first read is what plain wink gives a fresh process');
  });

  it('is rebuilt after many unknown words and still reads the same', () => {
    const pure = pureWink(model, ['sbd', 'pos'], 50);
    const first = reading(pure, TEXT);
    // 30 reads of 40 made-up words each: several rebuilds
    for (let i = 0; i < 30; i++) reading(pure, Array.from({ length: 40 }, (_, k) => `Zq${i}x${k}vort`).join(' '));
    assert.equal(reading(pure, TEXT), first);
  });
});
