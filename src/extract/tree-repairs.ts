/**
 * actorgraph/extract/tree-repairs — mending the parser's commonest misreadings of news sentences
 * before any rule reads the tree (extract/tree.ts runs them in order). Each repair is one
 * construction the parser gets wrong often enough to cost facts, told by its example; each
 * keeps the tree a tree (no word under its own dependent).
 */
import type { Token } from '../nlp/wink.js';
import { MODAL_NOUNS, MOTION_NOUNS, MOVING, ORG_CUES, SOURCE_NOUN, SPEECH_VERBS, TIME_NOUNS, TITLES } from '../lexicon.js';
import { isNominal } from './tree.js';

/** The tree while it is mended: heads and relations by token, and what the repairs found. */
export interface Draft {
  readonly tokens: Token[];
  readonly heads: Int32Array;
  readonly rels: string[];
  /** Verbs the headline repair read as past tense. */
  readonly pastTense: Set<number>;
  /** Verbs the reduced-relative repair read as participles. */
  readonly participles: Set<number>;
}

/** A verb's XPOS as the repairs left it (a headline's participle read as a past tense, and so on). */
export const xposOf = (d: Draft, i: number): string => (d.pastTense.has(i) ? 'VBD' : d.participles.has(i) ? 'VBN' : d.tokens[i]?.xpos ?? '');

/** Every repair, in the order they depend on each other. */
export function repairTree(d: Draft): void {
  repairHeadline(d);
  repairInvertedCondition(d);
  repairNameOnCase(d);
  repairTimeSubject(d);
  repairNameBeforeDay(d);
  repairUnmarkedPossessor(d);
  repairNominalComplement(d);
  repairThatComplement(d);
  repairBareContentClause(d);
  repairOfClause(d);
  repairCoordinatedParticiple(d);
  repairObjectConjunct(d);
  repairReducedRelative(d);
  repairClauseConjunct(d);
  repairObjectBeforeClause(d);
  repairTimeModifier(d);
  repairNeighbouring(d);
  repairNounInfinitive(d);
  repairParentheticalSpeech(d);
  repairInvertedSpeech(d);
  repairListedVerb(d);
  repairMovedFrom(d);
  repairMotionGoal(d);
  repairSubordinateClause(d);
  repairAttributiveIng(d);
  repairBareComplementSubject(d);
  repairMainVerbAfterRelative(d);
  repairSplitObject(d);
  repairLooseApposition(d);
  repairIntransitiveRoot(d);
  repairConjunctSubject(d);
  repairInfinitiveConjunct(d);
  repairKindBeforeNames(d);
  repairOfficeOfApposition(d);
}

/**
 * "The mayor of Lagos, Ade Okafor, said …": the parser joins the name to the office's "of" phrase
 * as a conjunct ("Lagos, Ade Okafor"), so the office speaks and the person is lost. A person's name
 * set off by commas right after an office's "of" phrase, joined to it with no "and" or "or" and in
 * no list, stands in apposition to the office (its surname, hung on the same phrase, comes along).
 */
export function repairOfficeOfApposition(d: Draft): void {
  const tk = d.tokens, n = tk.length;
  for (let x = 2; x < n; x++) {
    const y = d.heads[x], office = y >= 0 ? d.heads[y] : -1;
    if (d.rels[x] !== 'conj' || tk[x].upos !== 'PROPN' || tk[x].ne !== 'person' || tk[x - 1].text !== ',' || office < 0) continue;
    if (d.rels[y] !== 'nmod' || !TITLES.has(tk[office].lower) || tk[office].xpos !== 'NN') continue;
    const onPhrase = children(d, y);
    if (!onPhrase.some((k) => d.rels[k] === 'case' && tk[k].lower === 'of') || onPhrase.some((k) => (d.rels[k] === 'conj' && k !== x) || d.rels[k] === 'cc') || children(d, x).some((k) => d.rels[k] === 'cc')) continue;
    // (the rest of the name: words of it the parser hung on the "of" phrase)
    let end = x;
    while (end + 1 < n && tk[end + 1].upos === 'PROPN' && (d.heads[end + 1] === y || d.heads[end + 1] === x)) end++;
    if (end + 1 < n && !/^[,.;]$/.test(tk[end + 1].text)) continue;
    for (let k = x + 1; k <= end; k++) { d.heads[k] = x; d.rels[k] = 'flat'; }
    d.heads[x] = office; d.rels[x] = 'appos';
  }
}

/**
 * "Japanese carmakers Toyota and Honda sued Ford", "US firms Google and Yahoo": the parser makes the
 * plural noun for their kind an argument of its own beside the names (an "obl", a second subject).
 * A plural noun for a kind of body right before a name that is the verb's subject or object, hung
 * on the same verb, describes the names: it goes under the first name, which keeps the argument.
 */
export function repairKindBeforeNames(d: Draft): void {
  const n = d.tokens.length;
  for (let k = 0; k + 1 < n; k++) {
    const name = k + 1, v = d.heads[k];
    // (a kind of body: "carmakers", "banks", "firms"; people named after their kind are read elsewhere)
    const kind = d.tokens[k].lower;
    if (d.tokens[k].xpos !== 'NNS' || !(ORG_CUES.has(kind.replace(/s$/, '')) || /(?:makers|giants|firms)$/.test(kind))) continue;
    if (d.tokens[name].upos !== 'PROPN' || v < 0 || !/^(nsubj|nsubj:pass|obj|obl)$/.test(d.rels[k])) continue;
    // (or the name hung on the noun as its apposition: "British banks Barclays and HSBC criticised")
    const beside = d.heads[name] === v && /^(nsubj|nsubj:pass|obj)$/.test(d.rels[name]);
    const appos = d.heads[name] === k && d.rels[name] === 'appos' && d.rels[k] !== 'obl';
    if (!beside && !appos) continue;
    if (appos) { d.heads[name] = v; d.rels[name] = d.rels[k]; }
    d.heads[k] = name; d.rels[k] = 'compound';
  }
}

/**
 * "Tom Vale, who joined Zentrix in 1982, criticised Peru": the parser may hang the main verb on the
 * relative clause's verb as a conjunct (or a complement or an aside), leaving the subject as the
 * sentence's root. A verb joined with no "and", "or", "but" or "that", right after the comma that closes a relative clause on the root
 * noun, is the main verb and the noun its subject (so the relative clause's date is not its date).
 */
export function repairMainVerbAfterRelative(d: Draft): void {
  const n = d.tokens.length;
  for (let c = 1; c < n; c++) {
    const r = d.heads[c];
    // (or as its complement or an aside: "S&P, which rates borrowers, lifted India's rating")
    if (!/^(conj|ccomp|parataxis)$/.test(d.rels[c]) || d.tokens[c].upos !== 'VERB' || r < 0 || d.rels[r] !== 'acl:relcl') continue;
    const a = d.heads[r];
    if (a < 0 || d.heads[a] !== -1 || !isNominal(d.tokens[a].upos ?? '')) continue;
    let cc = false, start = c;
    for (let k = 0; k < n; k++) {
      if (d.heads[k] !== c) continue;
      if (d.rels[k] === 'cc' || d.rels[k] === 'mark') cc = true;
      if (k < start && d.rels[k] !== 'punct') start = k;
    }
    if (cc || d.tokens[start - 1]?.text !== ',') continue;
    d.heads[c] = -1; d.rels[c] = 'root';
    d.heads[a] = c; d.rels[a] = 'nsubj';
    // (the sentence's final punctuation and anything else after the verb go with it)
    for (let k = c + 1; k < n; k++) if (d.heads[k] === a) d.heads[k] = c;
    return;
  }
}

/**
 * "Israeli jets bombed Lebanon": when the tagger reads a past tense as a participle, the parser
 * makes the subject the root and the verb its modifier. A participle with a direct object and
 * no auxiliary, modifying a root noun that has no verb of its own, is the sentence's main verb
 * (a passive participle takes no direct object), so the tree is turned back the right way.
 */
