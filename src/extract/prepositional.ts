/**
 * actorgraph/extract/prepositional — participles news uses as prepositions ("following", "regarding",
 * "including", "according to"): they tell no act, and the clauses below them stand where the clause
 * above them does.
 */
import type { Tree } from './tree.js';

/**
 * "resigned from the board following the share deal", "was arrested following a traffic offence":
 * an adjunct "following" with no subject or auxiliary of its own is the preposition "after", no
 * act of following (news uses it so far more often than the verb). So with the other participles
 * news uses as prepositions: "a hearing regarding his conduct", "concerning the attacks, Cristiani
 * said", "labels including Louis Vuitton", "according to the police": none tells an act of its
 * main clause's subject.
 */
export const PREPOSITIONAL_ING = /^(following|regarding|concerning|including|excluding|according|barring|pending)$/;

export function prepositionalParticiple(t: Tree, h: number): boolean {
  return PREPOSITIONAL_ING.test(t.lower(h)) && t.xpos(h) === 'VBG' && /^(advcl|acl|xcomp|obl|nmod|case)$/.test(t.rel(h)) && !t.childrenBy(h, 'nsubj', 'aux', 'aux:pass', 'mark').length;
}
