/**
 * actorgraph/extract/complement — events whose target is the subject of another clause, read
 * from the tree's clausal complements and conditions (ClausIE's ccomp/advcl):
 *
 *   "the PRC demanded that the US cancel …"            demand verb + ccomp           → PRC –demand→ US
 *   "Russia said that Sudan must return …"             speech + "must" in the ccomp  → Russia –demand→ Sudan
 *   "reiterated its demand that Israel ease …"         demand noun + its clause      → –demand→ Israel
 *   "Russia threatened to quit the talks if the US …"  threat + "if/unless" advcl   → Russia –threaten→ US
 */
import type { Analysed } from './analyse.js';
import type { Clause } from './clauses.js';
import { markedPast } from './predicate.js';
import { DEMAND_NOUNS, FORETELLING_MODALS } from '../lexicon.js';
import { namesBody, namesPeople } from '../resolve/unnamed-persons.js';

/** Verbs whose complement clause names who is asked to act: "demanded that the US cancel". */
const DEMAND_VERBS = new Set(['demand', 'insist', 'urge', 'ask', 'request', 'order', 'propose', 'warn']);
/** Demand verbs that can also foretell: "warned that the talks would fail" asks nobody to act. */
const FORETELL = /^(warn)$/;
/** Verbs that voice a demand noun of their subject's: "reiterated its demand that …", "made a call for …". */
const VOICING = /^(reiterate|repeat|renew|restate|reaffirm|make|issue|voice|press|put|step|submit|present|express|announce|send|deliver|lodge|launch|stress|underline|back|support|echo|join)$/;
/** Verbs of threat whose condition names the threatened side: "threatened to … if X …". */
const THREAT_VERBS = new Set(['threaten', 'vow', 'warn', 'pledge']);

export interface Complement { subjects: number[]; objects: number[]; lemma: string; rule: string; clause: Clause }

/** Verbs of changing or staying, which things do as often as people. */
const CHANGE_VERBS = /^(be|become|rise|fall|grow|increase|decrease|decline|drop|remain|stay|subside|continue|change|improve|happen|occur|exist|wait|come|go|last|matter)$/;

/**
 * Does one of the subjects name someone who can be asked to act: an actor (or a description the
 * text resolved to one), a pronoun, or people or bodies by their kind, which a plural common noun
 * mostly is ("brokers must give information", "nations should help")? A singular thing is not
 * ("abortion should be an election issue", "the plan should be fair").
 */