export function repairHeadline(d: Draft): void {
  const n = d.heads.indexOf(-1);
  if (n < 0 || !(isNominal(d.tokens[n].upos ?? '') || d.tokens[n].upos === 'ADJ')) return;
  let v = -1;
  for (let i = n + 1; i < d.tokens.length; i++) {
    if (d.heads[i] !== n || d.rels[i] !== 'acl' || d.tokens[i].upos !== 'VERB' || !/^VB[DN]$/.test(d.tokens[i].xpos ?? '')) continue;
    let obj = false, aux = false;
    for (let k = 0; k < d.tokens.length; k++) {
      if (d.heads[k] !== i) continue;
      if (d.rels[k] === 'obj') obj = true;
      if (d.rels[k].startsWith('aux') || d.rels[k] === 'nsubj' || d.rels[k] === 'nsubj:pass' || d.rels[k] === 'mark') aux = true;
    }
    if (obj && !aux) { v = i; break; }
  }
  if (v < 0) return;
  for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === n && k > v && !below(d, v, k)) d.heads[k] = v;
  d.heads[v] = -1; d.rels[v] = 'root';
  d.heads[n] = v; d.rels[n] = 'nsubj';
  d.pastTense.add(v);
}

/**
 * "TROOPS BURNED FIVE HOUSES, …": a noun the parser made a clausal complement (ccomp) is no
 * clause; when it follows a verb that has no object, with only its own modifiers between, it is
 * that verb's object (common in capitals, where the tagger sees fewer cues).
 */
export function repairNominalComplement(d: Draft): void {
  for (let x = 1; x < d.tokens.length; x++) {
    if (d.rels[x] !== 'ccomp' || !isNominal(d.tokens[x].upos ?? '')) continue;
    let v = x - 1;
    while (v >= 0 && d.heads[v] === x) v--;
    if (v < 0 || d.tokens[v].upos !== 'VERB' || v === d.heads[x]) continue;
    let hasObj = false;
    for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === v && (d.rels[k] === 'obj' || d.rels[k] === 'ccomp')) hasObj = true;
    // (never under its own dependent: the tree must stay a tree)
    if (hasObj || below(d, v, x)) continue;
    d.heads[x] = v; d.rels[x] = 'obj';
  }
}

/**
 * "reports that Chile had closed the border": the parser often reads a noun's "that"-clause as a
 * relative clause with "that" as its object or subject. When the clause already has that
 * argument of its own, "that" is no pronoun but the complementiser, and the clause says what the
 * report (claim, fear, demand …) is about.
 */
export function repairThatComplement(d: Draft): void {
  for (let w = 0; w < d.tokens.length; w++) {
    if (d.tokens[w].lower !== 'that' || (d.rels[w] !== 'obj' && d.rels[w] !== 'nsubj')) continue;
    const x = d.heads[w];
    if (x < 0 || d.rels[x] !== 'acl:relcl') continue;
    let other = false;
    for (let k = 0; k < d.tokens.length; k++) if (k !== w && d.heads[k] === x && d.rels[k] === d.rels[w]) other = true;
    // ("told the Financial Times that he would buy Zentrix": a clause hung on whom a verb of telling
    // addresses, with a subject of its own, is what was told; its object may be read as an iobj)
    const n = d.heads[x], v = n >= 0 ? d.heads[n] : -1;
    const told = v >= 0 && /^(obj|iobj)$/.test(d.rels[n]) && TELLING.test(d.tokens[v].lemma.toLowerCase()) && n < w
      && children(d, x).some((k) => k !== w && d.rels[k] === 'nsubj');
    if (told) {
      d.rels[w] = 'mark';
      d.heads[x] = v; d.rels[x] = 'ccomp';
      const kids = children(d, x);
      if (!kids.some((k) => d.rels[k] === 'obj')) for (const k of kids) if (k > x && d.rels[k] === 'iobj') d.rels[k] = 'obj';
      continue;
    }
    if (!other) continue;
    d.rels[w] = 'mark';
    d.rels[x] = 'acl';
  }
}

/** Verbs of telling someone something: their addressee is their object, what is told a clause. */
const TELLING = /^(tell|inform|assure|warn|remind|notify|convince|persuade|advise|promise|reassure)$/;

/**
 * "failed to confirm rumours he was starting a party": a clause right after a noun of report or
 * suspicion, its subject first, with no "that", says what the rumour is; the parser tends to hang
 * it on a verb further up. It goes back under the noun (scope.ts then reads it as unconfirmed).
 */
export function repairBareContentClause(d: Draft): void {
  for (let n = 0; n + 2 < d.tokens.length; n++) {
    if (MODAL_NOUNS[d.tokens[n].lower] !== 'possible' || d.tokens[n].upos !== 'NOUN') continue;
    const v = d.heads[n + 1];
    if (!/^nsubj/.test(d.rels[n + 1]) || v <= n + 1 || d.tokens[v].upos !== 'VERB' || d.heads[v] === n || d.heads[v] < 0) continue;
    if (!/^(advcl|ccomp|parataxis|conj|dep)$/.test(d.rels[v]) || below(d, n, v)) continue;
    d.heads[v] = n; d.rels[v] = 'acl';
  }
}

/**
 * "a former executive at the offices of Merrill Lynch has lost her case": "of" opens no clause in
 * English; when the parser makes it a subordinator before a subject, the subject is the noun
 * "of" governs, hung on the noun before it, and the verb keeps no subject of its own (no fact
 * is better than Merrill Lynch losing the case).
 */
export function repairOfClause(d: Draft): void {
  for (let o = 1; o + 1 < d.tokens.length; o++) {
    if (d.tokens[o].lower !== 'of' || d.rels[o] !== 'mark') continue;
    const v = d.heads[o];
    const s = d.tokens.findIndex((_, k) => k > o && k < v && d.heads[k] === v && /^nsubj/.test(d.rels[k]));
    const n = o - 1;
    if (v < 0 || s < 0 || !isNominal(d.tokens[n].upos ?? '') || below(d, n, s)) continue;
    d.heads[s] = n; d.rels[s] = 'nmod';
    d.heads[o] = s; d.rels[o] = 'case';
  }
}

/** Is token a inside the subtree of token b (a walk up the heads meets b)? Bounded: safe on any input. */
function below(d: Draft, a: number, b: number): boolean {
  for (let x = a, n = 0; x >= 0 && n <= d.heads.length; x = d.heads[x], n++) if (x === b) return true;
  return false;
}

/** The last (dir 1) or first (dir -1) token of x's subtree. */
function edge(d: Draft, x: number, dir: 1 | -1): number {
  let e = x;
  for (let k = 0; k < d.tokens.length; k++) if ((dir > 0 ? k > e : k < e) && below(d, k, x)) e = k;
  return e;
}

/** The tokens hung directly on x. */
function children(d: Draft, x: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === x) out.push(k);
  return out;
}

/**
 * "Over the past ten years many priests were arrested": the parser may make the time phrase the
 * subject and the real subject its conjunct. A subject with a case word of its own is no subject:
 * it is the verb's phrase of time, and its conjunct with no "and" or "or" is the subject.
 */
export function repairTimeSubject(d: Draft): void {
  const tk = d.tokens;
  for (let x = 0; x < tk.length; x++) {
    if (!/^nsubj/.test(d.rels[x]) || !TIME_NOUNS.has(tk[x].lower)) continue;
    const kids = children(d, x);
    if (!kids.some((k) => d.rels[k] === 'case' && k < x)) continue;
    const c = kids.find((k) => k > x && d.rels[k] === 'conj' && !children(d, k).some((z) => d.rels[z] === 'cc'));
    if (c === undefined) continue;
    d.heads[c] = d.heads[x]; d.rels[c] = d.rels[x];
    d.rels[x] = 'obl';
  }
}

