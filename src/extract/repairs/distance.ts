/**
 * actorgraph/extract/repairs/distance — a distance says where a place lies, never who acts. Wire
 * copy places every town by it ("IN QUILCA, A TOWN 50 KM FROM LIMA, REBELS BOMBED A BANK"), and
 * the parser often reads "50 KM" as a second subject of the verb after it, which then gives the
 * clause to the distance (or to nobody).
 */
import type { Draft } from './draft.js';
import { below, children, edge } from './draft.js';

/** Units of distance a number before them makes a measure: "50 km", "3 miles", "200 meters". */
const DISTANCE_UNITS = /^(km|kms|kilometers|kilometres|miles|mi|meters|metres|yards|blocks)$/;
/** What the measure is counted from: "from Lima", "north of Lima", "to the east of". */
const FROM = /^(from|of|north|south|east|west|northeast|northwest|southeast|southwest|northeastern|northwestern|southeastern|southwestern|outside|away)$/;
/** Words inside a noun phrase, between its first word and its head. */
const INSIDE = /^(compound|flat|amod|det|nummod|nmod:poss)$/;

/**
 * "a town 50 km from Lima, rebels bombed …", "In Quilca, 50 km south of Lima, a mayor was
 * murdered": a measure of distance (a number and a unit, then "from", "of" or a direction) that
 * the parser made a subject beside another subject of the same verb is the place's: it hangs on
 * the noun just before it (across a comma), as UD's nmod:npmod does, and the verb keeps the
 * other subject.
 */
export function repairDistanceSubject(d: Draft): void {
  const tk = d.tokens;
  for (let m = 1; m < tk.length; m++) {
    if (!/^nsubj/.test(d.rels[m]) || !DISTANCE_UNITS.test(tk[m].lower)) continue;
    const v = d.heads[m];
    if (v < 0 || !children(d, m).some((k) => k < m && d.rels[k] === 'nummod')) continue;
    // (counted from somewhere: a direction or "from" right after the unit)
    if (!FROM.test(tk[m + 1]?.lower ?? '')) continue;
    // (the verb has a subject of its own besides)
    if (!children(d, v).some((k) => k !== m && /^nsubj/.test(d.rels[k]))) continue;
    // the noun the measure places: the phrase just before it, a comma between or not
    let p = edge(d, m, -1) - 1;
    if (p >= 0 && tk[p].text === ',') p--;
    if (p < 0 || !/^(NOUN|PROPN)$/.test(tk[p].upos ?? '')) continue;
    let x = p;
    for (let n = 0; n < tk.length && INSIDE.test(d.rels[x]) && d.heads[x] > x; n++) x = d.heads[x];
    if (below(d, x, m)) continue;
    d.heads[m] = x;
    d.rels[m] = 'nmod:npmod';
  }
}