function asksSomeone(a: Analysed, next: Clause, demanded: boolean): boolean {
  // (a plural that only changes or stays is a thing: "taxes need to rise", "prices should remain low")
  const changes = next.verb.copula !== undefined || CHANGE_VERBS.test(next.verb.lemma);
  // (what a verb of demand asks be done is someone's act: "demanded that the delegation give a list";
  // not what it asks to go on, "insisted that reform must continue")
  if (demanded && !changes) return true;
  return next.subjects.some((k) => {
    const m = a.mentions.get(k);
    if (!m) return false;
    if (/^(actor|pronoun|generic|pair)$/.test(m.kind) || a.resolved.get(k)?.some((x) => x.type !== 'other')) return true;
    const w = m.kind === 'concept' ? m.concept ?? m.text : '';
    return !!w && (namesPeople(w) || namesBody(w) || (!changes && /[^s']s$/i.test(w)));
  });
}

export function findComplements(a: Analysed): Complement[] {
  const out: Complement[] = [];
  const t = a.tree;
  const byHead = new Map<number, Clause>();
  for (const c of a.clauses) if (!byHead.has(c.head) && !c.speech) byHead.set(c.head, c);
  // the clause headed by a child of x with one of the relations (its own subjects written)
  const embedded = (x: number, ...rels: string[]): Clause | undefined => {
    for (const k of t.childrenBy(x, ...rels)) { const d = byHead.get(k); if (d?.subjects.length && d.rule !== 'shared' && d.rule !== 'infinitive') return d; }
    return undefined;
  };
  for (const c of a.clauses) {
    if (!c.subjects.length) continue;
    const demandVerb = DEMAND_VERBS.has(c.verb.lemma);
    if (demandVerb || c.speech) {
      const next = embedded(c.head, 'ccomp', 'parataxis');
      // ("asked whether Iraq rejected it" is a question, not a demand)
      const question = next && t.childrenBy(next.head, 'mark').some((m) => /^(whether|if)$/.test(t.lower(m)));
      // ("warned that Iran would attack" foretells; only "warned that Iran must stop" asks Iran to act)
      // ("insisted that Chile had attacked Bolivia" reports a past act: a demand is still to come)
      // ("insisted his team could still win" reports a belief: a demand has no "could", "would" or "will")
      const foretold = next !== undefined && t.childrenBy(next.head, 'aux').some((x) => FORETELLING_MODALS.test(t.lower(x)));
      // ("insists England are in the right frame of mind" claims: a verb of insisting asks only with
      // the bare verb of a demand, "insisted that he resign", or a "must"; the form is read, not the
      // tag, which gives "Chile withdraw" a VBZ)
      const indicative = next !== undefined && c.verb.lemma === 'insist' && next.verb.modality !== 'necessary'
        && [next.head, ...t.childrenBy(next.head, 'cop', 'aux', 'aux:pass')].some((x) => (t.lemma(x) === 'be' ? t.lower(x) !== 'be' : t.lower(x) !== t.lemma(x) && /s$/.test(t.lower(x))));
      const asks = demandVerb && !indicative && (!FORETELL.test(c.verb.lemma) || next?.verb.modality === 'necessary') && !(next && (markedPast(t, next.head) || foretold));
      // ("we need to cut supply", said the minister: a speaker's own side's need is no demand on anyone;
      // nor what a passive says is needed, "the cuts are needed to fund …", nor a passive whose agent
      // is no one, "Blair should be judged by results"; "X should be punished by the FA" asks the FA)
      const own = next !== undefined && !demandVerb && (next.subjects.every((k) => a.mentions.get(k)?.ref?.want === 'first') || (next.verb.passive && (next.verb.lemmas[0] === 'need' || next.subjects.every((k) => a.mentions.get(k)?.kind !== 'actor'))));
      // ("said the government was obliged to enter arbitration": a duty others put on it is no
      // demand of the speaker's)
      // (nor a duty already borne: "said the people have had to make sacrifices" reports, a demand is
      // still to come; "said Greece needed to cut" is the speaker's "needs to", told in the past)
      // (and one being borne, "said the Bank is having to juggle rising prices": a progressive "having to")
      const borne = next !== undefined && ((/^(had|been)$/.test(t.lower(next.head)) && t.childrenBy(next.head, 'aux').some((x) => /^(have|has|had|having)$/.test(t.lower(x))))
        || (t.lower(next.head) === 'having' && t.childrenBy(next.head, 'aux').some((x) => t.lemma(x) === 'be')));
      // ("does not believe abortion should be an election issue", "said taxes need to rise": a demand
      // is made of someone; what a thing should be or do is an opinion, no demand on the thing)
      if (next && !question && !own && asksSomeone(a, next, demandVerb) && (asks || (next.verb.modality === 'necessary' && !next.verb.controller && !borne))) out.push({ subjects: c.subjects, objects: next.subjects, lemma: demandVerb ? c.verb.lemma : 'demand', rule: 'complement:demand', clause: c });
    }
    // "reiterated its demand that Israel ease …": a demand noun with its own clause
    for (const o of t.childrenBy(c.head, 'obj')) {
      if (!DEMAND_NOUNS.has(t.lemma(o))) continue;
      // (the parser often hangs the noun's clause on the verb: a "that"-clause right after the noun is the noun's)
      // (or hangs it lower, on a time word after the noun: "its call today that Syria withdraw")
      const next = embedded(o, 'acl', 'ccomp') ?? t.childrenBy(o, 'obl', 'nmod').map((x) => embedded(x, 'acl:relcl', 'acl')).find((d) => d && t.childrenBy(d.head, 'obj', 'mark').some((m) => t.lower(m) === 'that'))
        ?? t.childrenBy(c.head, 'ccomp').map((k) => byHead.get(k)).find((d) => d?.subjects.length && d.head > o && t.childrenBy(d.head, 'mark').some((m) => t.lower(m) === 'that' && m > o));
      // (whose demand it is: a named owner's, "rejected Chile's demand that Bolivia withdraw"; else
      // the subject's only where its verb voices one, "reiterated its demand", not "rejected the demand")
      const poss = t.childrenBy(o, 'nmod:poss')[0];
      const owner = poss !== undefined && t.xpos(poss) !== 'PRP$' ? a.args.mentionOf(poss) : -1;
      const named = owner >= 0 && owner !== a.args.mentionOf(o) && a.mentions.get(owner)?.kind === 'actor';
      const by = named ? [owner] : (poss === undefined || t.xpos(poss) === 'PRP$') && VOICING.test(c.verb.lemma) ? c.subjects : [];
      // (the noun's own infinitive names no one called upon: "the call to open up the books")
      const called = next?.subjects.filter((k) => k !== a.args.mentionOf(o)) ?? [];
      if (next && by.length && called.length) out.push({ subjects: by, objects: called, lemma: 'demand', rule: 'complement:demand', clause: c });
    }
    // Conditional threats: "threatened to quit … if the US …" (the condition may hang on any verb of the chain)
    if (c.speech || !THREAT_VERBS.has(t.lemma(c.head))) continue;
    for (let x = c.head, n = 0; x >= 0 && n < 4; n++) {
      const cond = t.childrenBy(x, 'advcl').find((k) => t.childrenBy(k, 'mark').some((m) => /^(if|unless)$/.test(t.lower(m))));
      const next = cond !== undefined ? byHead.get(cond) : undefined;
      if (next?.subjects.length) { out.push({ subjects: c.subjects, objects: next.subjects, lemma: 'threaten', rule: 'complement:threat', clause: c }); break; }
      x = t.childrenBy(x, 'xcomp')[0] ?? -1;
    }
  }
  return out;
}