/**
 * "The Security Council today agreed to …", "PERU TODAY REJECTED …": a day word right after a name
 * may be read as the head of the name, the name its compound, so the subject is "today" (or the
 * verb has none, the whole phrase read as its time). A day word (today, yesterday, tonight)
 * heading a subject, or the time phrase of a verb with no subject, with a name's words as
 * compounds before it, is the verb's time; the last of those words heads the subject.
 */
export function repairNameBeforeDay(d: Draft): void {
  const tk = d.tokens;
  for (let x = 1; x < tk.length; x++) {
    if (!/^(today|yesterday|tonight|tomorrow)$/.test(tk[x].lower) || d.heads[x] < 0) continue;
    // (the subject itself, or the verb's time phrase while the verb has no subject at all)
    const v = d.heads[x];
    const asTime = /^obl/.test(d.rels[x]) && !children(d, v).some((k) => /^(nsubj|csubj|expl)/.test(d.rels[k]));
    if (!/^nsubj/.test(d.rels[x]) && !asTime) continue;
    const kids = children(d, x);
    const names = kids.filter((k) => k < x && d.rels[k] === 'compound' && /^(PROPN|NOUN)$/.test(tk[k].upos ?? tk[k].pos));
    if (!names.length) continue;
    const r = names[names.length - 1];
    d.heads[r] = v; d.rels[r] = asTime ? (children(d, v).some((k) => d.rels[k] === 'aux:pass') ? 'nsubj:pass' : 'nsubj') : d.rels[x];
    for (const k of kids) if (k !== r && k < x) d.heads[k] = r;
    d.heads[x] = v; d.rels[x] = 'obl:unmarked';
  }
}

/**
 * "reported the murder of Roberto Rivera by the FMLN": the parser may hang a name's words on the
 * case word before them ("Roberto/flat → of") and the case word on a later noun, so the name is in
 * no phrase at all. A name word hung as flat or compound on a case word is the head of that case
 * word's phrase, which modifies the noun right before the case word.
 */
export function repairNameOnCase(d: Draft): void {
  const tk = d.tokens;
  for (let c = 1; c < tk.length; c++) {
    if (d.rels[c] !== 'case' || (tk[c].upos ?? tk[c].pos) !== 'ADP') continue;
    const names = children(d, c).filter((k) => k > c && /^(flat|compound)$/.test(d.rels[k]) && (tk[k].upos ?? tk[k].pos) === 'PROPN');
    const before = c - 1;
    if (!names.length || !isNominal(tk[before].upos ?? tk[before].pos) || below(d, before, names[0])) continue;
    const r = names[0];
    d.heads[r] = before; d.rels[r] = 'nmod';
    d.heads[c] = r;
    for (const k of names.slice(1)) { d.heads[k] = r; d.rels[k] = 'flat'; }
  }
}

/**
 * "the murder of Roberto Rivera, director of the fire department, by …": the parser may read a name
 * and the description after its comma as a possessor and its noun, with no "'s" to mark one. A name
 * hung as nmod:poss with no possessive marker, a comma between it and its head, is the phrase's
 * head and the description its apposition.
 */
