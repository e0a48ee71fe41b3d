/**
 * actorgraph/extract/home-republic — "the president of the Republic" is the home country's.
 *
 * Wire copy from a republic calls its own state "the Republic" in its head of state's title ("THE
 * PRESIDENT OF THE REPUBLIC REITERATED …", San Salvador; "the President of the Republic" in a Lima
 * interview), as the Constitution there names the office. Read as a name, "the Republic" made an
 * actor of its own and a node "Republic president" shared by every country's president. The office
 * is the document's home country's (extract/home.ts): the node that "the Salvadoran president" and
 * "the president of El Salvador" are. Only a head of state's office: "the Attorney General of the
 * Republic" or "the capital of the Republic" keep the phrase as written, and without a home country
 * ("CLANDESTINE", a story about another land) nothing changes.
 */
import type { Mention } from './mentions.js';
import { countryActor, demonymOf, type Gazetteer } from '../resolve/gazetteer.js';
import { slug } from '../resolve/names.js';

/** A head of state's title, whose "of the Republic" names the state. */
const HEAD_OF_STATE = /^president$/;

/** Is this actor "the Republic" read as a name of its own (no listed country)? */
const isBareRepublic = (id: string | undefined, name: string | undefined): boolean => id === 'republic' && /^republic$/i.test(name ?? '');

/** Rewrites each "president of the Republic" mention as the office of the home country `home` (an ISO code). */
export function homeRepublicOffices(mentions: Iterable<Mention>, home: string | undefined, g: Gazetteer): void {
  if (!home || !countryActor(g, home, '')) return;
  for (const m of mentions) {
    const of = m.role?.of, x = m.actor;
    if (m.kind !== 'actor' || !x || x.type !== 'person' || !of || !HEAD_OF_STATE.test(m.role!.title) || !isBareRepublic(of.id, of.name)) continue;
    const title = m.role!.title;
    const state = countryActor(g, home, of.mention ?? 'the Republic')!;
    m.role = { title, of: state };
    // (the unnamed office becomes the country's; a named holder keeps their name and gains the country)
    m.actor = x.id === slug(`${of.id} ${title}`) ? { id: slug(`${state.id} ${title}`), name: `${demonymOf(g, state.id, state.name)} ${title}`, type: 'person', mention: x.mention, country: state.id } : { ...x, country: x.country ?? state.id };
  }
}
