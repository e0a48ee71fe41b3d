/**
 * actorgraph/extract/repairs/speech — reported speech: who says, and what is said. A "that" read
 * as a pronoun, a complement with no "that", a speech verb set inside or after what is said: the
 * parser's readings give the speaker's words to the wrong verb or drop the speaker, and attribution
 * (extract/attribution.ts) reads both from the tree.
 */
import { SOURCE_NOUN, SPEECH_VERBS } from '../../lexicon.js';
import type { Draft } from './draft.js';
import { below, children, edge, subtree, xposOf } from './draft.js';

/**
 * "reports that Chile had closed the border": the parser often reads a noun's "that"-clause as a
 * relative clause with "that" as its object or subject. When the clause already has that
 * argument of its own, "that" is no pronoun but the complementiser, and the clause says what the
 * report (claim, fear, demand …) is about ("the claim that Chile had been ignored": a passive one too).
 */
export function repairThatComplement(d: Draft): void {
  for (let w = 0; w < d.tokens.length; w++) {
    if (d.tokens[w].lower !== 'that' || !/^(obj|nsubj|nsubj:pass|obl|obl:unmarked)$/.test(d.rels[w])) continue;
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
    // ("denied reports that Chile was invaded": "that" read as an oblique of a passive clause with a
    // subject of its own, after a noun of saying or believing, opens what the noun says; an active
    // one may be a true relative: "the claims that Chile made against Bolivia")
    if (/^obl/.test(d.rels[w]) && THAT_NOUNS.test(d.tokens[n].lower) && children(d, x).some((k) => d.rels[k] === 'nsubj:pass')) other = true;
    if (!other) continue;
    d.rels[w] = 'mark';
    d.rels[x] = 'acl';
  }
}

/** Nouns whose "that"-clause says what they hold: a claim, a report, a fear. */
const THAT_NOUNS = /^(claims?|allegations?|reports?|suggestions?|speculation|rumou?rs?|fears?|news|fact|evidence|signs?|warnings?|beliefs?|hopes?|views?|charges?|accusations?|assurances?|ideas?|notion|concerns?|denials?|confirmation)$/;

/** Verbs of telling someone something: their addressee is their object, what is told a clause. */
const TELLING = /^(tell|inform|assure|warn|remind|notify|convince|persuade|advise|promise|reassure)$/;

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
 * "Tom Vale said Zentrix, which makes phones, had sold its plant": a relative clause set off by
 * commas after the noun a bare complement starts with. The parser reads the noun as the speech
 * verb's second subject and hangs the complement's verb inside the relative clause; the finite
 * verb after the closing comma, with no subject of its own, is the complement's, the noun its subject.
 */
