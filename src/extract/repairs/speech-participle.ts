/**
 * actorgraph/extract/repairs/speech-participle — a second speech act added with a participle
 * ("…, adding that …", "…, saying …") belongs to the one who made the first.
 */
import type { Draft } from './draft.js';
import { children, edge } from './draft.js';
import { CLAUSE_TAKERS } from './conjuncts.js';

/** Participles that add a speech act to the sentence's: "…, adding that …", "…, calling it …". */
const SPEECH_PARTICIPLE = /^(say|add|claim|argue|insist|warn|stress|note|explain|suggest|predict|call|describe|accuse|urge)$/;

/**
 * "The firm said profits had risen, adding that …", "Hale rejected the claim that Dunn had been
 * ignored, saying he …": the parser hangs a participle of speech set off by a comma on the last
 * verb before it, which here is the verb of what was reported, so the participle borrowed the
 * reported clause's subject ("profits added", "Dunn said"). In news such a participle is the
 * reporter's second act; it goes to the verb that reports the clause (a "that"-clause of a noun:
 * to the verb whose argument the noun is). Only when the participle closes the reported clause
 * and has no subject, auxiliary or marker of its own ("…, while saying …" is left alone).
 */
export function repairSpeechParticiple(d: Draft): void {
  const tk = d.tokens;
  for (let p = 1; p < tk.length; p++) {
    if (d.rels[p] !== 'advcl' || tk[p].xpos !== 'VBG' || tk[p - 1].text !== ',' || !SPEECH_PARTICIPLE.test(tk[p].lemma.toLowerCase())) continue;
    if (children(d, p).some((c) => /^(nsubj|nsubj:pass|aux|aux:pass|mark|expl)$/.test(d.rels[c]))) continue;
    const h = d.heads[p];
    const up = reporter(d, h);
    if (up === undefined || edge(d, p, 1) !== edge(d, h, 1)) continue;
    // (not out of a quotation: 'Vale said: "I had a message from him, saying he …"' is the quote's)
    if (tk.slice(up + 1, p).some((x) => /^["“”:]$/.test(x.text))) continue;
    d.heads[p] = up;
  }
}

/** The verb that reports the clause headed by h: its head for a complement, the noun's verb for a noun's "that"-clause. */
function reporter(d: Draft, h: number): number | undefined {
  const tk = d.tokens, up = d.heads[h];
  if (h < 0 || up < 0 || up > h) return undefined;
  // (a verb that takes a clause: "Telecom analysts/VBZ Ovum welcomed …" is a misread noun)
  if (d.rels[h] === 'ccomp') return tk[up].upos === 'VERB' && CLAUSE_TAKERS.test(tk[up].lemma.toLowerCase()) ? up : undefined;
  // ("the claim that …", "the fact that …": a noun's content clause, which the parser may call a relative one)
  if (!/^acl/.test(d.rels[h]) || !children(d, h).some((c) => d.rels[c] === 'mark' && tk[c].lower === 'that')) return undefined;
  const v = d.heads[up];
  return v >= 0 && v < up && tk[v].upos === 'VERB' && /^(obj|obl|nsubj|nsubj:pass)$/.test(d.rels[up]) ? v : undefined;
}
