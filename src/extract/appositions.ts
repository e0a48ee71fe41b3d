/**
 * actorgraph/extract/appositions — an apposition that describes an actor by its relation to
 * another is a fact (PredPatt's appositive predicates, RelNoun's noun-mediated relations):
 *
 *   "Pedro Silva, the spokesman of the foreign ministry, …"   Silva –spokesman of→ the ministry
 *   "the founder of Zentek, Maria Olsen, …"                    Olsen –founder of→ Zentek
 *   "Maria Olsen, Zentek's founder, …"                         Olsen –founder of→ Zentek
 */
import type { Tree } from './tree.js';
import type { Arguments } from './arguments.js';
import type { Mention } from './mentions.js';
import type { Clause } from './clauses.js';
import { RANKS } from './role-owner.js';
import { AFFILIATION_ROLES, ORG_WORDS, TIE_NOUNS, TITLES, WORK_MAKERS } from '../lexicon.js';

/** Possessive pronouns that may stand for the body or person an office is held in. */
const POSSESSIVE_PRONOUN = /^(its|their|his|her)$/;

/** Nouns of bodies, works and events, which describe no person ("a division of ScanSoft", "the show of …"). */
const NOT_PEOPLE = /^(division|subsidiary|unit|arm|branch|part|affiliate|offshoot|show|volume|ceremony|creation|defeat|victory|win|tour|visit|trip|technology|broadband|likes?|edition|version|album|single|song|book|film|series|programme|program|episode|match|game|event|award|prize|scheme|plan|project|policy|deal|brand|product|website|site|service|magazine|newspaper|paper)$/;
/** Words saying an office is held no longer. */
const FORMER = /^(former|ex|then|onetime|one-time|erstwhile)$/;

