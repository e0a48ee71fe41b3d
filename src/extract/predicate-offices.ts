/**
 * actorgraph/extract/predicate-offices — offices the text gives someone in its predicate: "Tom Vale
 * is the Peru coach", "was named Peru coach", "became chairman of Zentrix", "One manager who got it
 * right is Walter Smith". Coreference (resolve/descriptions.ts) finds "the new coach" or "the
 * Scotland manager" by the office words a person's mentions carried; an office told of them in a
 * clause counts as one, or the description stays a node of its own ("Scottish manager") and the
 * "he" after it goes to that node.
 */
import type { Tree } from './tree.js';
import type { Arguments } from './arguments.js';
import type { Mention } from './mentions.js';
import { TITLES } from '../lexicon.js';

/** Verbs that give their subject the office their complement names: "was named coach", "became chairman". */
const GIVES_OFFICE = /^(name|appoint|elect|become|make|install|confirm|choose|select)$/;

export interface PredicatedOffice {
  /** The mention of the one who holds it. */
  holder: number;
  /** The office noun ("coach", "manager"). */
  title: string;
  /** The mention of the office phrase ("Peru coach", "the new Scotland manager"). */
  office: number;
}

/** The offices a sentence's predicates give: "X is (the) … office", "X was named/became … office", "the office … is X". */
export function predicatedOffices(t: Tree, args: Arguments, mentions: Map<number, Mention>): PredicatedOffice[] {
  const out: PredicatedOffice[] = [];
  const office = (x: number) => t.upos(x) === 'NOUN' && TITLES.has(t.lower(x));
  const person = (x: number) => { const k = args.mentionOf(x); return k >= 0 && mentions.get(k)?.actor?.type === 'person' ? k : -1; };
  const add = (holderWord: number, officeWord: number) => {
    const holder = person(holderWord), k = args.mentionOf(officeWord);
    if (holder >= 0 && k >= 0 && holder !== k) out.push({ holder, title: t.lower(officeWord), office: k });
  };
  for (let x = 0; x < t.tokens.length; x++) {
    const subj = t.child(x, 'nsubj', 'nsubj:pass');
    // "Tom Vale is the Peru coach"
    if (office(x) && t.child(x, 'cop') !== undefined && subj !== undefined) add(subj, x);
    // "One manager who got it right is Walter Smith": the office is the subject, the name the predicate
    if (t.upos(x) === 'PROPN' && t.child(x, 'cop') !== undefined && subj !== undefined && office(subj)) add(x, subj);
    // "was named Peru coach", "became chairman of Zentrix"
    // (an active "appointed Tom Vale coach" the parser reads as one noun phrase, whose mention
    // carries the office itself)
    if (office(x) && /^(xcomp|obj)$/.test(t.rel(x)) && GIVES_OFFICE.test(t.lemma(t.head(x)))) {
      const s = t.child(t.head(x), 'nsubj:pass', 'nsubj');
      if (s !== undefined) add(s, x);
    }
  }
  return out;
}
