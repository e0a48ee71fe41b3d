/**
 * actorgraph/extract/attribution — who said it. Reported speech is marked in three ways in news:
 * "X said (that) …" in the same sentence, "According to X, …", and quotations that open in one
 * sentence and close several sentences later with "…, ” said X." The last needs the whole
 * document, so speakers are assigned after every sentence's clauses are known.
 */
import type { Actor } from '../types.js';
import type { Sentence } from './segment.js';
import type { Tree } from './tree.js';
import { ADVERBIAL_MARKS } from '../lexicon.js';
import { ADDRESSEE } from './clauses.js';

/**
 * For each sentence, whether it opens a quotation that is still open at its end, or closes one.
 * Read as inQuotation() reads a place: a paragraph break ends an open quotation (news reopens it
 * at each paragraph), and a straight quote opens after a space or a paragraph start and closes
 * after a word, so one unbalanced quote does not carry a speaker over the rest of the article.
 */
export function quoteState(sentences: Sentence[], text: string): Array<{ opens: boolean; closes: boolean; broken: boolean; inside: boolean; continues: boolean }> {
  let open = false;
  let prevEnd = 0;
  return sentences.map((s) => {
    // (broken: a quotation left open at the end of the last paragraph ends here, unsaid by anyone)
    const broken = open && text.slice(prevEnd, s.start).includes('\n');
    if (broken) open = false;
    prevEnd = s.end;
    const wasOpen = open;
    let closes = false;
    for (let i = s.start; i < s.end; i++) {
      const ch = text[i];
      if (ch === '\u201c' || ch === '\u00ab') open = true;
      else if (ch === '\u201d' || ch === '\u00bb') { if (open) closes = true; open = false; }
      else if (ch === '"') {
        if (i === 0 || /[\s(\[:\u2014-]/.test(text[i - 1])) open = true;
        else { if (open) closes = true; open = false; }
      }
    }
    return { opens: !wasOpen && open, closes: closes || (wasOpen && !open), broken, inside: wasOpen || open || closes, continues: wasOpen };
  });
}

const MAX_QUOTE_SENTENCES = 6;

/**
 * Spreads a closing sentence's speaker back over the quotation, and an attributed quotation's
 * speaker on over the quoted sentences right after it that nobody else is given: returns, per
 * sentence, the index of the sentence whose speaker it takes (or -1).
 */
export function quoteSpeakerSource(sentences: Sentence[], text: string, hasSpeaker: (i: number) => boolean): number[] {
  const state = quoteState(sentences, text);
  const out = sentences.map(() => -1);
  let openedAt = -1;
  for (let i = 0; i < sentences.length; i++) {
    if (state[i].broken) openedAt = -1;
    if (state[i].opens || (openedAt < 0 && /^\s*[\u201c"]/.test(sentences[i].text))) openedAt = i;
    if (state[i].closes) {
      // (a quotation runs a few sentences at most: further back, the speaker is a guess)
      if (hasSpeaker(i) && openedAt >= 0 && i - openedAt <= MAX_QUOTE_SENTENCES) for (let k = openedAt; k < i; k++) out[k] = i;
      // A new quotation may open in the same sentence.
      openedAt = state[i].opens ? i : -1;
    }
  }
  // ('"It was a strange match," said Hewitt. "When he got back to 5-5, I had to …"': a quotation
  // that opens its sentence right after a speaker's quoted words, and is given to nobody else, goes
  // on in the same voice; news names the speaker once over several quoted paragraphs)
  let voice = -1;
  for (let i = 0; i < sentences.length; i++) {
    const own = hasSpeaker(i) ? i : out[i];
    if (own >= 0) { voice = state[i].inside ? own : -1; continue; }
    // (a sentence that only quotes a few words of its own, 'FECMAFAN called for a march to demand
    // that the government "respect human rights"', is the writer's, no more of the speaker's)
    // (a quotation that opens the sentence, or follows a colon: 'Garcia then reiterated: "…"')
    const opening = /^\s*[\u201c"]|:\s*[\u201c"]/.test(sentences[i].text);
    const goesOn = voice >= 0 && state[i].inside && (opening || state[i].continues);
    // (nor does it end the voice: 'He pledged to end "political correctness". "I come from an
    // ordinary family."' goes on in it after the writer's sentence)
    const fragments = state[i].inside && !opening && !state[i].continues && !state[i].opens;
    if (goesOn) out[i] = voice;
    else if (!fragments) voice = -1;
  }
  return out;
}

/**
 * Is the character at document offset `at` inside a quotation? Read from the start of its
 * paragraph (news closes or reopens a quotation at each paragraph); a straight quote opens after
 * a space or a paragraph start and closes after a word or punctuation, so one unbalanced quote
 * does not turn the rest of the text inside out.
 */
export function inQuotation(text: string, at: number): boolean {
  let open = false;
  for (let i = text.lastIndexOf('\n', at - 1) + 1; i < at; i++) {
    const ch = text[i];
    if (ch === '\u201c' || ch === '\u00ab') open = true;
    else if (ch === '\u201d' || ch === '\u00bb') open = false;
    else if (ch === '"') open = i === 0 || /[\s(\[:\u2014-]/.test(text[i - 1]);
  }
  return open;
}

/** Writings that say what their authors say ("the report said", "a statement from the ministry said"). */
const WRITINGS = /^(report|statement|study|survey|poll|document|letter|paper|analysis|review|communiqu[eé]|memo|cable|filing|release|announcement|assessment|audit|research|proposal|manifesto|resolution|decree)s?$/;

/**
 * The word naming whoever wrote the writing headed by h ("a report by Zentrix", "a statement from
 * the ministry", "the UN's report"): what the writing says is its author's claim. A pronoun's
 * possessive ("its report") is left to the writing itself.
 */
export function authorOf(t: Tree, h: number): number | undefined {
  if (!WRITINGS.test(t.lower(h))) return undefined;
  const poss = t.child(h, 'nmod:poss');
  if (poss !== undefined && /^(NOUN|PROPN)$/.test(t.upos(poss))) return poss;
  return t.childrenBy(h, 'nmod').find((n) => n > h && t.childrenBy(n, 'case').some((c) => /^(by|from)$/.test(t.lower(c))));
}

/**
 * A speech clause of a sentence: its verb and who speaks; `unsaid`: the verb is negated or not
 * asserted, so attributes nothing; `alleged`: an allegation or a belief, which holds only what its
 * "of"/"for" gerund or its "that"-clause says ("accused Chile of arming", "alleged that Chile
 * armed", "fears that Chile will attack").
 */
export interface SpeechAct { head: number; speaker: Actor; unsaid?: true; alleged?: true }

/**
 * Who said the clause headed by `h`, from the sentence's speech clauses: only a clause inside what
 * a speech verb reports is theirs. "The Lib Dems oppose the proposals, but ministers insist they
 * are proportionate": the ministers said the second clause, not the first. What a speech verb
 * reports is its own subtree (its subject apart: "X, who heads Y, said …"), and when the speech
 * verb is a tag hung on the quotation ("…, X said" parsed as parataxis) the quotation's tree
 * around it. The innermost speech act wins ("X said Y claimed …": Y's claim is Y's).
 */
export function clauseSpeaker(t: Tree, acts: SpeechAct[], h: number, quoted?: (i: number) => boolean): Actor | undefined {
  // (inside a quotation a comma-set relative is the speaker's own words: "Hollywood, which created
  // modern cinema, uses it only as a commodity")
  const own = quoted?.(h) ?? false;
  let best: SpeechAct | undefined;
  let bestDepth = -1;
  for (const s of acts) {
    if (s.head === h || s.unsaid) continue;
    const subject = t.child(s.head, 'nsubj');
    // (an adverbial clause of the speech verb is when or why it was said, not what: "If Peru
    // attacks Chile, Bolivia will respond", "said after Chile had attacked")
    const inside = t.dominates(s.head, h) && (subject === undefined || !t.dominates(subject, h)) && (s.alleged ? laidOn(t, s.head, h) : !circumstance(t, s.head, h)) && (own || !aside(t, s.head, h));
    // (an allegation is no tag: "denied by Straw, who accused the Tories", "warned of losses, blaming delays")
    // (what the parser hung on the tag from before its comma is part of the report: "Labour will
    // raise taxes if it wins, Tim Vale has said" with the if-clause on "said")
    const opener = inside || s.alleged ? -1 : tagStart(t, s.head);
    const tagged = opener >= 0 && (!t.dominates(s.head, h) || h < opener);
    if (!inside && !tagged) continue;
    const depth = depthOf(t, s.head);
    if (depth > bestDepth) { best = s; bestDepth = depth; }
  }
  return best?.speaker;
}

/**
 * Where the speech verb's "…, X said" tag on what comes before it opens (its comma or closing
 * quote; -1: it is no tag)? A tag reports the whole sentence but itself. The parser hangs such a tag on the quotation as parataxis, or as a conjunct, an
 * adverbial clause, a complement or a bare dependent, and often on the wrong word ("revised its forecasts, the
 * paper said" → on "forecasts"); what marks it is its place: after a comma or a closing quote,
 * following the word it hangs on, with nothing reported of its own. A conjunct with "and" or
 * "but", or a clause with "as" or "when", is no tag.
 */
function tagStart(t: Tree, s: number): number {
  const g = t.head(s);
  if (g < 0 || g > s || !TAG_RELS.has(t.rel(s))) return -1;
  if (t.childrenBy(s, 'cc', 'mark').length || t.child(s, 'ccomp', 'parataxis', 'xcomp') !== undefined) return -1;
  // (a tag reports what stands before it and takes no object but its hearer: "…, all the players
  // feel the same" is a clause of its own; "…, he told reporters" a tag)
  // (with no subject of its own, the object is its speaker put after it: "…, predicts a report")
  if (t.child(s, 'obj') !== undefined && t.child(s, 'nsubj') !== undefined && !ADDRESSEE.test(t.lemma(s))) return -1;
  // (the comma is often the tag's own child: look at the punctuation its span starts with too)
  let i = t.span(s)[0];
  while (i < s && t.tokens[i].upos === 'PUNCT' && !TAG_OPENERS.has(t.tokens[i].text)) i++;
  if (TAG_OPENERS.has(t.tokens[i]?.text)) return i;
  if (i > 0 && TAG_OPENERS.has(t.tokens[i - 1].text)) return i - 1;
  return openedBeforeSubject(t, s);
}

/**
 * Does a comma or a closing quote come right before the tag's subject? The parser may hang a
 * phrase of the reported clause on the tag, so that its span starts inside the report: "U2 are to
 * play in the US next month, organisers have said" (the month on "said"), "… would cut taxes if
 * they were elected, Tory leader Tim Vale has said" (the if-clause on it). Read leftwards from the
 * verb over the subject's words (its possessive, its title, its auxiliaries) to the punctuation.
 */
function openedBeforeSubject(t: Tree, s: number): number {
  const subject = t.child(s, 'nsubj');
  if (subject === undefined || subject > s) return -1;
  let i = s - 1;
  for (; i >= 0 && s - i <= 8; i--) {
    const w = t.tokens[i];
    if (!SUBJECT_WORDS.has(w.upos ?? '') || (w.upos === 'PUNCT' && w.text !== '-')) break;
  }
  return i >= 0 && i < subject && TAG_OPENERS.has(t.tokens[i].text) ? i : -1;
}

/** The parts of speech of a tag's subject and auxiliaries: "its chief executive has", "Tory leader Tim Vale has". */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'PRON', 'NUM', 'PART', 'AUX', 'ADV', 'PUNCT']);

/** Is h in an adverbial clause or phrase hung on the speech verb v (or that clause itself)? */
function circumstance(t: Tree, v: number, h: number): boolean {
  let c = h;
  while (c >= 0 && t.head(c) !== v) c = t.head(c);
  if (c < 0) return false;
  // (the parser may call a clause of time or reason a complement: "warned Peru after Chile had
  // attacked"; a complement's "if" asks, "asked if Chile had attacked", and is what was said)
  // (but a "that" makes it the complement, whatever mark of a clause inside it the parser hung
  // beside: "said that although he has never accepted the offer, he …" said all of it)
  if (t.base(c) === 'ccomp') return markedBy(t, c, ADVERBIAL_MARKS) && !marksOf(t, c).includes('that');
  return /^(advcl|obl)$/.test(t.base(c)) && marksOf(t, c).some((m) => m !== 'that' && m !== 'whether');
}

/** The subordinators of clause c (one the repairs moved off a noun keeps the tagger's ADP: "said after Chile won"). */
const marksOf = (t: Tree, c: number): string[] => t.childrenBy(c, 'mark').filter((m) => t.upos(m) === 'SCONJ' || t.upos(m) === 'ADP').map((m) => t.lower(m));

/** Does a subordinator that `marks` matches mark clause c ("after", "although")? */
export function markedBy(t: Tree, c: number, marks: RegExp): boolean {
  return marksOf(t, c).some((m) => marks.test(m));
}

/** Is h in what allegation v lays on someone: its "of"/"for" gerund or its complement ("accused Peru of arming", "alleged that …")? */
function laidOn(t: Tree, v: number, h: number): boolean {
  const gerund = (c: number) => /^(advcl|acl)$/.test(t.base(c)) && t.childrenBy(c, 'mark').some((m) => /^(of|for)$/.test(t.lower(m)));
  let c = h;
  // (the parser often hangs the gerund on the one accused: "accused [Chile of arming]")
  while (c >= 0 && t.head(c) !== v) {
    if (gerund(c) && t.head(t.head(c)) === v && t.base(t.head(c)) === 'obj') return true;
    c = t.head(c);
  }
  if (c < 0) return false;
  return t.base(c) === 'ccomp' ? !circumstance(t, v, h) : gerund(c);
}

/**
 * Is h in a relative clause set off by a comma on a name, below the speech verb v? "Linares said,
 * of Luis Gomez, who sought asylum at the Cuban embassy, that …": a non-restrictive relative on a
 * name is the writer's description of someone the report names, not what the speaker said ("the
 * soldiers who attacked the village will be punished", with no comma, is).
 */
function aside(t: Tree, v: number, h: number): boolean {
  for (let c = h; c >= 0 && c !== v; c = t.head(c)) {
    // (on a name: "Khodorkovsky, who is now in jail"; on a common noun, "the attackers, who were
    // travelling in two vehicles", it is as often a detail of the report)
    if (t.rel(c) !== 'acl:relcl' || t.upos(t.head(c)) !== 'PROPN') continue;
    // (the comma may be the clause's own first word)
    const start = t.span(c)[0];
    if (t.tokens[start].text === ',' || (start > 0 && t.tokens[start - 1].text === ',')) return true;
  }
  return false;
}


const TAG_RELS: ReadonlySet<string> = new Set(['parataxis', 'conj', 'advcl', 'advcl:relcl', 'ccomp', 'dep']);
const TAG_OPENERS: ReadonlySet<string> = new Set([',', '"', '\u201d', "''", '\u2019']);

function depthOf(t: Tree, i: number): number {
  let d = 0;
  for (let x = t.head(i); x >= 0 && d <= t.tokens.length; x = t.head(x)) d++;
  return d;
}