export function findAppositions(t: Tree, A: Arguments, mentions: Map<number, Mention>, chunkAt: Int32Array): Clause[] {
  const out: Clause[] = [];
  const isActor = (k: number) => mentions.get(k)?.kind === 'actor';
  const bodyOf = (r: number) => [...t.childrenBy(r, 'nmod', 'obl').filter((n) => /^(of|at|for|to)$/.test(t.caseWord(n))), ...t.childrenBy(r, 'nmod:poss')];
  for (let x = 0; x < t.tokens.length; x++) {
    if (t.rel(x) !== 'appos') continue;
    // (a phrase with its own preposition is none: "met Blair at Downing Street, on his first visit
    // to London" is when, not what Downing Street is)
    if (t.childrenBy(x, 'case').some((c) => c < x && t.upos(c) === 'ADP')) continue;
    let name = t.head(x), role = x;
    // the name may come second: "the founder of Zentek, Maria Olsen"
    if (t.upos(x) === 'PROPN' && t.upos(name) === 'NOUN') [name, role] = [role, name];
    // ("the chief executive of X": the tagger often reads "executive" as an adjective; with its
    // determiner it is a noun all the same, and its "of" phrase then comes as obl)
    const nounlike = t.upos(role) === 'NOUN' || (t.upos(role) === 'ADJ' && t.child(role, 'det') !== undefined);
    if (!nounlike) continue;
    const subjects = A.mentionsOf(name).filter(isActor);
    if (!subjects.length) continue;
    // (a person is described by a noun for people: "Alan Vale, vice president of SpeechWorks, a
    // division of ScanSoft" hangs the firm's description on him)
    const person = subjects.every((k) => mentions.get(k)?.actor?.type === 'person');
    if (person && (NOT_PEOPLE.test(t.lower(role)) || ORG_WORDS.has(t.lower(role)))) continue;
    // ("president and chief operating officer at Telewest": offices joined by "and" share the body
    // written after the last; each is held there)
    // (not one with its own determiner, a phrase of its own: "a presidential candidate and the
    // president of the party" is president of the party, candidate of nothing said; each such
    // office has its own body)
    const joined = t.childrenBy(role, 'conj').filter((c) => t.upos(c) === 'NOUN');
    const last = joined[joined.length - 1];
    const own = last !== undefined && t.childrenBy(last, 'det', 'nmod:poss').some((d) => d < last);
    const shared = bodyOf(role).length === 0 && joined.length && !own ? bodyOf(last) : [];
    // (the body is read off the last office's mention: "chairman and founder of MIT's Media Labs"
    // is chairman of the Labs, not of their founder)
    const carrier = shared.length && mentions.get(A.mentionOf(last))?.actor?.type === 'person' ? last : undefined;
    const before = out.length;
    for (const r of shared.length || own ? [role, ...joined] : [role]) {
      for (const n of shared.length ? shared : bodyOf(r)) {
        const c = office(name, subjects, r, n, carrier ?? r);
        if (c) out.push(c);
      }
    }
    // ("Tom Vale, head of strategy at Zentrix Capital": an office of a department, "of" and a bare
    // noun, is held at the body after it, which the parser hangs on the department or on the name)
    const dept = out.length === before && !joined.length ? t.childrenBy(role, 'nmod').find((n) => n === role + 2 && t.caseWord(n) === 'of' && t.upos(n) === 'NOUN' && t.child(n, 'det') === undefined) : undefined;
    if (dept !== undefined) {
      const at = [...t.childrenBy(dept, 'nmod'), ...t.childrenBy(name, 'nmod')].filter((n) => n > dept && /^(at|for|with)$/.test(t.caseWord(n)));
      for (const n of at.slice(0, 1)) {
        const c = office(name, subjects, role, n, role, dept);
        if (c) out.push(c);
      }
    }
  }
  return out;

  /** The fact "name –role of/at→ n", or undefined when n names no other actor. */
  function office(name: number, subjects: number[], role: number, n: number, carrier: number, dept?: number): Clause | undefined {
    const own = A.mentionOf(carrier);
    // (a work its maker made is an object too, named but no actor: "creator of The Simpsons")
    const work = WORK_MAKERS.test(t.lower(role));
    const objects = A.mentionsOf(n).filter((k) => (isActor(k) || (work && mentions.get(k)?.kind === 'concept')) && !subjects.includes(k));
    // ("Pedro Silva, the ambassador of Brazil": the office and its country are read as one
    // mention, "the Brazilian ambassador"; the country is the mention's office holder's)
    const holder = objects.length === 1 && objects[0] === own ? mentions.get(own)?.role?.of : undefined;
    // ("Brazil recalled its ambassador, Pedro Silva": a possessive pronoun is whose, resolved
    // later with the document, extract/analyse.ts)
    // (only an office or a tie: "his visit, …" or "his inauguration, …" is a misparse, not a fact)
    const tie = TITLES.has(t.lower(role)) || AFFILIATION_ROLES.has(t.lower(role)) || TIE_NOUNS.has(t.lower(role));
    const pronoun = tie && t.rel(n) === 'nmod:poss' && POSSESSIVE_PRONOUN.test(t.lower(n)) && (!objects.length || objects[0] === own) ? n : undefined;
    if (pronoun === undefined && (!objects.length || (objects[0] === own && !holder))) return undefined;
    // (its rank stays: "chief executive of", "deputy leader of")
    // (so does the office "general" follows: "director general of", "attorney general of")
    const rank = role > 0 && t.head(role - 1) === role && (RANKS.test(t.lower(role - 1)) || t.lower(role) === 'general') && t.lower(role - 1) !== t.lower(role) ? `${t.lower(role - 1)} ` : '';
    // ("Tom Vale, a former chairman of Zentrix": held no longer, said in the label as officeLabel says it)
    const former = t.childrenBy(role, 'amod').some((c) => c < role && FORMER.test(t.lower(c)));
    const word = (former ? 'former ' : '') + rank + t.lemma(role) + (dept !== undefined ? ` of ${t.lower(dept)}` : '');
    const label = `${word} ${t.rel(n) === 'nmod:poss' ? 'of' : t.caseWord(n)}`;
    return {
      subjects, objects, head: role, vg: chunkAt[role], rel: [role, role + 1], arg1: t.span(name), arg1s: [t.span(name)], args: [t.span(n)], objectArgs: 0,
      verb: { lemmas: [word], lemma: word, label, negated: false, modality: 'asserted', tense: former ? 'past' : 'present', passive: false }, rule: 'appos', view: 'graph',
      ...(holder ? { objectActors: [holder] } : pronoun !== undefined ? { objects: [], objectPronoun: pronoun } : {}),
    };
  }
}