export function repairUnmarkedPossessor(d: Draft): void {
  const tk = d.tokens;
  for (let x = 0; x < tk.length; x++) {
    const h = d.heads[x];
    if (d.rels[x] !== 'nmod:poss' || h <= x || (tk[x].upos ?? tk[x].pos) !== 'PROPN') continue;
    if (children(d, x).some((k) => /^['’]s?$/.test(tk[k].text))) continue;
    const comma = edge(d, x, 1) + 1;
    if (tk[comma]?.text !== ',' || comma >= h || d.heads[h] < 0) continue;
    d.heads[x] = d.heads[h]; d.rels[x] = d.rels[h];
    // (the case word and determiner before the name are the name's now)
    for (const k of children(d, h)) if (k < x && /^(case|det)$/.test(d.rels[k])) d.heads[k] = x;
    d.heads[h] = x; d.rels[h] = 'appos';
    d.heads[comma] = h;
  }
}

/**
 * "Should the talks fail, Peru will impose sanctions": an inverted condition is rare in what the
 * parser learnt from, and it makes the condition the root with the main clause as its complement.
 * A sentence that opens with "should", "had" or "were" hung as an auxiliary on the root, whose
 * subject follows it, and whose comma is followed by a clause with its own subject, hung on that
 * root as ccomp or parataxis: the clause after the comma is the root, the condition its advcl.
 */
export function repairInvertedCondition(d: Draft): void {
  const tk = d.tokens;
  const root = d.heads.indexOf(-1);
  if (root < 0 || !/^(should|had|were)$/.test(tk[0]?.lower ?? '') || d.heads[0] !== root || !/^aux/.test(d.rels[0])) return;
  const kids = children(d, root);
  if (!kids.some((k) => /^nsubj/.test(d.rels[k]) && k < root)) return;
  const main = kids.find((k) => k > root && /^(ccomp|parataxis)$/.test(d.rels[k]) && children(d, k).some((c) => /^nsubj/.test(d.rels[c]))
    && tk.slice(root + 1, edge(d, k, -1)).some((x) => x.text === ','));
  if (main === undefined) return;
  d.heads[main] = -1; d.rels[main] = 'root';
  d.heads[root] = main; d.rels[root] = 'advcl';
  // (the sentence's last stop belongs to the new root)
  for (const k of kids) if (d.rels[k] === 'punct' && k > main) d.heads[k] = main;
}

/**
 * "a group based in Lima and led by X": a participle coordinated with a participle that modifies
 * a noun is often attached to the noun itself as its conjunct, which would make the group and
 * its leader one list. A participle (VBN/VBG) with its own "and"/"or", conjoined to a noun that
 * already has a participle modifier before it, is that modifier's conjunct.
 */
export function repairCoordinatedParticiple(d: Draft): void {
  for (let w = 0; w < d.tokens.length; w++) {
    const x = xposOf(d, w);
    if (d.rels[w] !== 'conj' || (x !== 'VBN' && x !== 'VBG')) continue;
    const n = d.heads[w];
    if (n < 0 || (d.tokens[n].upos !== 'NOUN' && d.tokens[n].upos !== 'PROPN')) continue;
    let cc = false, acl = -1;
    for (let k = 0; k < d.tokens.length; k++) {
      if (d.heads[k] === w && d.rels[k] === 'cc') cc = true;
      if (d.heads[k] === n && d.rels[k] === 'acl' && k < w && k > n) acl = k;
    }
    if (cc && acl >= 0) d.heads[w] = acl;
  }
}

/**
 * "is providing photographs and intelligence to Macedonia": a noun coordinated with the object is
 * sometimes attached to the verb as its conjunct, which loses it as an object (and the PP it
 * carries). A noun conjunct of a verb, with its own "and"/"or", after the verb's direct object
 * and with no subject or verb of its own, is the object's conjunct.
 */
export function repairObjectConjunct(d: Draft): void {
  for (let w = 0; w < d.tokens.length; w++) {
    if (d.rels[w] !== 'conj' || d.tokens[w].upos !== 'NOUN') continue;
    const v = d.heads[w];
    if (v < 0 || d.tokens[v].upos !== 'VERB') continue;
    let cc = false, own = false, obj = -1;
    for (let k = 0; k < d.tokens.length; k++) {
      if (d.heads[k] === w && d.rels[k] === 'cc') cc = true;
      if (d.heads[k] === w && /^(nsubj|cop|aux)/.test(d.rels[k])) own = true;
      if (d.heads[k] === v && d.rels[k] === 'obj' && k < w) obj = k;
    }
    if (cc && !own && obj >= 0) d.heads[w] = obj;
  }
}

/**
 * "The policy adapted to the new realities provides for …": a reduced relative read as the main
 * verb (the garden path), with the real main verb hung under it as a subjectless complement. A
 * past-tense root with a subject and no object whose clausal complement is a finite verb with no
 * subject and no "that" is a participle on that subject; the complement is the main verb.
 */
export function repairReducedRelative(d: Draft): void {
  const r = d.heads.indexOf(-1);
  if (r < 0 || d.tokens[r].upos !== 'VERB' || !/^VB[DN]$/.test(xposOf(d, r))) return;
  let subj = -1, obj = false, c = -1;
  for (let k = 0; k < d.tokens.length; k++) {
    if (d.heads[k] !== r) continue;
    if (d.rels[k] === 'nsubj' && k < r) subj = k;
    if (d.rels[k] === 'obj' || d.rels[k].startsWith('aux')) obj = true;
    if (d.rels[k] === 'ccomp' && k > r && c < 0) c = k;
  }
  if (subj < 0 || obj || c < 0 || d.tokens[c].upos !== 'VERB' || !/^VB[ZPD]$/.test(xposOf(d, c))) return;
  for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === c && /^(nsubj|mark|expl)/.test(d.rels[k])) return;
  // (the comma of a reported-speech inversion, "X arrived, officials say", keeps its reading)
  for (let k = r + 1; k < c; k++) if (d.tokens[k].text === ',') return;
  d.heads[c] = -1; d.rels[c] = 'root';
  d.heads[subj] = c;
  d.heads[r] = subj; d.rels[r] = 'acl';
  d.participles.add(r);
  for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === r && k > c) d.heads[k] = c;
}

/**
 * "Chile attacked Bolivia and Zentrix sold arms": the parser makes "Bolivia and Zentrix" the
 * subject of "sold" and that clause the complement of "attacked", so Chile attacks no one. A
 * clause with no "that" under a verb that takes no clause and has no object, whose subject is a
 * pair of nouns joined by "and" or "or" right after that verb, is two things: the first noun is
 * the verb's object, and the second opens a clause of its own joined to it.
 */
export function repairObjectBeforeClause(d: Draft): void {
  const tk = d.tokens;
  for (let c = 0; c < tk.length; c++) {
    const v = d.heads[c];
    // (the clause a verb's own: "hopefuls Mike Leigh and Imelda Staunton were winners" is a noun misread)
    if (d.rels[c] !== 'ccomp' || v < 0 || v > c || tk[v].upos !== 'VERB' || tk[c].upos !== 'VERB' || CLAUSE_TAKERS.test(tk[v].lemma.toLowerCase())) continue;
    const kids = children(d, c), vk = children(d, v);
    // (a past or a verb with its auxiliary: a plural noun misread, "Hollywood actors/VBZ Samuel L
    // Jackson and Ben Stiller have signed", is neither)
    if (xposOf(d, v) !== 'VBD' && !vk.some((k) => /^aux/.test(d.rels[k]))) continue;
    if (kids.some((k) => d.rels[k] === 'mark') || vk.some((k) => /^(obj|ccomp|xcomp)$/.test(d.rels[k]) && k !== c)) continue;
    const s = kids.find((k) => d.rels[k] === 'nsubj' && k < c);
    if (s === undefined || edge(d, s, -1) !== v + 1) continue;
    const y = children(d, s).find((k) => d.rels[k] === 'conj' && k < c);
    const cc = y === undefined ? undefined : children(d, y).find((k) => d.rels[k] === 'cc' && /^(and|or|but)$/.test(tk[k].lower));
    if (y === undefined || cc === undefined) continue;
    d.heads[s] = v; d.rels[s] = 'obj';
    d.heads[y] = c; d.rels[y] = 'nsubj';
    d.heads[cc] = c;
    d.rels[c] = 'conj';
  }
}

/** Verbs that take a clause as their complement (saying, thinking, wanting, seeming …). */
const CLAUSE_TAKERS = new RegExp(`^(${[...SPEECH_VERBS].join('|')}|think|believe|hope|fear|know|expect|feel|mean|ensure|see|show|find|suggest|claim|insist|argue|admit|doubt|suspect|assume|guess|realise|realize|understand|agree|decide|wish|want|prefer|demand|ask|seem|appear|learn|hear|notice|prove|predict|estimate|allege|indicate|recommend|propose|request|require|order|warn|promise|pledge|vow|swear|confirm|deny|say|tell)$`);

/**
 * "The Tories outlined plans and the Lib Dems gave details": the parser joins "the Lib Dems" to
 * the object ("plans and the Lib Dems") and the second verb to the first with no subject of its
 * own. A verb conjunct with no subject, right after a noun conjunct that opens with "and"/"or",
 * is a clause of its own and that noun is its subject ("and" goes with the clause).
 */
export function repairClauseConjunct(d: Draft): void {
  const n = d.tokens.length;
  for (let v = 2; v < n; v++) {
    if (d.rels[v] !== 'conj' || d.tokens[v].upos !== 'VERB' || !/^VB[DZP]$/.test(xposOf(d, v))) continue;
    let own = false;
    for (let k = 0; k < n; k++) if (d.heads[k] === v && /^(nsubj|expl|cc|mark|aux)/.test(d.rels[k]) && k < v) own = true;
    if (own) continue;
    // the noun just before the verb (its last word), a conjunct of some other noun
    const x = v - 1;
    if (!/^(NOUN|PROPN|PRON)$/.test(d.tokens[x].upos ?? '') || d.rels[x] !== 'conj' || d.heads[x] >= x) continue;
    const g = d.heads[x];
    if (!/^(NOUN|PROPN|PRON)$/.test(d.tokens[g].upos ?? '')) continue;
    let cc = -1;
    for (let k = g + 1; k < x; k++) if (d.heads[k] === x && d.rels[k] === 'cc' && /^(and|or|but)$/.test(d.tokens[k].lower)) cc = k;
    if (cc < 0) continue;
    // (every word between the "and" and the verb belongs to the noun: "and the Lib Dems gave")
    let inside = true;
    for (let k = cc + 1; k < x; k++) if (!below(d, k, x)) inside = false;
    if (!inside) continue;
    d.heads[x] = v; d.rels[x] = 'nsubj';
    d.heads[cc] = v;
  }
}

/**
 * "was involved in clashes within the past few hours with the FARC": a phrase of time holds no
 * party, yet the parser hangs the next prepositional phrase on its noun. A "with"/"against"/
 * "between"/"by" phrase under a time noun that is itself a prepositional or time modifier goes
 * up to what that phrase modifies (the clashes are with the FARC, not the hours).
 */
export function repairTimeModifier(d: Draft): void {
  for (let x = 0; x < d.tokens.length; x++) {
    const tn = d.heads[x];
    if (tn < 0 || !/^(nmod|obl)/.test(d.rels[x]) || !TIME_NOUNS.has(d.tokens[tn].lower) || !/^(nmod|obl)/.test(d.rels[tn])) continue;
    const cw = d.tokens.findIndex((_, k) => d.heads[k] === x && d.rels[k] === 'case');
    if (cw < 0 || !/^(with|against|between|by)$/.test(d.tokens[cw].lower)) continue;
    const up = d.heads[tn];
    if (up < 0) continue;
    d.heads[x] = up;
    d.rels[x] = isNominal(d.tokens[up].upos ?? '') ? 'nmod' : 'obl';
  }
}

/**
 * "withdraw its troops from neighbouring Lebanon", "entered neighbouring Chad": the tagger reads
 * "neighbouring" as a verb and the parser gives it the country for an object. It is the
 * country's modifier: the country takes its place in the tree (an adverbial clause becomes an
 * oblique, its "from" a case word) and "neighbouring" hangs on the country.
 */
export function repairNeighbouring(d: Draft): void {
  for (let n = 0; n + 1 < d.tokens.length; n++) {
    const c = n + 1;
    if (!/^neighbou?ring$/.test(d.tokens[n].lower) || d.tokens[n].upos !== 'VERB' || d.heads[c] !== n || d.rels[c] !== 'obj' || d.tokens[c].upos !== 'PROPN') continue;
    const h = d.heads[n], r = d.rels[n];
    d.heads[c] = h;
    d.rels[c] = h < 0 ? 'root' : /^(advcl|obl)/.test(r) ? 'obl' : /^(acl|nmod)/.test(r) ? 'nmod' : 'obj';
    d.heads[n] = c; d.rels[n] = 'amod';
    for (let k = 0; k < d.tokens.length; k++) if (d.heads[k] === n && k !== c) { d.heads[k] = c; if (d.rels[k] === 'mark') d.rels[k] = 'case'; }
  }
}

/**
 * "critical of Mourinho's decision not to speak to the media": an infinitive straight after a
 * noun of plan, choice or duty ("decision", "plan", "attempt", "right", "need"; only "not" or
 * "never" between) says what the plan is; the parser often hangs it on the verb or adjective
 * above instead, which makes that clause's subject its doer. It goes back under the noun, whose
 * owner then does it (extract/clauses.ts) with the noun's modality (scope.ts).
 */
export function repairNounInfinitive(d: Draft): void {
  const tk = d.tokens;
  for (let n = 0; n + 2 < tk.length; n++) {
    if (tk[n].upos !== 'NOUN' || !MODAL_NOUNS[tk[n].lower]) continue;
    const to = /^(not|never)$/.test(tk[n + 1].lower) ? n + 2 : n + 1;
    const v = d.heads[to];
    if (tk[to]?.lower !== 'to' || d.rels[to] !== 'mark' || v <= to || tk[v].upos !== 'VERB') continue;
    if (!/^(advcl|xcomp|ccomp|conj|dep|parataxis)$/.test(d.rels[v]) || d.heads[v] === n || below(d, n, v)) continue;
    d.heads[v] = n; d.rels[v] = 'acl';
  }
}

/**
 * "The deal, said Lopez, will help Chile", "This, he said, should help": a speech verb set in
 * the middle of what is said. The parser makes the words before it the speech verb's subject (or
 * a bare modifier) and leaves the reported verb with none; the fronted noun phrase, cut off by a
 * comma, is the reported verb's subject, and the speech verb keeps its speaker.
 */
export function repairParentheticalSpeech(d: Draft): void {
  const tk = d.tokens;
  const lastOf = (x: number) => { let e = x; for (let k = x + 1; k < tk.length && tk[k].upos !== 'PUNCT'; k++) if (below(d, k, x)) e = k; else break; return e; };
  const subjectOf = (x: number) => { for (let k = 0; k < tk.length; k++) if (d.heads[k] === x && /^nsubj/.test(d.rels[k])) return k; return -1; };
  for (let v = 2; v < tk.length; v++) {
    if (tk[v].upos !== 'VERB' || !SPEECH_VERBS.has(tk[v].lemma.toLowerCase())) continue;
    const deps: number[] = [];
    for (let k = 0; k < tk.length; k++) if (d.heads[k] === v) deps.push(k);
    const said = deps.filter((k) => k > v && d.rels[k] === 'ccomp' && tk[k].upos === 'VERB').pop();
    const first = deps.find((k) => k < v && /^(nsubj|obl:unmarked|obl:npmod|dep)$/.test(d.rels[k]) && /^(NOUN|PROPN|PRON)$/.test(tk[k].upos ?? ''));
    // (the comma that cuts the fronted phrase off, right after its last word)
    if (first === undefined || tk[lastOf(first) + 1]?.text !== ',') continue;
    if (said === undefined) {
      // ("The deal, says Mr Lopez, could help": the speaker read as the speech verb's object and
      // what is said as a loose clause after it; the speech verb stands right after the comma)
      const loose = deps.filter((k) => k > v && /^(parataxis|conj)$/.test(d.rels[k]) && tk[k].upos === 'VERB').pop();
      const speaker = deps.find((k) => k > v && d.rels[k] === 'obj' && /^(NOUN|PROPN)$/.test(tk[k].upos ?? '') && tk[lastOf(k) + 1]?.text === ',');
      if (loose === undefined || speaker === undefined || speaker > loose || v !== lastOf(first) + 2 || subjectOf(loose) >= 0) continue;
      d.heads[speaker] = v; d.rels[speaker] = 'nsubj';
      d.heads[first] = loose; d.rels[first] = 'nsubj';
      d.rels[loose] = 'ccomp';
      continue;
    }
    const inner = subjectOf(said);
    if (inner < 0 && deps.some((k) => k !== first && d.rels[k] === 'nsubj')) {
      d.heads[first] = said; d.rels[first] = 'nsubj';
    } else if (inner > v && inner < said && tk[lastOf(inner) + 1]?.text === ',' && !deps.some((k) => k !== first && d.rels[k] === 'nsubj')) {
      // ("The deal, said Lopez, will help": the speaker read as the reported verb's subject)
      d.heads[inner] = v; d.rels[inner] = 'nsubj';
      d.heads[first] = said; d.rels[first] = 'nsubj';
    }
  }
}

/**
 * "Britons will miss out, says a report by BT", "…, predicts the report": a speech verb after a
 * comma with its speaker after it. The parser reads the speaker as the verb's object, or hangs it
 * on a word before, so the tag has no one speaking. A speech verb with no subject, hung on what
 * comes before it, followed to the sentence's end by one noun phrase, has that phrase as its subject.
 */
export function repairInvertedSpeech(d: Draft): void {
  const tk = d.tokens;
  let end = tk.length;
  while (end > 0 && tk[end - 1].upos === 'PUNCT') end--;
  for (let v = 2; v + 1 < end; v++) {
    // (a finite verb: "…, telling the court", "…, adding 10 points" are the subject's own acts)
    if (tk[v].upos !== 'VERB' || !/^VB[DPZ]$/.test(xposOf(d, v)) || !SPEECH_VERBS.has(tk[v].lemma.toLowerCase()) || tk[v - 1].text !== ',' || d.heads[v] < 0 || d.heads[v] > v) continue;
    if (children(d, v).some((k) => /^(nsubj|ccomp|xcomp)/.test(d.rels[k]))) continue;
    // (the words after the verb are one phrase: a single word among them heads from outside)
    const tops: number[] = [];
    for (let k = v + 1; k < end; k++) if (d.heads[k] < v + 1 || d.heads[k] >= end) tops.push(k);
    const o = tops[0];
    // (someone or something that speaks: a name, or a source noun; "…, added the conversion" is an object)
    const speaks = (tk[o].upos === 'PROPN' && !!tk[o].ne) || (tk[o].upos === 'NOUN' && SOURCE_NOUN.test(tk[o].lower));
    if (tops.length !== 1 || !speaks || below(d, v, o)) continue;
    d.heads[o] = v; d.rels[o] = 'nsubj';
  }
}

/**
 * "took funds, and destroyed documents": the last verb of a list of acts, before a bare noun, read
 * as that noun's adjective ("destroyed documents") and the noun as the verb before it's conjunct.
 * A past form after "and", "or" or a comma, modifying the noun right after it, where that noun is
 * joined to a verb, is the verb's conjunct and the noun its object.
 */
export function repairListedVerb(d: Draft): void {
  const tk = d.tokens;
  for (let w = 1; w + 1 < tk.length; w++) {
    const n = w + 1;
    if (d.rels[w] !== 'amod' || d.heads[w] !== n || !/ed$/.test(tk[w].lower) || !/^(VBD|VBN|JJ)$/.test(xposOf(d, w)) || !/^(and|or|,)$/.test(tk[w - 1].lower)) continue;
    if (d.rels[n] !== 'conj' || d.heads[n] < 0 || tk[n].upos !== 'NOUN') continue;
    // (joined to the verb, or to the verb's object: "took funds and destroyed documents")
    let g = d.heads[n];
    if (tk[g].upos === 'NOUN' && d.rels[g] === 'obj' && g < w) g = d.heads[g];
    // (the verb before is a past too: "seized weapons and wounded soldiers" may be either)
    if (g < 0 || tk[g].upos !== 'VERB' || xposOf(d, g) !== 'VBD' || g > w) continue;
    d.heads[w] = g; d.rels[w] = 'conj';
    d.heads[n] = w; d.rels[n] = 'obj';
    for (const k of children(d, n)) if (k < w && /^(cc|punct)$/.test(d.rels[k])) d.heads[k] = w;
  }
}

/**
 * "will withdraw weapons inspectors from Iraq": the parser hangs "from Iraq" on the people moved,
 * as if it said where they come from. On the object of a verb that moves people away, a "from"
 * phrase after it is where they are moved from: the verb's.
 */
export function repairMovedFrom(d: Draft): void {
  const tk = d.tokens;
  for (let n = 0; n < tk.length; n++) {
    if (d.rels[n] !== 'nmod') continue;
    const caseWord = children(d, n).find((k) => d.rels[k] === 'case');
    if (caseWord === undefined || tk[caseWord].lower !== 'from') continue;
    // (the object, or a word of it, or a conjunct of it: "inspectors and workers from Iraq")
    let o = d.heads[n];
    while (o >= 0 && /^(conj|nmod|compound|appos)$/.test(d.rels[o]) && d.heads[o] >= 0 && d.heads[o] < o) o = d.heads[o];
    const v = o >= 0 ? d.heads[o] : -1;
    if (o < 0 || d.rels[o] !== 'obj' || v < 0 || !MOVING.test(tk[v].lemma.toLowerCase())) continue;
    d.heads[n] = v; d.rels[n] = 'obl';
  }
}

/** Verbs that take a "to" or "from" phrase of their own: "gave the transfer to X", "moved the trip to May". */
const OWN_GOAL = /^(give|grant|deny|refuse|allow|permit|send|bring|take|lead|sell|move|switch|shift|return|add|compare|refer|attribute|link|tie|report|explain|announce|owe|pay|offer|lend|tell|say|put|postpone|delay|bring|open|limit|restrict|confine|extend|invite|admit|welcome|receive|hand|pass|leak|submit|present|deliver|promise|propose|recommend|suggest|describe|introduce|apply|attach|switch|change|turn|convert|reduce|cut|raise|increase|lift|boost|lower)$/;

/**
 * "shrugged off the defection of Ana Ruiz, a former minister, to Labour": a "to"/"from"/"into"
 * phrase right after a noun of going (lexicon MOTION_NOUNS), its goer and the goer's apposition, is
 * where the going goes; the parser hangs it on the verb or on the apposition. Not where the verb
 * takes such a phrase itself ("moved the trip to May", "refused entry to X").
 */
export function repairMotionGoal(d: Draft): void {
  const tk = d.tokens;
  for (let n = 0; n < tk.length; n++) {
    if (!MOTION_NOUNS[tk[n].lower] || (tk[n].upos ?? tk[n].pos) !== 'NOUN') continue;
    const kids = children(d, n);
    if (kids.some((k) => d.rels[k] === 'nmod' && /^(to|into|from|towards|toward)$/.test(caseOf(d, k)))) continue;
    // (from the end of the noun's own words and its goer: "the defection of Ana Ruiz")
    let e = n + 1;
    const goer = kids.find((k) => k > n && d.rels[k] === 'nmod' && /^(of|by)$/.test(caseOf(d, k)));
    if (goer !== undefined) e = edge(d, goer, 1) + 1;
    // (past a comma, or an apposition between commas: ", a former minister,")
    if (tk[e]?.text === ',' && /^(to|into|from|towards|toward)$/.test(tk[e + 1]?.lower ?? '')) e++;
    else if (tk[e]?.text === ',') {
      let f = e + 1;
      while (f < tk.length && f - e <= 8 && tk[f].text !== ',' && !/^(VERB|AUX)$/.test(tk[f].upos ?? tk[f].pos)) f++;
      if (tk[f]?.text === ',') e = f + 1;
    }
    const cw = tk[e];
    if (!cw || !/^(to|into|from|towards|toward)$/.test(cw.lower) || d.rels[e] !== 'case') continue;
    const x = d.heads[e];
    const h = x >= 0 ? d.heads[x] : -1;
    if (x < 0 || h === n || below(d, n, x) || (h >= 0 && OWN_GOAL.test(tk[h].lemma.toLowerCase()))) continue;
    // (the verb above the noun takes its own such phrase: "moved the trip to May")
    let v = d.heads[n];
    while (v >= 0 && !/^(VERB|AUX)$/.test(tk[v].upos ?? tk[v].pos)) v = d.heads[v];
    if (v >= 0 && OWN_GOAL.test(tk[v].lemma.toLowerCase())) continue;
    d.heads[x] = n; d.rels[x] = 'nmod';
  }
}

/** Words that open a clause of time or cause, and are prepositions too. */
const SUBORDINATORS = /^(after|before|since|until|till)$/;

/**
 * "The rupee rose after Standard & Poor's raised the rating": "after" is a preposition as often as
 * a subordinator, and the parser may read "after S&P" as a phrase and "raised" as a second verb of
 * "rose". A phrase opened by such a word and followed straight by a finite verb with no subject
 * of its own, joined to the same verb with no "and", is a clause: the phrase is its subject.
 * Where the first verb was read as a participle on its subject and the second made the root
 * ("Peru protested/acl after Chile bombed/root Bolivia"), the first is the root again.
 */
export function repairSubordinateClause(d: Draft): void {
  const tk = d.tokens;
  for (let n = 0; n < tk.length; n++) {
    if (d.rels[n] !== 'obl') continue;
    const c = children(d, n).find((k) => d.rels[k] === 'case' && k < n);
    if (c === undefined || !SUBORDINATORS.test(tk[c].lower)) continue;
    const v = edge(d, n, 1) + 1;
    const g = d.heads[n];
    if (v >= tk.length || g < 0 || !/^VB[DZP]$/.test(xposOf(d, v))) continue;
    // ("Peru protested after Chile bombed Bolivia": or the first verb was read as a participle on
    // its subject, "Peru protested(acl)", and the second made the root with that subject)
    const s0 = d.heads[g];
    if (d.rels[g] === 'acl' && d.heads[v] === -1 && s0 >= 0 && s0 < g && d.heads[s0] === v && /^nsubj/.test(d.rels[s0]) && /^VB[DZ]$/.test(d.tokens[g].xpos ?? '')
      && !children(d, v).some((k) => k !== s0 && /^(nsubj|nsubj:pass|cc|mark)$/.test(d.rels[k]))) {
      d.heads[g] = -1; d.rels[g] = 'root'; d.participles.delete(g);
      d.heads[s0] = g;
      for (let k = v + 1; k < tk.length; k++) if (d.heads[k] === v && d.rels[k] === 'punct') d.heads[k] = g;
    } else if (d.heads[v] !== g || !/^(conj|parataxis)$/.test(d.rels[v])) continue;
    if (children(d, v).some((k) => /^(nsubj|nsubj:pass|cc|mark)$/.test(d.rels[k]))) continue;
    d.heads[v] = g; d.rels[v] = 'advcl';
    d.heads[n] = v; d.rels[n] = 'nsubj';
    d.heads[c] = v; d.rels[c] = 'mark';
  }
}

/** The case word of x ("to" for "to Labour"), lower-cased, or ''. */
function caseOf(d: Draft, x: number): string {
  const c = children(d, x).find((k) => d.rels[k] === 'case');
  return c === undefined ? '' : d.tokens[c].lower;
}

/** "-ing" words that stand before an office or a body as adjectives: "outgoing Prime Minister X", "the ruling party". */
const ATTRIBUTIVE_ING = /^(outgoing|incoming|acting|ruling|governing|reigning|visiting|ailing|sitting|serving|presiding|retiring|departing|founding|caretaking|interim|striking|warring|neighbouring|neighboring|opposing|rebelling)$/;

/**
 * "attempted to assassinate outgoing Prime Minister Iyad Allawi": the tagger reads "outgoing" as a
 * verb, the parser makes it a clause ("to outgo in Allawi"), and the label is garbage. An "-ing"
 * word of this closed class, with no subject, auxiliary or marker of its own, right before the
 * noun phrase it was given as its argument, is that phrase's adjective; the phrase takes its place.
 */
export function repairAttributiveIng(d: Draft): void {
  const tk = d.tokens;
  for (let w = 0; w + 1 < tk.length; w++) {
    if (tk[w].upos !== 'VERB' || !ATTRIBUTIVE_ING.test(tk[w].lower) || d.heads[w] < 0) continue;
    let own = false, arg = -1;
    for (let k = 0; k < tk.length; k++) {
      if (d.heads[k] !== w) continue;
      if (/^(nsubj|aux|mark|cop|expl)/.test(d.rels[k])) own = true;
      if (k > w && /^(obj|obl|nmod|xcomp|iobj)/.test(d.rels[k]) && /^(NOUN|PROPN)$/.test(tk[k].upos ?? '') && (arg < 0 || k < arg)) arg = k;
    }
    if (own || arg < 0) continue;
    // (every word between belongs to the phrase: "outgoing Prime Minister Iyad Allawi")
    let inside = true;
    for (let k = w + 1; k < arg; k++) if (!below(d, k, arg)) inside = false;
    if (!inside) continue;
    const h = d.heads[w];
    d.heads[arg] = h;
    d.rels[arg] = /^(xcomp|ccomp|advcl|obj)$/.test(d.rels[w]) && tk[h].upos === 'VERB' ? 'obj' : d.rels[w];
    d.heads[w] = arg; d.rels[w] = 'amod';
    for (let k = 0; k < tk.length; k++) if (d.heads[k] === w && d.rels[k] === 'case') d.heads[k] = arg;
  }
}

/** Verbs of saying, thinking and finding whose complement may come with no "that". */
const BARE_COMPLEMENT = /^(think|believe|say|hope|fear|suggest|claim|insist|argue|admit|warn|feel|reckon|understand|realise|realize|predict|estimate|find|doubt|suspect|assume|accept|deny|confirm|acknowledge|agree|guess|reveal|know|expect|worry|allege|show|indicate|report|state|add|note)$/;

/**
 * "He thinks the dominance of text searches is not appealing to shoppers": after a verb of saying
 * or thinking, a noun phrase straight before a finite verb that has no subject of its own is that
 * verb's subject ("that" left out). The parser often reads the noun as the first verb's object and
 * hangs the second verb loose (advcl, parataxis, dep), which made "he thinks the dominance" a
 * fact. The noun becomes the subject and the clause the complement.
 */
export function repairBareComplementSubject(d: Draft): void {
  const n = d.tokens.length;
  for (let o = 0; o < n; o++) {
    if (d.rels[o] !== 'obj') continue;
    const v = d.heads[o];
    if (v < 0 || !BARE_COMPLEMENT.test(d.tokens[v].lemma.toLowerCase())) continue;
    const end = edge(d, o, 1);
    for (let c = end + 1; c < n; c++) {
      // (or, when the first verb is itself a conjunct, hung beside it as one more conjunct with no
      // "and" of its own: "added that … and insisted his team could reach the final")
      // (a conjunct with no "and" of its own too: "alleged Wal-Mart committed …"; the "and" counts as a subject below)
      // (not past a clause inside the noun phrase: "warned banks and institutions that members of
      // gangs are applying" is the parser's relative clause of a "that" complement)
      const clausal = (k: number) => d.rels[k] === 'conj' && subtree(d, o).some((x) => /^acl/.test(d.rels[x]));
      const loose = (d.heads[c] === v && /^(advcl|parataxis|dep|xcomp|conj)$/.test(d.rels[c]) && !clausal(c)) || (d.rels[v] === 'conj' && d.heads[c] === d.heads[v] && /^(conj|ccomp|parataxis|advcl|dep)$/.test(d.rels[c]));
      if (!loose || d.tokens[c].upos !== 'VERB' && d.tokens[c].upos !== 'ADJ' && d.tokens[c].upos !== 'AUX') continue;
      let subject = false, finite = /^VB[DZP]$/.test(xposOf(d, c)), passive = false;
      for (let k = 0; k < n; k++) {
        if (d.heads[k] !== c) continue;
        if (/^(nsubj|nsubj:pass|csubj|expl|mark|cc)$/.test(d.rels[k])) subject = true;
        if (/^(aux|aux:pass|cop)$/.test(d.rels[k]) && k < c) finite = true;
        if (d.rels[k] === 'aux:pass') passive = true;
      }
      // (the clause starts right after the noun phrase: nothing of the first verb's between them)
      // (and no comma between: "Fox TV, which shows the series in the US, is broadcasting" ends a relative clause)
      if (subject || !finite || edge(d, c, -1) !== end + 1 || d.tokens[end + 1]?.text === ',') break;
      d.heads[o] = c; d.rels[o] = passive ? 'nsubj:pass' : 'nsubj';
      d.heads[c] = v; d.rels[c] = 'ccomp';
      break;
    }
    // "said the rebels used artillery": the parser reads the past tense as a participle modifying
    // the noun ("the rebels [who were] used"); a participle with a direct object of its own and no
    // agent is no passive, so it is the complement's verb and the noun its subject
    for (let c = o + 1; c < n; c++) {
      if (d.heads[c] !== o || d.rels[c] !== 'acl' || d.tokens[c].upos !== 'VERB' || !/^VB[DN]$/.test(xposOf(d, c))) continue;
      let obj = false, other = false;
      for (let k = 0; k < n; k++) {
        if (d.heads[k] !== c) continue;
        if (d.rels[k] === 'obj') obj = true;
        if (/^(aux|aux:pass|nsubj|nsubj:pass|mark|obl:agent)$/.test(d.rels[k])) other = true;
      }
      if (!obj || other || edge(d, c, -1) !== c) break;
      d.heads[c] = v; d.rels[c] = 'ccomp';
      d.heads[o] = c; d.rels[o] = 'nsubj';
      d.pastTense.add(c);
      break;
    }
  }
}

/** Verbs that take two objects: "gave the company money" is two, not one compound. */
const DITRANSITIVE = /^(give|send|offer|hand|show|tell|pay|owe|lend|grant|award|bring|buy|sell|cost|deny|allow|teach|promise|get|make|call|name|elect|appoint|leave|find|ask|charge|fine|save|earn|win)$/;

/**
 * "missed Kenya's world cross country trials": the parser ends the first noun phrase at a
 * singular noun and starts a second object with the compound nouns after it. Two objects of one
 * verb, the first a singular common noun right before the second's first word, the second with no
 * determiner or owner of its own, are one noun phrase: the first is the second's compound, and
 * its owner and modifiers move to the second.
 */
export function repairSplitObject(d: Draft): void {
  const n = d.tokens.length;
  for (let a = 0; a < n; a++) {
    const v = d.heads[a];
    if (d.rels[a] !== 'obj' || v < 0 || d.tokens[a].xpos !== 'NN' || DITRANSITIVE.test(d.tokens[v].lemma.toLowerCase())) continue;
    const b = children(d, v).find((k) => k > a && d.rels[k] === 'obj');
    if (b === undefined || !/^NNS?$/.test(d.tokens[b].xpos ?? '')) continue;
    // (right after: the second object's words start at a + 1, all of them nouns or adjectives)
    if (children(d, b).some((k) => k < a || /^(det|nmod:poss)$/.test(d.rels[k]))) continue;
    if (edge(d, b, -1) !== a + 1 || d.tokens.slice(a + 1, b).some((t) => !/^(NOUN|PROPN|ADJ)$/.test(t.upos ?? ''))) continue;
    d.heads[a] = b; d.rels[a] = 'compound';
    for (let k = 0; k < a; k++) if (d.heads[k] === a && /^(det|nmod:poss|amod)$/.test(d.rels[k])) d.heads[k] = b;
  }
}

/** Tokens under k, k included. */
function subtree(d: Draft, k: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < d.tokens.length; j++) if (below(d, j, k)) out.push(j);
  return out;
}

