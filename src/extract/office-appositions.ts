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
    if (t.rel(x) !== 'appos') continue;
    const a = A.mentionOf(t.head(x)), b = A.mentionOf(x);
    if (a < 0 || b < 0 || a === b) continue;
    if (isOffice(mentions.get(b)) && isNamedPerson(mentions.get(a))) out.set(b, a);
    else if (isOffice(mentions.get(a)) && isNamedPerson(mentions.get(b))) out.set(a, b);
  }
  return out;
}

/** An office with no name: "the mayor of London", "the Bolivian president", "the minister". */
function isOffice(m: Mention | undefined): boolean {
  if (!m) return false;
  if (m.kind === 'generic') return m.ref?.want === 'person';
  return m.kind === 'actor' && m.actor?.type === 'person' && !!m.role && m.actor.id === slug(`${m.role.of?.id ?? ''} ${m.role.title}`.trim());
}

function isNamedPerson(m: Mention | undefined): boolean {
  return m?.kind === 'actor' && m.actor?.type === 'person' && !isOffice(m);
}
