/**
 * actorgraph/extract/office-appositions — "Mr Livingstone, the mayor of London, …": an office in
 * apposition to a named person is that person, not a second, unnamed office holder. Without this,
 * "the mayor" later in the article finds the unnamed "London mayor" (the last mention that carried
 * the office) instead of Livingstone, and the graph gets a node for the office beside the person.
 */
import { slug } from '../resolve/names.js';
import type { Tree } from './tree.js';
import type { Arguments } from './arguments.js';
import type { Mention } from './mentions.js';

/** Office mention → the named person's mention it stands in apposition to. */
export function officeAppositions(t: Tree, A: Arguments, mentions: Map<number, Mention>): Map<number, number> {
  const out = new Map<number, number>();
  for (let x = 0; x < t.tokens.length; x++) {
    // ("Mirza, the first Indian woman to …, will face": the parser often hangs the name on the verb
    // as discourse and makes the description the subject; a comma between them says apposition)
    const loose = LOOSE.has(t.rel(x)) ? t.child(t.head(x), 'nsubj') : undefined;
    // (x's subtree, walked only for the two readings that look at its commas: a walk for every
    // word made this loop quadratic in the sentence's length)
    const [st, end] = loose !== undefined || t.rel(x) === 'list' ? t.span(x, NO_PUNCT) : [-1, -1];
    // ("Rod Eddington, BA's chief executive, said": the parser may call the apposition a list)
    // (its subtree may start at its own comma)
    const listed = t.rel(x) === 'list' && (t.lower(st) === ',' || t.lower(st - 1) === ',');
    // ("Alan Garcia is the president of Peru": a copula's subject is the office it predicates)
    // ("The president of Peru is Alan Garcia" the other way round)
    const copular = t.child(x, 'cop') !== undefined && /^(NOUN|PROPN)$/.test(t.upos(x)) ? t.child(x, 'nsubj') : undefined;
    const pair = t.rel(x) === 'appos' || listed ? t.head(x) : copular !== undefined ? copular : loose !== undefined && loose > x && t.lower(end) === ',' && end + 1 === t.span(loose, NO_PUNCT)[0] ? loose : undefined;
    if (pair === undefined) continue;
    const a = A.mentionOf(pair), b = A.mentionOf(x);
    if (a < 0 || b < 0 || a === b) continue;
    if (isOffice(mentions.get(b)) && isNamedPerson(mentions.get(a))) out.set(b, a);
    else if (isOffice(mentions.get(a)) && isNamedPerson(mentions.get(b))) out.set(a, b);
  }
  return out;
}

const LOOSE: ReadonlySet<string> = new Set(['discourse', 'vocative', 'dep']);
const NO_PUNCT: ReadonlySet<string> = new Set(['punct']);

/** An office or description with no name: "the mayor of London", "the Bolivian president", "the minister", "an Indian woman". */
function isOffice(m: Mention | undefined): boolean {
  if (!m) return false;
  if (m.kind === 'generic') return m.ref?.want === 'person';
  if (m.kind !== 'actor' || m.actor?.type !== 'person') return false;
  // (or a description by nationality: "the first Indian woman" is the actor "ind-woman")
  const c = m.actor.country;
  return (!!m.role && m.actor.id === slug(`${m.role.of?.id ?? ''} ${m.role.title}`.trim())) || (!!c && m.actor.id.startsWith(`${c.toLowerCase()}-`));
}

function isNamedPerson(m: Mention | undefined): boolean {
  return m?.kind === 'actor' && m.actor?.type === 'person' && !isOffice(m);
}
