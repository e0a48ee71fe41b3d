/**
 * actorgraph/extract/noun-doer — who does the "to"-infinitive of a noun when the noun names its
 * doer in a phrase right before "to": "an attempt by the army to capture him", "a request for
 * Chile to extradite the general", "the right of Kurdish farmers to sell grain". The doer is that
 * phrase's noun, not the subject of the clause the noun stands in ("Rebels foiled an attempt by
 * the army to capture their commander": the army would have captured him, not the rebels).
 *
 * The parser often hangs such an infinitive on the verb instead of the noun ("Peru rejected a
 * request for Chile / to extradite", advcl): the verb's object is then the noun looked at.
 */
import { isNominal, type Tree } from './tree.js';
import { MODAL_NOUNS } from '../lexicon.js';

/**
 * Nouns whose "of" phrase is their holder, beside the modal nouns ("the decision of Turkey to
 * expel", "the readiness of Iran to talk"), with plurals the modal nouns list only in the singular.
 * An "of" phrase on any other noun is what is acted on ("the release of hostages to show goodwill":
 * the hostages show nothing). A freedom, a power or an ability stays out: "the ability of Gazprom
 * and Rosneft to trade" says neither trades, nor with the other.
 */
const HELD_OF = /^(move|moves|attempts|bids)$/;

/** Nouns of asking or ordering: their "by" or "of" phrase names the one who asks. */
const ASKING = /^(call|calls|demand|demands|request|requests|appeal|appeals|plea|pleas|ultimatum|order|orders|invitation|invitations|petition|instruction|instructions|summons|urging)$/;

/**
 * Does a phrase with case word `c` on noun n name who does n's infinitive? "for" always does ("a
 * visa for Smith to enter", "the time for Peru to act"); "by" does on any noun but one of asking
 * (the agent of a noun: "a move by Chile to"); "of" only on a noun of will, right or chance.
 */
function namesDoer(t: Tree, n: number, c: string): boolean {
  if (c === 'for') return true;
  // ("a call by Lord Mackay to publish the advice", "a request by Peru to extradite him": who asks
  // is not who is asked to act)
  if (ASKING.test(t.lower(n))) return false;
  if (c === 'by') return true;
  return c === 'of' && (MODAL_NOUNS[t.lower(n)] !== undefined || HELD_OF.test(t.lower(n)));
}

/**
 * The head of the noun phrase that does infinitive h (governed by g), or undefined: an "of", "for"
 * or "by" phrase on the noun h belongs to, ending right before h's "to".
 */
export function nounDoer(t: Tree, h: number, g: number): number | undefined {
  const to = t.childrenBy(h, 'mark').find((m) => t.lower(m) === 'to' && m < h);
  if (to === undefined || g < 0) return undefined;
  const rel = t.rel(h);
  const nouns = rel === 'acl' && isNominal(t.upos(g)) ? [g]
    : /^(advcl|xcomp)$/.test(rel) && t.upos(g) === 'VERB' ? t.childrenBy(g, 'obj').filter((o) => o < to && isNominal(t.upos(o)))
      : [];
  for (const n of nouns) {
    const x = t.children(n).find((k) => k > n && k < to && /^nmod(:|$)/.test(t.rel(k)) && t.rel(k) !== 'nmod:poss' && t.rel(k) !== 'nmod:tmod'
      && t.span(k)[1] === to && isNominal(t.upos(k)) && namesDoer(t, n, t.caseWord(k)));
    if (x !== undefined) return x;
  }
  return undefined;
}
