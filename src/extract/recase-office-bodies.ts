/**
 * actorgraph/extract/recase-office-bodies — in wire copy set in capitals, the body a post is held
 * in: "RUBEN ZAMORA, LEADER OF THE POPULAR SOCIAL CHRISTIAN MOVEMENT". Truecasing lowers the
 * body's name with everything else, and when the recogniser misses it (its words are all everyday
 * words: "popular", "social", "christian", "movement") no rule reads a body there, and the office
 * gives no fact. In mixed-case copy the capitals say it is a name; in capitals the phrase's shape
 * says so: after a post and "of the", a run of words ending in a word that names a political or
 * civic body (movement, front, party, union, …) is that body's name.
 *
 * Not the state's own bodies ("member of the armed forces" is the home country's, extract/unnamed.ts),
 * and a word saying what the writer thinks of the body, or its standing, before the name is none
 * of it: "the ruling christian democratic party" is the Christian Democratic Party.
 */
import type { Token } from '../nlp/wink.js';
import { capitalise } from './recase.js';

/** Posts held in a body. */
const POSTS = /^(leaders?|members?|president|vice-president|secretary|secretary-general|chairman|head|founder|spokesman|commander|representatives?|delegates?|militants?|activists?|officials?|coordinator)$/;
/** Last words of a political or civic body's name. */
const BODY_HEADS = /^(movement|front|party|union|alliance|convergence|committee|council|federation|association|organization|organisation|confederation|commission|bloc|league)$/;
/** Words before the name that describe the body, not name it. */
const DESCRIBING = /^(ruling|leftist|rightist|opposition|outlawed|banned|clandestine|illegal|so-called|former|main|largest|powerful|new|progovernment|pro-government|antigovernment|anti-government)$/;
/** Words no body's name holds: the run is a description ("the entire party", "the same committee"). */
const NOT_NAME = /^(entire|whole|same|other|two|three|its|their|our|this|that|party's)$/;
/**
 * A lone word that says which of a body's organs or what kind of body, not which body: "the central
 * committee", "the national council", "the rebel organization", "the trade union".
 */
const ORGAN = /^(national|central|local|regional|executive|permanent|political|general|standing|steering|provisional|rebel|guerrilla|terrorist|armed|subversive|student|trade|labor|labour|peasant|workers|military|government)$/;

/** Gives capitals to the body names after "<post> of the" in a sentence of wire copy in capitals (in place). */
export function recaseOfficeBodies(tokens: Token[]): void {
  for (let i = 0; i + 3 < tokens.length; i++) {
    if (!POSTS.test(tokens[i].lower) || tokens[i + 1].lower !== 'of' || tokens[i + 2].lower !== 'the') continue;
    let s = i + 3;
    while (s < tokens.length && DESCRIBING.test(tokens[s].lower)) s++;
    let e = s;
    while (e < tokens.length && e - s < 6 && /^[a-z][a-z-]*$/.test(tokens[e].text) && /^(ADJ|NOUN|PROPN)$/.test(tokens[e].upos ?? '') && !BODY_HEADS.test(tokens[e].lower)) e++;
    // (the head word closes the name; a name of one word besides it is enough, "the camilist union")
    if (e >= tokens.length || e === s || !BODY_HEADS.test(tokens[e].lower) || tokens[e].text !== tokens[e].lower) continue;
    if (tokens.slice(s, e).some((t) => NOT_NAME.test(t.lower)) || (e - s === 1 && ORGAN.test(tokens[s].lower))) continue;
    // (a head word may follow another: "the agrarian union party")
    while (e + 1 < tokens.length && BODY_HEADS.test(tokens[e + 1].lower) && tokens[e + 1].text === tokens[e + 1].lower) e++;
    for (let k = s; k <= e; k++) { capitalise(tokens[k], k === s); tokens[k].ne = 'organization'; }
    i = e;
  }
}