const CALENDAR = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/**
 * "joined his old club, Porto", "signed a deal with its neighbour, Chile": a name set off by a
 * comma straight after a noun phrase names that phrase's thing, but the parser often hangs it on
 * the verb (obl with no case word, vocative, dep). With no case word of its own, right after the
 * comma that closes a noun phrase under the same verb, and followed by a comma or the sentence's
 * end, the name is that noun's apposition (not a date: "met the minister, Monday").
 */
export function repairLooseApposition(d: Draft): void {
  const n = d.tokens.length;
  // ("tried to buy Glenmorangie, one of Scotland's premier whisky firms, but …": a second object
  // set off by commas right after a name describes the name)
  for (let o2 = 0; o2 < n; o2++) {
    const v = d.heads[o2];
    if (v < 0 || d.rels[o2] !== 'obj' || !/^(NOUN|NUM)$/.test(d.tokens[o2].upos ?? '')) continue;
    const o1 = children(d, v).find((k) => k < o2 && d.rels[k] === 'obj' && d.tokens[k].upos === 'PROPN');
    if (o1 === undefined) continue;
    const mine = subtree(d, o2).filter((k) => d.rels[k] !== 'punct');
    const s = Math.min(...mine), e = Math.max(...mine);
    if (!setOff(d, s, e) || edge(d, o1, 1) !== s - 2) continue;
    d.heads[o2] = o1; d.rels[o2] = 'appos';
  }
  for (let p = 0; p < n; p++) {
    const v = d.heads[p];
    if (v < 0 || d.tokens[p].upos !== 'PROPN' || !/^(obl|obl:unmarked|vocative|dep|parataxis)$/.test(d.rels[p]) || CALENDAR.test(d.tokens[p].lower)) continue;
    const mine = subtree(d, p);
    if (mine.some((k) => d.heads[k] === p && /^(case|mark|nsubj|cop)$/.test(d.rels[k]))) continue;
    // (its words, without the commas around it and an "in" phrase the parser hung on it)
    const tail = mine.filter((j) => d.heads[j] === p && j > p && d.rels[j] === 'nmod');
    const own = mine.filter((k) => d.rels[k] !== 'punct' && !tail.some((j) => below(d, k, j)));
    const s = Math.min(...own), e = Math.max(...own);
    if (s < 2 || !setOff(d, s, e)) continue;
    // the noun phrase that ends at the comma, somewhere under the same verb
    // (the innermost: "a deal with its neighbour, Chile" is the neighbour's name, not the deal's)
    const nn = [...Array(n).keys()].reverse().find((k) => /^(NOUN|PROPN)$/.test(d.tokens[k].upos ?? '') && k < s - 1 && below(d, k, v) && k !== v
      && /^(obj|nmod|obl|iobj)$/.test(d.rels[k]) && edge(d, k, 1) === s - 2);
    if (nn === undefined) continue;
    d.heads[p] = nn; d.rels[p] = 'appos';
  }
}

