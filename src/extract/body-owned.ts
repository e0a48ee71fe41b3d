/**
 * actorgraph/extract/body-owned — names the sentence shows to be bodies by what they own.
 *
 * A name no list knows is typed by the recogniser and by the shape of its words, and both read a
 * firm's or a club's foreign name as a person's: "Borussia Dortmund", "Illva Saronno", "Nintendo".
 * The text says otherwise where the name owns what only a body owns: a chief executive, profits,
 * shareholders ("Nintendo Europe's general manager", "Vale Motors' annual profits"), shares a
 * market trades ("shares in Borussia Dortmund"), or a thing it owns as "its", said of the name as
 * the subject of its own clause ("Vale Motors launched its Zeta console"; a person's is "his" or
 * "her"). Each is read on the words, not the tree alone: the parser often misreads these phrases.
 * A person's own staff and holdings ("Mr Blair's spokesman", "Abramovich's stake") are no cue.
 */
import type { Token } from '../nlp/wink.js';
import type { Tree } from './tree.js';
import { isFirstName, isTitle } from './name-kind.js';

/** What only a body has, after its possessive ("BP's chief executive", "Sony's profits"). */
const OWNED = /^(profits?|revenues?|turnover|earnings|shareholders|stockholders|subsidiar(y|ies)|headquarters|executives|chairman|chairwoman|ceo|workforce|factor(y|ies)|plants?|stores|branches|subscribers|auditors|creditors|board)$/;
/** Two-word posts only a body has: "chief executive", "general manager", "managing director". */
const OWNED_POSTS = new Set(['chief executive', 'chief executives', 'general manager', 'managing director', 'share price', 'market share', 'largest shareholder', 'biggest shareholder', 'largest investor', 'biggest investor']);
/** Words that may stand between the possessive and what it owns: "Sony's first-quarter profits". */
const BETWEEN = /^(annual|quarterly|half-year|full-year|first-quarter|second-quarter|third-quarter|fourth-quarter|pre-tax|pretax|net|gross|operating|total|record|overall|global|worldwide|european|us|uk|new|former|current|latest|interim|own|main|largest|biggest)$/;
/** Holdings a market trades, before "in" or "of" and the body: "shares in X", "a stake in X". */
const HOLDINGS = /^(shares|stake|stakes|stock|shareholding|shareholders)$/;

/** Tokens inside names the sentence shows to be bodies (the caller takes the mention around each). */
export function bodyOwnedCues(t: Tree): number[] {
  const tk = t.tokens, out: number[] = [];
  const name = (i: number) => i >= 0 && i < tk.length && /^[A-Z]/.test(tk[i].text) && /^(PROPN|NOUN|X)$/.test(t.upos(i));
  for (let i = 0; i < tk.length; i++) {
    // "Nintendo Europe's general manager", "Vale Motors' annual profits"
    if (name(i - 1) && tk[i].start === tk[i - 1].end && ownsBodyThing(tk, i)) out.push(i - 1);
    // "shares in Borussia Dortmund", "a 20% stake in Vale Motors"
    if (HOLDINGS.test(tk[i].lower) && /^(in|of)$/.test(tk[i + 1]?.lower ?? '') && name(i + 2) && t.upos(i + 2) === 'PROPN') out.push(i + 2);
  }
  return out;
}

/**
 * Tokens heading names that own their clause's object as "its": "Vale Motors first launched its
 * Zeta console", nothing but the verb and its adverbs between them. A place owns "its" things too
 * ("Uraba has achieved its wealth"): the caller retypes only a name read as a person's.
 */
export function ownItsCues(t: Tree): number[] {
  const tk = t.tokens, out: number[] = [];
  for (let i = 0; i < tk.length; i++) {
    // (not a name a listed first name starts, whose "its" is more often a body's named before:
    // "Immigration minister Des Browne quoted its five-year plan")
    // (nor one after a title or an office: "Mr Sarotti", "minister Sarotti" is a person)
    if (t.rel(i) !== 'nsubj' || t.upos(i) !== 'PROPN' || !/^[A-Z]/.test(tk[i].text) || isFirstName(tk[i].text)) continue;
    if (t.children(i).some((c) => c < i && (isTitle(tk[c]) || t.upos(c) === 'NOUN'))) continue;
    const v = t.head(i);
    if (v < i || t.upos(v) !== 'VERB') continue;
    const obj = t.child(v, 'obj');
    const its = obj === undefined ? undefined : t.childrenBy(obj, 'nmod:poss').find((k) => tk[k].lower === 'its');
    if (its === undefined || its < v) continue;
    // (the name's own words, then adverbs, auxiliaries and the verb only: "X, which owns Y, raised its …" is left)
    // (after the name's own words: "Kenzo Sarotti", the parser's "flat" or "compound" parts)
    let end = i;
    for (const c of t.children(i)) if (c > end && /^(flat|compound)$/.test(t.rel(c))) end = c;
    let gap = true;
    for (let k = end + 1; k < its && gap; k++) gap = k === v || /^(ADV|AUX|PART)$/.test(t.upos(k));
    if (gap) out.push(i);
  }
  return out;
}

/** Is token `i` a possessive whose name owns what only a body has ("'s general manager", "' annual profits")? */
export function ownsBodyThing(tokens: Token[], i: number): boolean {
  if (!/^['\u2019]s?$/.test(tokens[i]?.text ?? '')) return false;
  let j = i + 1;
  while (j < tokens.length && j - i <= 3 && BETWEEN.test(tokens[j].lower)) j++;
  const w = tokens[j]?.lower ?? '';
  return OWNED.test(w) || OWNED_POSTS.has(`${w} ${tokens[j + 1]?.lower ?? ''}`) || OWNED_POSTS.has(`${tokens[j - 1]?.lower} ${w}`);
}
