/**
 * actorgraph/extract/clause — qualifiers of a chunk verb group, for the chunk-pattern fallback
 * only (extract/fallback.ts; the tree's predicates are read by predicate.ts): the relation phrase, its lemma,
 * negation, modality, tense and voice. "have conducted" → conduct, past; "will conduct" →
 * future; "may use" → possible; "did not sign" → negated; "was stated" → passive.
 */
import type { Token } from '../nlp/wink.js';
import type { Modality, Tense } from '../types.js';
import { MODALS, INTENT_VERBS, ASPECT_VERBS, PASSIVE_CONTROL } from '../lexicon.js';

// (VerbInfo is shared with the tree's predicates: one definition, in predicate.ts)
export type { VerbInfo } from './predicate.js';
import { SAME_PAST, type VerbInfo } from './predicate.js';

/** Intent verbs that are acts in their own right: a threat, an offer, a promise. */
/** Aspect verbs that end their event. */
const ENDING = /^(stop|cease|quit|halt)$/;

const SPEECH_ACTS = /^(threaten|vow|pledge|promise|offer|propose)$/;

const BE = /^(is|are|was|were|be|been|being|am|'s|'re|'m)$/;
const PAST_AUX = /^(was|were|had|did|'d)$/;
const HAVE = /^(has|have|had|having|'ve)$/;

/** Participles spelled like their base form: "was hit", "has been put under arrest". */
const SAME_FORM_PARTICIPLE = /^(put|set|cut|hit|let|shut|hurt|cast|spread|quit|bid|burst|thrust|upset|broadcast|forecast)$/;

function isParticiple(t: Token): boolean {
  return /(ed|en|wn|ne|un|ght|lt|pt)$/.test(t.lower) || (t.lemma !== t.lower && !/(ing|s)$/.test(t.lower)) || SAME_FORM_PARTICIPLE.test(t.lower);
}

export function readVerbGroup(tokens: Token[], a: number, b: number): VerbInfo {
  const toks = tokens.slice(a, b);
  const verbs = toks.filter((t) => t.pos === 'VERB');
  const auxes = toks.filter((t) => t.pos === 'AUX');
  const lowers = toks.map((t) => t.lower);
  // "cannot but react": a fixed phrase meaning "must react", not a negation.
  const cannotBut = lowers.includes('but') && lowers.some((w) => w === 'can' || w === 'cannot');
  // ("has not only violated …, but also …" affirms)
  const notOnly = (t: Token) => t.lower === 'not' && tokens[t.i + 1]?.lower === 'only';
  const negatedByWord = !cannotBut && toks.some((t) => (/^(not|n't|never|cannot)$/.test(t.lower) && !notOnly(t)) || (t.lower === 'no' && t.pos === 'ADV'));
  let modality: Modality = cannotBut ? 'necessary' : 'asserted';
  let tense: Tense = 'present';
  for (const t of auxes) {
    const m = MODALS[t.lower] ?? (t.lower === 'cannot' ? MODALS.can : undefined);
    if (m?.modality && modality === 'asserted') modality = m.modality;
    if (m?.tense) tense = m.tense;
  }
  if (tense !== 'future' && (lowers.includes('going') && lowers.includes('to'))) tense = 'future';
  // "is willing to withdraw" → intended; "is unable to pay" → possible, negated
  let negatedByAdj = false;
  for (const t of toks) {
    if (t.pos !== 'ADJ') continue;
    if (/^(able|likely|set|about|poised)$/.test(t.lower)) { if (modality === 'asserted') modality = 'possible'; }
    else if (/^(unable|unlikely)$/.test(t.lower)) { modality = 'possible'; negatedByAdj = true; }
    else if (/^(unwilling|reluctant)$/.test(t.lower)) { modality = 'intended'; negatedByAdj = true; }
    else if (modality === 'asserted') modality = 'intended';
  }
  const negated = negatedByWord || negatedByAdj;
  const last = verbs[verbs.length - 1];
  const beAux = auxes.some((t) => BE.test(t.lower));
  // ("got booked", "were getting arrested": the get-passive)
  const getAux = !!last && last.i > 0 && /^(get|gets|got|gotten|getting)$/.test(tokens[last.i - 1].lower);
  const passive = !!last && (beAux || getAux) && isParticiple(last) && !/ing$/.test(last.lower);
  if (tense === 'present') {
    const first = toks.find((t) => t.pos === 'AUX' || t.pos === 'VERB');
    if (first && (PAST_AUX.test(first.lower) || (first.pos === 'VERB' && /ed$/.test(first.lower)) || (first.pos === 'VERB' && first.lemma !== first.lower && !/(s|ing)$/.test(first.lower)) || HAVE.test(first.lower) && verbs.length > 0)) tense = 'past';
    // ("Game maker Valve shut down the accounts": a verb whose past is its base form, alone after a
    // singular name or noun, would read "shuts" in the present; as predicate.ts tenseOf)
    // (or after "who"/"which" opening a clause on one: "Gaudio, who beat Saretta")
    const one = (k: number) => !!tokens[k] && (/^NNP?$/.test(tokens[k].xpos ?? '') || /^(he|she|it)$/.test(tokens[k].lower));
    const relative = /^(who|which)$/.test(tokens[a - 1]?.lower ?? '') && tokens[a - 2]?.text === ',' && one(a - 3);
    if (first === toks[0] && first.pos === 'VERB' && SAME_PAST.test(first.lower) && (one(a - 1) || relative)) tense = 'past';
  }
  const content: string[] = [];
  let act: string | undefined;
  let stopped = false, controller: string | undefined;
  for (const v of verbs) {
    const l = v.lemma.toLowerCase();
    // ("have been asked to explain": another's control of the subject's event, as predicate.ts reads it)
    if (v !== last && PASSIVE_CONTROL[l] && isParticiple(v) && BE.test(tokens[v.i - 1]?.lower ?? '')) {
      if (PASSIVE_CONTROL[l] !== 'asserted' && modality === 'asserted') modality = PASSIVE_CONTROL[l];
      controller ??= l;
      continue;
    }
    if (INTENT_VERBS.has(l) && v !== last) { if (modality === 'asserted') modality = 'intended'; if (SPEECH_ACTS.test(l)) act ??= l; continue; }
    // ("should cease interfering", "stopped paying": the event is ended, so not happening)
    if (ASPECT_VERBS.has(l) && v !== last) { if (ENDING.test(l)) stopped = true; continue; }
    content.push(l);
  }
  if (!content.length) {
    const aux = auxes[auxes.length - 1];
    const l = aux ? (BE.test(aux.lower) ? 'be' : HAVE.test(aux.lower) ? 'have' : aux.lemma.toLowerCase()) : 'be';
    return { lemmas: [l], lemma: l, label: l, negated, modality, tense, passive: false, copula: l === 'be' || l === 'have' ? l : undefined };
  }
  const label = content.join(' to ');
  return { lemmas: content, lemma: content[0], label, negated: stopped ? !negated : negated, modality, tense, passive, ...(act ? { act } : {}), ...(controller ? { controller } : {}) };
}