export function repairSubjectBeforeRelative(d: Draft): void {
  const n = d.tokens.length;
  for (let o = 0; o < n; o++) {
    const v = d.heads[o];
    if (d.rels[o] !== 'nsubj' || v < 0 || o < v || !BARE_COMPLEMENT.test(d.tokens[v].lemma.toLowerCase())) continue;
    if (!children(d, v).some((k) => k < v && /^nsubj/.test(d.rels[k]))) continue;
    const r = children(d, o).find((k) => d.rels[k] === 'acl:relcl');
    if (r === undefined) continue;
    const open = edge(d, r, -1);
    if (d.tokens[open].text !== ',') continue;
    let close = open + 1;
    while (close < n && d.tokens[close].text !== ',') close++;
    const c = children(d, r).find((k) => k > close && /^(ccomp|conj|parataxis|advcl|dep)$/.test(d.rels[k]) && edge(d, k, -1) === close);
    if (c === undefined || d.tokens[c].upos !== 'VERB') continue;
    const kids = children(d, c);
    if (kids.some((k) => /^(nsubj|nsubj:pass|csubj|expl|mark|cc)$/.test(d.rels[k]))) continue;
    if (!/^VB[DZP]$/.test(xposOf(d, c)) && !kids.some((k) => k < c && /^(aux|aux:pass)$/.test(d.rels[k]))) continue;
    d.heads[o] = c; d.rels[o] = kids.some((k) => d.rels[k] === 'aux:pass') ? 'nsubj:pass' : 'nsubj';
    d.heads[c] = v; d.rels[c] = 'ccomp';
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
    // ("hoped the production, which cost £9m to stage, was a blend": a relative clause set off by
    // commas ends the noun phrase, and the clause after its closing comma, which the parser may
    // hang on the verb above, is the complement)
    const closed = d.tokens[end + 1]?.text === ',' && children(d, o).some((r) => d.rels[r] === 'acl:relcl' && edge(d, r, 1) === end && [edge(d, r, -1), edge(d, r, -1) - 1].some((k) => d.tokens[k]?.text === ','));
    for (let c = end + 1; c < n; c++) {
      // (or, when the first verb is itself a conjunct, hung beside it as one more conjunct with no
      // "and" of its own: "added that … and insisted his team could reach the final")
      // (a conjunct with no "and" of its own too: "alleged Wal-Mart committed …"; the "and" counts as a subject below)
      // (not past a clause inside the noun phrase: "warned banks and institutions that members of
      // gangs are applying" is the parser's relative clause of a "that" complement)
      const clausal = (k: number) => d.rels[k] === 'conj' && subtree(d, o).some((x) => /^acl/.test(d.rels[x]));
      // (or hung as the complement it is, its subject left as the first verb's object: "hopes Peru will sign")
      const loose = (d.heads[c] === v && /^(advcl|parataxis|dep|xcomp|conj|ccomp)$/.test(d.rels[c]) && !clausal(c))
        || ((d.rels[v] === 'conj' || closed) && d.heads[c] === d.heads[v] && /^(conj|ccomp|parataxis|advcl|dep)$/.test(d.rels[c]));
      // (or a noun with its copula: "admitted their trip to Anfield was the hardest draw")
      const copular = /^(NOUN|PROPN)$/.test(d.tokens[c].upos ?? '') && children(d, c).some((k) => k < c && d.rels[k] === 'cop');
      if (!loose || (d.tokens[c].upos !== 'VERB' && d.tokens[c].upos !== 'ADJ' && d.tokens[c].upos !== 'AUX' && !copular)) continue;
      // (a capitalised "verb" inside the sentence is a name misread: "expecting a resurgent Wales/VBZ to …")
      if (/^[A-Z][a-z]/.test(d.tokens[c].text)) break;
      let subject = false, finite = /^VB[DZP]$/.test(xposOf(d, c)), passive = false;
      for (let k = 0; k < n; k++) {
        if (d.heads[k] !== c) continue;
        if (/^(nsubj|nsubj:pass|csubj|expl|mark|cc)$/.test(d.rels[k])) subject = true;
        if (/^(aux|aux:pass|cop)$/.test(d.rels[k]) && k < c) finite = true;
        if (d.rels[k] === 'aux:pass') passive = true;
      }
      // (the clause starts right after the noun phrase: nothing of the first verb's between them)
      // (and no comma between: "Fox TV, which shows the series in the US, is broadcasting" ends a relative clause)
      if (subject || !finite || edge(d, c, -1) !== end + 1 || (d.tokens[end + 1]?.text === ',' && !closed)) break;
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

/**
 * "Jaramillo has died from gunshot wounds, Angelino Garzon, a spokesman for the party, has
 * reported": a speech tag after a comma, its speaker named first and described after, closing the
 * sentence. The parser hangs the name on the last noun of what is said (an apposition of "wounds",
 * so Jaramillo "died from Garzon") and leaves the speech verb with no subject. The name is the
 * subject, and its description is its own apposition.
 */
export function repairTrailingSpeaker(d: Draft): void {
  const tk = d.tokens;
  let end = tk.length;
  while (end > 0 && tk[end - 1].upos === 'PUNCT') end--;
  const v = end - 1;
  if (v < 4 || tk[v].upos !== 'VERB' || !SPEECH_VERBS.has(tk[v].lemma.toLowerCase()) || children(d, v).some((k) => /^nsubj/.test(d.rels[k]))) return;
  // (only its auxiliaries before it: "has reported", "had said")
  let k = v;
  while (k - 1 >= 0 && d.heads[k - 1] === v && /^aux/.test(d.rels[k - 1])) k--;
  if (k === v && !/^VB[DZ]$/.test(xposOf(d, v))) return;
  if (tk[k - 1]?.text !== ',') return;
  // the words before the comma: a description set off by commas ("a spokesman for the party"),
  // then the name, a run of proper nouns after a comma (read as words: the parser may have hung
  // the name's own words apart)
  let e = k - 2;
  let description: number | undefined;
  // (the comma before a phrase, which the parser may have hung inside it)
  const commaBefore = (x: number): number => { const l = edge(d, x, -1); return tk[l].text === ',' ? l : tk[l - 1]?.text === ',' ? l - 1 : -1; };
  if (tk[e]?.upos !== 'PROPN') {
    for (let x = e; x >= 0 && x > e - 12 && description === undefined; x--) if (tk[x].upos === 'NOUN' && edge(d, x, 1) === e && commaBefore(x) > 0) description = x;
    if (description === undefined) return;
    e = commaBefore(description) - 1;
  }
  let n = e;
  while (n - 1 >= 0 && tk[n - 1].upos === 'PROPN') n--;
  if (n < 1 || e < 0 || tk[n - 1].text !== ',' || e - n > 4 || tk[n].upos !== 'PROPN') return;
  if (below(d, v, n) || Array.from({ length: e - n }, (_, i) => n + 1 + i).some((x) => below(d, v, x))) return;
  // ('…," the new chair of the IETF, Brian Carpenter, says', '…, her lawyer, Perry Wander, said': a
  // description set off before the name, the name its apposition, speaks as a whole)
  if (description === undefined) {
    for (let h = n - 2; h >= 0 && h > n - 14; h--) {
      if (tk[h].upos !== 'NOUN' || (edge(d, h, 1) !== n - 2 && edge(d, h, 1) !== e)) continue;
      const l = edge(d, h, -1);
      if (!(/^[,"\u201d']$/.test(tk[l - 1]?.text ?? '') || tk[l].upos === 'PUNCT') || below(d, v, h)) continue;
      d.heads[h] = v; d.rels[h] = 'nsubj';
      if (!below(d, h, n)) { d.heads[n] = h; d.rels[n] = 'appos'; }
      for (let x = n + 1; x <= e; x++) if (!below(d, x, n)) { d.heads[x] = n; d.rels[x] = 'flat'; }
      return;
    }
  }
  for (let x = n + 1; x <= e; x++) { d.heads[x] = n; d.rels[x] = 'flat'; }
  d.heads[n] = v; d.rels[n] = 'nsubj';
  if (description !== undefined && !below(d, n, description)) { d.heads[description] = n; d.rels[description] = 'appos'; }
}

/**
 * "The MPAA said in a statement that it would continue …", "told reporters on Monday that …": the
 * parser hangs the "that"-clause on the noun of the phrase between the speech verb and it (as the
 * statement's content), so the clause is no longer what was said and its "would" no reported
 * future. A "that"-clause with a subject of its own, hung on a prepositional phrase of a speech
 * verb that has no complement clause yet, is that verb's complement.
 */
export function repairSaidInPhrase(d: Draft): void {
  // (only a medium or an occasion of saying: "commented on a US charge that X used …" keeps the
  // charge's own content, which is alleged, not said)
  const tk = d.tokens;
  for (let x = 3; x < tk.length; x++) {
    if (d.rels[x] !== 'acl' || tk[x].upos !== 'VERB') continue;
    const n = d.heads[x], v = n >= 0 ? d.heads[n] : -1;
    if (v < 0 || v > n || !/^obl/.test(d.rels[n]) || tk[v].upos !== 'VERB' || !SPEECH_VERBS.has(tk[v].lemma.toLowerCase()) || !MEDIUM.test(tk[n].lower)) continue;
    const kids = children(d, x);
    if (!kids.some((k) => k < x && d.rels[k] === 'mark' && tk[k].lower === 'that') || !kids.some((k) => k < x && /^nsubj/.test(d.rels[k]))) continue;
    if (children(d, v).some((k) => d.rels[k] === 'ccomp')) continue;
    d.heads[x] = v; d.rels[x] = 'ccomp';
  }
}

/** Where or how something is said: "in a statement", "at a rally", "on television". */
const MEDIUM = /^(statement|statements|communique|interview|letter|speech|broadcast|message|conference|briefing|rally|meeting|television|radio|parliament|court|hearing|debate|programme|program|website|newspaper|article|editorial|release|bulletin|appearance|address)$/;

/**
 * "A report says that the rebels have seized control …": the parser may read the complementiser
 * "that" as the speech verb's object and hang the reported clause on it (as "fixed", "acl", "dep"),
 * so nothing was said and no one said it. A "that" object of a verb, holding a verb with a subject of
 * its own after it, is that clause's complementiser, and the clause is the verb's complement.
 */
export function repairThatAsObject(d: Draft): void {
  const tk = d.tokens;
  for (let w = 1; w < tk.length; w++) {
    if (tk[w].lower !== 'that' || d.rels[w] !== 'obj' || tk[w].upos !== 'SCONJ') continue;
    const v = d.heads[w];
    if (v < 0 || v > w || tk[v].upos !== 'VERB') continue;
    const x = children(d, w).find((k) => k > w && tk[k].upos === 'VERB' && children(d, k).some((c) => c > w && /^nsubj/.test(d.rels[c])));
    if (x === undefined || children(d, v).some((k) => d.rels[k] === 'ccomp')) continue;
    d.heads[x] = v; d.rels[x] = 'ccomp';
    d.heads[w] = x; d.rels[w] = 'mark';
  }
}
