/**
 * actorgraph/extract/shared-agent — one "by" phrase after a row of passive acts of harm is the
 * doer of each: "were kidnapped and killed by the rebels", "was kidnapped, tortured and murdered by
 * a death squad". The parser hangs the phrase on one of the verbs (UD puts a shared dependent on
 * the first conjunct; ours often picks the nearest), so the others read as passives with no doer
 * and the victims as the work of unidentified individuals.
 *
 * Only between acts of harm or seizure, so a verb of another kind keeps its own agent: "were
 * wounded and taken by the Red Cross to hospital" is no wounding by the Red Cross. Only a phrase
 * after every verb of the row ("kidnapped by the rebels and later released" says nothing of who
 * released them), and only verbs with no subject or auxiliary of their own ("the mayor was
 * kidnapped and his driver was killed by X" tells two acts, each with its own words).
 */
import type { Tree } from './tree.js';
import { HARM_OR_SEIZE } from './predicate.js';

/** Acts of harm or seizure, and the rougher handling and armed strikes news lists beside them ("beaten and raped", "rocketed and machinegunned"). */
const ROW_HARM = new RegExp(`${HARM_OR_SEIZE.source}|^(beat|rape|mutilate|strangle|maim|hang|burn|rocket|machinegun|strafe|shell|dynamite)$`);

/** The "by" phrase written on verb v, if any. */
const byPhrase = (t: Tree, v: number): number | undefined =>
  t.childrenBy(v, 'obl:agent', 'obl').find((x) => t.rel(x) === 'obl:agent' || t.caseWord(x) === 'by');

/** The verbs joined to v by "and" or a comma, v among them, in sentence order. */
function row(t: Tree, v: number): number[] {
  let top = v;
  for (let n = 0; t.rel(top) === 'conj' && t.head(top) >= 0 && n < 8; n++) top = t.head(top);
  return t.conjuncts(top).sort((a, b) => a - b);
}

/**
 * The "by" phrases of another act of harm in v's row that v shares ([] when none): v is a passive
 * act of harm with no agent of its own, the phrase comes after the row's last verb, and no verb
 * but the row's first has a subject or an auxiliary of its own.
 */
export function sharedHarmAgent(t: Tree, v: number): number[] {
  if (!ROW_HARM.test(t.lemma(v)) || byPhrase(t, v) !== undefined) return [];
  const verbs = row(t, v).filter((x) => t.upos(x) === 'VERB');
  if (verbs.length < 2 || !verbs.includes(v)) return [];
  if (verbs.slice(1).some((x) => t.childrenBy(x, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass').length)) return [];
  const last = verbs[verbs.length - 1];
  for (const o of verbs) {
    if (o === v || !ROW_HARM.test(t.lemma(o))) continue;
    const by = byPhrase(t, o);
    if (by !== undefined && by > last) return [by];
  }
  return [];
}
