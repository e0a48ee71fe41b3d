/**
 * actorgraph/extract/work-names — names a sentence lists as works: "blockbusters such as Saving
 * Private Ryan, Forrest Gump and Ghost", "albums including Confessions and Blueprint". The
 * recogniser types a title by its words ("Forrest Gump" a person, "Ghost" a body); given as an
 * example of films, songs or books, each is a work, no actor, wherever the document names it
 * (extract/analyse.ts). Read from the words, not the tree: a title's first word is often one the
 * tagger takes for a verb ("Saving", "Finding"), and the parse of the list goes with it.
 */
import type { Token } from '../nlp/wink.js';
import { isCap } from './name-kind.js';

/** Plural nouns of works whose named examples are titles (not "models" or "players": people). */
const WORKS = /^(films|movies|cartoons|animations|soaps|paintings|poems|blockbusters|albums|singles|songs|tracks|hits|records|shows|series|musicals|plays|novels|books|bestsellers|games|documentaries|sitcoms|dramas|operas|comedies|thrillers|biopics|programmes|programs|titles|franchises|sequels)$/;

/** Token spans [start, end) of the titles listed after a plural noun of works and "such as", "including" or "like". */
export function workExampleSpans(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    // (capitalised only at the sentence's start: "The Films" may be a name of its own)
    if (!WORKS.test(tokens[i].lower) || (isCap(tokens[i]) && i > 0)) continue;
    let j = i + 1;
    if (tokens[j]?.text === ',') j++;
    if (tokens[j]?.lower === 'such' && tokens[j + 1]?.lower === 'as') j += 2;
    else if (/^(including|like)$/.test(tokens[j]?.lower ?? '')) j++;
    else continue;
    // titles joined by commas and a last "and" or "or" ("Shrek 2": a number inside a title)
    for (;;) {
      const s = j;
      while (j < tokens.length && (isCap(tokens[j]) || (j > s && /^\d+$/.test(tokens[j].text)))) j++;
      if (j === s) break;
      out.push([s, j]);
      if (tokens[j]?.text === ',') j++;
      if (/^(and|or)$/.test(tokens[j]?.lower ?? '')) j++;
    }
  }
  return out;
}