/** Are the words s..e set off by a comma before and a comma, a full stop or the end after? */
function setOff(d: Draft, s: number, e: number): boolean {
  return s >= 1 && d.tokens[s - 1].text === ',' && (e + 1 >= d.tokens.length || /^[,.;]$/.test(d.tokens[e + 1].text));
}

/** Verbs with no passive: their "-ed" form after a noun is a past tense, never a participle. */
const NO_PASSIVE = /^(explode|die|arrive|occur|happen|erupt|collapse|vanish|disappear|emerge|fall|rise|go|come)$/;

/**
 * "A small home-made bomb exploded at dawn at the union's headquarters": in wire copy the parser
 * may make the noun the root and its verb a reduced relative ("a bomb [that was] exploded"). A verb
 * that has no passive cannot be one: it is the main verb, in the past, and the noun its subject;
 * the noun's words after the verb go with the verb.
 */
export function repairIntransitiveRoot(d: Draft): void {
  const n = d.tokens.length;
  for (let v = 0; v < n; v++) {
    const h = d.heads[v];
    if (h < 0 || d.heads[h] >= 0 || d.rels[v] !== 'acl' || d.tokens[v].xpos !== 'VBN' || !NO_PASSIVE.test(d.tokens[v].lemma.toLowerCase()) || !/^(NOUN|PROPN)$/.test(d.tokens[h].upos ?? '')) continue;
    if (h > v || children(d, v).some((k) => /^(aux|aux:pass|obl:agent)$/.test(d.rels[k]))) continue;
    for (let k = v + 1; k < n; k++) if (d.heads[k] === h) d.heads[k] = v;
    d.heads[v] = -1; d.rels[v] = 'root';
    d.heads[h] = v; d.rels[h] = 'nsubj';
    d.pastTense.add(v);
  }
}

