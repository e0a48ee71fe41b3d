/**
 * actorgraph/extract/work-parts — names the sentence shows to be works or products by a noun only
 * works and products have, with the name in its "of" or "to" phrase: "a new version of Vorbo",
 * "the remake of Harbour Lights", "a sequel to Echo", "thirteen episodes of Comeback". The
 * recogniser types a title by its words, a person's name or a body's; what has versions, remakes
 * and episodes is a thing, no actor, and extract/analyse.ts makes it one wherever the document
 * names it, with the other work cues (person-cues.ts workCues).
 */
import type { Tree } from './tree.js';

/** Nouns of what a work or a product has or becomes, whose "of"/"to" phrase names it. */
const WORK_PARTS = /^(version|versions|remake|remakes|sequel|sequels|prequel|adaptation|adaptations|episode|episodes|premiere|soundtrack)$/;

/** Tokens heading names in the "of" or "to" phrase of a noun of a work's parts. */
export function workPartCues(t: Tree): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.tokens.length; i++) {
    // (a name as written, not a possessor inside the phrase: "version of Dan Brown's novel")
    // (its head may be tagged a common noun: "Harbour Lights")
    if (!/^(PROPN|NOUN)$/.test(t.upos(i)) || !/^[A-Z]/.test(t.tokens[i].text) || t.base(i) !== 'nmod' || !/^(of|to)$/.test(t.caseWord(i) ?? '')) continue;
    const g = t.head(i);
    if (g >= 0 && g < i && WORK_PARTS.test(t.lower(g)) && t.upos(g) === 'NOUN') out.push(i);
  }
  return out;
}
