/**
 * actorgraph/extract/repairs/coordinated-speaker — "Turkish jets bombed camps in Iraq, Iraqi
 * officials and British witnesses said.": the parser often reads the speakers of a closing tag,
 * when two are joined by "and", as more conjuncts of the reported clause's object ("camps …,
 * officials and witnesses"), and leaves the speech verb with no subject. The jets then "bombed"
 * the officials and the witnesses, and the report is no one's.
 */
import { SPEECH_VERBS } from '../../lexicon.js';
import type { Draft } from './draft.js';
import { below, children, xposOf } from './draft.js';

/** Verbs of speech whose object is the hearer: "told reporters". */
const TELLING = /^(tell|inform|assure|notify|brief)$/;

/** Words a speaker's noun phrase is made of: "the Iraqi officials", "Israel's army and police". */
const PHRASE_UPOS = /^(DET|ADJ|NOUN|PROPN|NUM|CCONJ)$/;

/**
 * A speech verb closing the sentence (only auxiliaries before it, and only its own non-verbal
 * dependents after it: "on Friday", "told reporters"), with no subject of its own, after a comma
 * and a noun phrase whose head the parser hung elsewhere: that phrase is its subject, its
 * conjuncts joined to the first one. Nothing is done unless every word of the phrase is a
 * determiner, adjective, noun, number, conjunction or possessive "'s", and a verb comes before the comma
 * (what is said).
 */
export function repairCoordinatedSpeaker(d: Draft): void {
  const tk = d.tokens;
  let end = tk.length;
  while (end > 0 && tk[end - 1].upos === 'PUNCT') end--;
  // the speech verb: the last verb, with only its own non-verbal words after it
  let v = end - 1;
  while (v > 0 && !(tk[v].upos === 'VERB' && SPEECH_VERBS.has(tk[v].lemma.toLowerCase()))) {
    if (/^(VERB|AUX)$/.test(tk[v].upos ?? '') || end - v > 6) return;
    v--;
  }
  if (v < 4) return;
  for (let x = v + 1; x < end; x++) if (!below(d, x, v)) return;
  const kids = children(d, v);
  // (the tag's verb is the root or set beside the clause, maybe read as its conjunct or as an
  // adjunct with nothing to open it: "…, the police have reported")
  if (!/^(root|parataxis|conj|advcl)$/.test(d.rels[v]) || (d.rels[v] === 'advcl' && kids.some((x) => d.rels[x] === 'mark'))) return;
  // (auxiliaries before it: "have said", "had reported"; else a finite form, which a verb inside a
  // name is not: "… to Apple Insider and Think Secret websites")
  let k = v;
  while (k - 1 >= 0 && d.heads[k - 1] === v && /^aux/.test(d.rels[k - 1])) k--;
  if (k === v && !/^VB[DZP]$/.test(xposOf(d, v))) return;
  // (an object only for whom one tells: "told reporters")
  if (kids.some((x) => x > v && d.rels[x] === 'obj') && !TELLING.test(tk[v].lemma.toLowerCase())) return;
  // the phrase back to the comma
  let c = k - 1;
  while (c >= 0 && (PHRASE_UPOS.test(tk[c].upos ?? '') || (tk[c].upos === 'PART' && tk[c].lower === "'s"))) c--;
  if (c < 2 || tk[c].text !== ',' || c + 1 >= k) return;
  const inPhrase = (x: number) => x > c && x < k;
  // (the phrase ends in its noun, and nothing joins the verb to what comes before it: "… leaking
  // them to Apple Insider and Think Secret websites" is no tag)
  if (!/^(NOUN|PROPN)$/.test(tk[k - 1].upos ?? '') || kids.some((x) => d.rels[x] === 'cc' && !inPhrase(x))) return;
  // (a subject already outside the phrase: "the company closed two plants, analysts said" read
  // with "plants" as the subject is another slip, left alone)
  if (kids.some((x) => /^nsubj/.test(d.rels[x]) && !inPhrase(x))) return;
  if (!tk.slice(0, c).some((t) => t.upos === 'VERB')) return;
  // the phrase's heads: its words hung outside it
  const roots: number[] = [];
  for (let x = c + 1; x < k; x++) if (!inPhrase(d.heads[x])) roots.push(x);
  const nouns = roots.filter((x) => tk[x].upos === 'NOUN' || tk[x].upos === 'PROPN');
  if (!nouns.length || nouns.every((x) => d.heads[x] === v)) return;
  // (each head a noun, or a conjunction that goes with the next one)
  if (roots.some((x) => !nouns.includes(x) && tk[x].upos !== 'CCONJ')) return;
  // (the phrase's heads all taken from what is said, never from a clause around the verb)
  if (nouns.some((x) => d.heads[x] !== v && below(d, v, x))) return;
  const [first, ...rest] = nouns;
  d.heads[first] = v; d.rels[first] = 'nsubj';
  for (const x of rest) { d.heads[x] = first; d.rels[x] = 'conj'; }
  for (const x of roots) if (tk[x].upos === 'CCONJ') { const next = rest.find((n) => n > x); d.heads[x] = next ?? first; d.rels[x] = 'cc'; }
}