/**
 * "Rooney received a hostile reception, but goals from Fortune and Ronaldo silenced the jeers": the
 * parser joins "goals" to the object as its conjunct and the second verb to the first, which
 * makes Rooney the one who silenced. A noun conjoined to the first verb's object by "but" or
 * "and", whose phrase ends right before the second verb (a finite conjunct of the first verb with
 * no subject of its own), is that verb's subject; the "but" goes with the verb.
 */
export function repairConjunctSubject(d: Draft): void {
  const n = d.tokens.length;
  for (let v2 = 0; v2 < n; v2++) {
    const v1 = d.heads[v2];
    if (v1 < 0 || d.rels[v2] !== 'conj' || d.tokens[v2].upos !== 'VERB') continue;
    // (finite by its form, or by an auxiliary of tense: "and new boss X has already taken legal action")
    const before = children(d, v2).filter((k) => k < v2);
    const tensed = before.some((k) => /^aux/.test(d.rels[k]) && /^(has|have|had|is|are|was|were|will|would)$/.test(d.tokens[k].lower));
    if (!/^VB[DZP]$/.test(xposOf(d, v2)) && !tensed) continue;
    if (before.some((k) => /^(nsubj|nsubj:pass|cc)$/.test(d.rels[k]))) continue;
    const left = before.length ? Math.min(...before) : v2;
    // (the noun hangs on the object, or, with an auxiliary, on any noun phrase of the first verb:
    // "collapsed with debts of 14bn euros and new boss X has taken")
    const np = [...Array(n).keys()].find((k) => k < v2 && d.rels[k] === 'conj' && /^(NOUN|PROPN)$/.test(d.tokens[k].upos ?? '')
      && (tensed ? below(d, d.heads[k], v1) && /^(obj|obl|nmod)$/.test(d.rels[d.heads[k]]) : d.rels[d.heads[k]] === 'obj' && d.heads[d.heads[k]] === v1) && edge(d, k, 1) === left - 1);
    if (np === undefined) continue;
    const cc = children(d, np).find((k) => d.rels[k] === 'cc' && /^(but|and)$/.test(d.tokens[k].lower));
    if (cc === undefined) continue;
    d.heads[np] = v2; d.rels[np] = 'nsubj';
    d.heads[cc] = v2;
    for (let k = 0; k < np; k++) if (d.heads[k] === np && d.rels[k] === 'punct') d.heads[k] = v2;
  }
}

/**
 * "It expected 2005 to be a transitional year and to return to profitability": a "to"-infinitive
 * after "and" belongs with the verb's own "to"-complement before it, not beside the verb (which
 * made "return" a second thing the subject did, asserted). It becomes that complement's conjunct,
 * so the verb above governs both.
 */
export function repairInfinitiveConjunct(d: Draft): void {
  const n = d.tokens.length;
  for (let v2 = 0; v2 < n; v2++) {
    const v1 = d.heads[v2];
    if (v1 < 0 || d.rels[v2] !== 'conj' || d.tokens[v2].xpos !== 'VB') continue;
    const kids = children(d, v2);
    if (!kids.some((k) => d.rels[k] === 'mark' && d.tokens[k].lower === 'to' && k < v2) || kids.some((k) => /^nsubj/.test(d.rels[k]))) continue;
    const x = children(d, v1).reverse().find((k) => k < v2 && d.rels[k] === 'xcomp' && children(d, k).some((m) => d.rels[m] === 'mark' && d.tokens[m].lower === 'to'));
    if (x === undefined) continue;
    d.heads[v2] = x;
  }
}
