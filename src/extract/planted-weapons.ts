/**
 * actorgraph/extract/planted-weapons — whoever put a bomb where it went off did what it did: "the
 * judge was killed when a bomb planted by the rebels exploded under his car", "two guards were
 * wounded by a grenade thrown by guerrillas". Wire copy names the doer of a bombing this way, on
 * the weapon, not on the verb of harm, which then reads as a passive with no doer (and the victim
 * as the work of unidentified individuals, extract/unattributed.ts).
 *
 * The weapon is the harm's own "by" phrase, or the subject of a "when", "as" or "after" clause
 * right after the verb. Capitals garble that clause's tree (the going off is hung on the doer), so
 * the clause is found by its first words; the weapon's participle and its "by" phrase are read in
 * the tree, on either side of the weapon: "a bomb planted by X" (acl) or "a grenade thrown by X …"
 * read as the clause ("grenade" its subject).
 *
 * A weapon placed or thrown at something is an act on it too ("a bomb was placed at the bank",
 * "guerrillas hurled grenades at the embassy"): placedWeapon finds the weapon of such a verb, and
 * extract/placed-weapons.ts reads the target and who placed it.
 */
import type { Tree } from './tree.js';
import { HEARSAY_ADVERBS } from './predicate.js';

/** Things that go off or are thrown. */
const WEAPONS = /^(bomb|bombs|explosive|explosives|device|devices|mine|mines|grenade|grenades|dynamite|charge|charges|car-bomb|carbomb|rocket|rockets|mortar|mortars)$/;
/** Verbs of putting a weapon where it goes off, or of throwing or firing it. */
const PLACING = /^(plant|place|put|leave|hide|set|lay|throw|hurl|toss|lob|fire|launch|detonate|activate|attach)$/;
/** Verbs of a weapon going off or striking: "exploded", "went off", "hit". */
const GO_OFF = /^(explode|detonate|go|blow|burst|hit|strike|land)$/;
/** Words that open a clause of what happened as the harm was done. */
const WHEN = /^(when|as|after)$/;

/** The "by" phrase of a participle of placing on weapon w (either way the tree hangs them), if any. */
export function weaponPlacer(t: Tree, w: number): number | undefined {
  if (!WEAPONS.test(t.lower(w))) return undefined;
  const up = t.head(w);
  const participles = [...t.childrenBy(w, 'acl').filter((p) => p > w), ...(t.rel(w) === 'nsubj' && up > w ? [up] : [])];
  for (const p of participles) {
    if (t.xpos(p) !== 'VBN' || !PLACING.test(t.lemma(p)) || t.child(p, 'aux', 'aux:pass') !== undefined) continue;
    // (the parser may take the "by" phrase for an object and hang its "by" on a word of the name:
    // "placed by Shining Path guerrillas")
    const by = t.childrenBy(p, 'obl:agent', 'obl', 'obj').find((x) => x > p && (t.caseWord(x) === 'by' || t.lower(t.span(x)[0]) === 'by'));
    if (by !== undefined) return by;
  }
  return undefined;
}

/**
 * Is the clause's next verb after the placer's noun at k one of going off ("a bomb planted by X
 * exploded"), not of something else done with it ("after a bomb planted by X was found")?
 */
function goesOff(t: Tree, k: number): boolean {
  for (let j = k + 1; j < t.tokens.length; j++) if (t.upos(j) === 'VERB' || t.upos(j) === 'AUX') return GO_OFF.test(t.lemma(j));
  return false;
}

/** Is verb v one of placing a weapon: "planted a bomb", "threw grenades"? */
export const placesWeapon = (t: Tree, v: number): boolean =>
  PLACING.test(t.lemma(v)) && t.childrenBy(v, 'obj').some((o) => WEAPONS.test(t.lower(o)));

/**
 * The weapon verb v places, if v is a verb of placing or throwing one: its object ("planted a
 * bomb"), its passive subject ("a bomb was planted"), or the noun it describes ("a bomb placed at
 * the bank").
 */
export function placedWeapon(t: Tree, v: number): number | undefined {
  if (!PLACING.test(t.lemma(v))) return undefined;
  // (the tagger may read a bare "dynamite" after its verb as an adverb: "hurled dynamite against")
  const said = t.rel(v) === 'acl' ? [t.head(v)] : t.childrenBy(v, 'obj', 'nsubj:pass', 'advmod');
  return said.find((w) => w >= 0 && WEAPONS.test(t.lower(w)));
}

/** Weapons fired or thrown from afar: what they are aimed at is attacked, not bombed. */
export const THROWN = /^(grenades?|rockets?|mortars?)$/;

/**
 * The one who placed the weapon that did the harm at verb h: the placer of its "by" weapon ("killed
 * by a bomb planted by X"), or of the weapon that opens a "when" clause right after it ("killed when
 * a bomb planted by X exploded"), if any.
 */
export function harmPlacer(t: Tree, h: number): number | undefined {
  for (const x of t.childrenBy(h, 'obl:agent', 'obl')) {
    if (t.caseWord(x) !== 'by') continue;
    const k = weaponPlacer(t, x);
    if (k !== undefined) return k;
  }
  // (the clause opens within a word or two of the verb, "killed today when …"; its weapon within
  // its first words, "when a powerful bomb …", no other verb between)
  const n = t.tokens.length;
  for (let m = h + 1; m < Math.min(n, h + 4); m++) {
    if (t.upos(m) === 'VERB' || t.lower(m) === '.') return undefined;
    if (!WHEN.test(t.lower(m))) continue;
    for (let w = m + 1; w < Math.min(n, m + 6); w++) {
      if (t.upos(w) === 'VERB' || t.upos(w) === 'AUX') break;
      const k = weaponPlacer(t, w);
      if (k !== undefined) return goesOff(t, k) ? k : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Is the placing of the weapon behind the harm at h only supposed ("a bomb presumably placed by an
 * urban guerrilla group")? Then so is who did the harm.
 */
export function placingHedged(t: Tree, h: number): boolean {
  const k = harmPlacer(t, h);
  return k !== undefined && t.childrenBy(t.head(k), 'advmod').some((m) => HEARSAY_ADVERBS.test(t.lower(m)));
}
