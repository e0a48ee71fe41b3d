/**
 * actorgraph/resolve/party-families — a party named by its family's name ("the Conservatives",
 * "Labour", "the Liberal Democrats") is the party of the country the text was filed from. The
 * built-in list holds such names for one country's party (data/organizations.json: the British
 * ones); in a dispatch from Bogota "the Conservatives" are Colombia's, not the Tories.
 */
import type { Actor } from '../types.js';
import { slug } from './names.js';

/** Names of party families that many countries' parties share. */
const FAMILY = /^(conservative|conservatives|conservative party|labour|labor|labour party|labor party|liberal|liberals|liberal party|liberal democrats|social democrats|christian democrats|socialists|socialist party|communists|communist party|greens|green party)$/i;

/**
 * The actor itself, or, when it is a listed party of another country than `filedIn` (the
 * country of the document's dateline) named by its family's name, that country's party of the
 * same name.
 */
export function localParty(a: Actor, filedIn: string | undefined): Actor {
  if (!filedIn || a.type !== 'organization' || !a.country || a.country === filedIn || !FAMILY.test(a.name)) return a;
  const { aliases: _theirs, ...rest } = a;
  return { ...rest, id: `${filedIn.toLowerCase()}-${slug(a.name)}`, country: filedIn };
}
