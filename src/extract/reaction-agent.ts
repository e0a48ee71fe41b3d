/**
 * actorgraph/extract/reaction-agent — whose act or word a reaction answers, when the object names
 * it through a participle: "rejected the proposal made by the rebels", "condemned the attack
 * carried out by the FMLN", "welcomed the memos sent by Peru". Reacting to the thing is reacting
 * to its agent (event coders code the pair as the reaction's dyad), so the clause gains a ReVerb
 * triple "reject proposal by → rebels" beside its plain object.
 */
import type { Tree } from './tree.js';

/** Verbs whose object is someone else's act or word. */
export const REACTING = /^(welcome|hail|praise|applaud|commend|criticize|criticise|condemn|denounce|repudiate|deplore|decry|reject|accept|dismiss|oppose|support|back|endorse|protest|question|challenge|refuse|decline|ratify|approve)$/;

/**
 * The agent of a past participle on the object o of a reacting verb ("the proposal made by X" → X),
 * if any: a participle, not a relative clause with its own subject, whose "by" phrase names the doer.
 */
export function participleAgent(t: Tree, lemma: string, o: number): number | undefined {
  if (!REACTING.test(lemma)) return undefined;
  for (const p of t.childrenBy(o, 'acl')) {
    if (p < o || t.xpos(p) !== 'VBN' || t.childrenBy(p, 'nsubj', 'nsubj:pass', 'mark').length) continue;
    const by = t.children(p).find((x) => /^obl(:agent)?$/.test(t.rel(x)) && t.caseWord(x) === 'by');
    if (by !== undefined) return by;
  }
  return undefined;
}
