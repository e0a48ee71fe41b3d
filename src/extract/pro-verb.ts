/**
 * actorgraph/extract/pro-verb — "do" standing for another predicate: "if he jumps as well as he did
 * in Sheffield", "it feared it would not be able to do so in Russia", "what he has done in two
 * terms". Such a "do" has no object of its own, only a pronoun ("so", "it", "what") or nothing; it
 * tells no act the graph can name ("Yukos –do in→ Russia"), so open IE alone keeps it. A "do" with
 * a noun for its object is a verb of its own ("does business in Asia", "did a duet with"), and so
 * is one with a particle ("do away with the tax") and a passive one.
 */
import type { Chunk } from './chunks.js';
import type { Token } from '../nlp/wink.js';
import type { Tree } from './tree.js';

const isDo = (lemma: string): boolean => lemma.toLowerCase() === 'do';
const noun = (pos: string): boolean => pos === 'NOUN' || pos === 'PROPN';

/**
 * The tree's verb h is an active "do" with no noun for its object and no particle. (A passive has
 * its object for a subject: "the research done by Dr Sibbald", "the work needs to be done by police".)
 */
export function proVerb(t: Tree, h: number): boolean {
  if (!isDo(t.lemma(h)) || t.upos(h) !== 'VERB' || t.child(h, 'compound:prt') !== undefined || t.lower(h + 1) === 'away') return false;
  if (t.childrenBy(h, 'aux:pass', 'nsubj:pass').length || (t.rel(h) === 'acl' && t.xpos(h) === 'VBN')) return false;
  return !t.childrenBy(h, 'obj').some((o) => noun(t.upos(o)));
}

/** The chunk patterns' verb group vg is a "do" with no noun phrase right after it ("as she did in the marathon"). */
export function proVerbChunk(tokens: Token[], chs: Chunk[], vg: number): boolean {
  const h = chs[vg].head, next = chs[vg + 1];
  if (!isDo(tokens[h].lemma ?? '') || tokens[h + 1]?.lower === 'away') return false;
  return !next || next.kind !== 'NP' || !noun(tokens[next.head].pos ?? '');
}
