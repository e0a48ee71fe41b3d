/**
 * actorgraph/extract/fights — fights a sentence tells of: clashes, a shootout, crossfire, "an
 * exchange of fire". Whoever is harmed in a fight was harmed by a side of it, so a fight changes
 * who did the harm: the other side when the sentence names it (extract/clash-victims.ts), and no
 * one unknown (extract/unattributed.ts), except for those who take no side, harmed in a fight
 * whose sides go unnamed ("a reporter was killed in a shootout"): their killer is unknown.
 */
import type { Analysed } from './analyse.js';

/** Fighting between sides: whoever died in it was killed by the other side. */
const COMBAT = /^(clash|clashes|fighting|combat|combats|confrontation|confrontations|battle|battles|skirmish|skirmishes|firefight|crossfire)$/;

/** Fights between gunmen, written as one word or several: "a shoot-out", "a shootout", "a gun battle". */
const GUNFIGHT = /\b(shoot-?outs?|gun-?fights?|gun ?battles?)\b/i;

/** Does the sentence tell of a fight: clashes, a shootout, crossfire, "an exchange of fire" (not "a telephone exchange")? */
export function fightTold(a: Analysed): boolean {
  const tk = a.s.tokens;
  return GUNFIGHT.test(a.s.text) || tk.some((t) => COMBAT.test(t.lower) || (t.lower === 'exchange' && tk[t.i + 1]?.lower === 'of'));
}

/** Words of a fight, as one token: "clashes", "a shootout", "a shoot-out", "a gunfight". */
const FIGHT_WORD = /^(shoot-?outs?|gun-?fights?|gunbattles?|exchange)$/;

/**
 * Does a fight in the sentence name a side: "a shootout with the police", "clashes between the army
 * and the rebels", or a fight told by its verb, whose subject and object are the sides ("militiamen
 * who are fighting the soldiers")?
 */
export function fightSidesNamed(a: Analysed): boolean {
  const t = a.tree;
  for (let n = 0; n < t.tokens.length; n++) {
    if (!COMBAT.test(t.lower(n)) && !FIGHT_WORD.test(t.lower(n))) continue;
    // (a verb by its subject or object: "clashes" tagged a verb but with neither is the noun)
    if (t.upos(n) === 'VERB' && (t.child(n, 'nsubj') !== undefined || t.child(n, 'obj') !== undefined)) return true;
    if (t.childrenBy(n, 'nmod', 'obl').some((y) => /^(with|against|between|among)$/.test(t.caseWord(y)))) return true;
  }
  return false;
}

/** People who take no side in a fight: the press, civilians, children, passers-by. */
const BYSTANDERS = /^(journalists?|reporters?|photographers?|cameram[ae]n|correspondents?|newsm[ae]n|civilians?|child|children|boys?|girls?|wom[ae]n|passersby|passers-by|passerby|bystanders?|pedestrians?|tourists?)$/;

/** Is mention k a bystander, by its head noun or an apposition on it ("Tom Vale, a Dutch reporter")? */
export function bystander(a: Analysed, k: number): boolean {
  const t = a.tree, ch = a.chs[k];
  if (!ch) return false;
  // (a name's apposition may hang on any of its words: "Tom" in "Tom Vale, a reporter")
  for (let x = ch.start; x < ch.end; x++) if ([x, ...t.childrenBy(x, 'appos')].some((y) => BYSTANDERS.test(t.lower(y)))) return true;
  return false;
}
