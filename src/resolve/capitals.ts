/**
 * actorgraph/resolve/capitals — when a capital city stands for its state.
 *
 * A capital is a `location` actor with its country ("central Beirut" → Beirut, LBN). News also
 * uses the capital's bare name for the government seated there ("Moscow said", "Washington and
 * Beijing agreed", "Seoul protested to Tokyo"): then it is the country. The clue is the verb: a
 * speech act, a decision or a diplomatic act is done by a government, not by a city; a bomb
 * falling on Kabul or a march through Paris happens in the city. A modifier ("central Moscow",
 * "the streets of Kabul") always keeps the city. The place a body sits is read the same way
 * ("Westminster voted" is Parliament, "the Archbishop of Westminster" and "talks in Brussels" are
 * places): the gazetteer's `seat` entries.
 *
 * The hook for the clause code: call `capitalStandsForState(endpoint, verbLemma)` for each
 * subject or object of a verb (extract/index.ts does it in `emit`): it returns the country actor
 * when the endpoint is a bare capital and the verb is a government's act, else undefined.
 */
import type { Actor } from '../types.js';
import { phraseTokens } from '../nlp/wink.js';
import { gazetteer, type GazetteerEntry } from './gazetteer.js';
import { stripDeterminer } from './names.js';

/**
 * Verbs whose doer or addressee is a government when a capital fills the slot: speech acts,
 * decisions, diplomacy and cooperation between states ("Moscow warned Washington"). Motion,
 * location and physical events (arrive, fall, host, flood) are absent on purpose: there the city
 * is the place.
 */
export const STATE_VERBS = new Set(`say tell add state announce declare claim stress warn insist deny confirm reject accuse blame
  condemn criticise criticize denounce protest urge call demand ask request appeal press pressure threaten vow pledge promise
  agree sign approve endorse ratify decide order ban impose lift sanction expel recall summon recognise recognize refuse veto
  negotiate talk meet discuss consult mediate cooperate ally support back oppose welcome praise thank offer propose invite
  respond reply retaliate dismiss suspend resume halt freeze restore normalise normalize join quit
  accept acknowledge apologise apologize decline seek want plan intend hope expect believe fear
  extradite deport legislate vote debate`.split(/\s+/).filter(Boolean));

/** Acts of force and of giving that a capital does as its state, but suffers as a city ("Moscow bombed …" / "… bombed Kyiv"). */
export const STATE_SUBJECT_VERBS = new Set(`invade attack strike bomb shell deploy send arm fund aid help provide supply grant give
  sell buy trade invest lend loan pay arrest detain release free charge indict spy hack cut withdraw leave fine`.split(/\s+/).filter(Boolean));

const bare = new Map<string, GazetteerEntry | undefined>();
/**
 * The gazetteer entry of a capital city or a body's seat named bare ("Moscow", "the Hague",
 * "Westminster"), with nothing that makes it the place; undefined otherwise. (cached: tokenising is not free)
 */
function bareSeat(a: Pick<Actor, 'type' | 'name' | 'mention'>): GazetteerEntry | undefined {
  if (a.type !== 'location') return undefined;
  const k = `${a.name}\u0000${a.mention}`;
  if (bare.has(k)) return bare.get(k);
  const key = phraseTokens(a.name).join(' ');
  const e = gazetteer().entries.get(key);
  // ("central Beirut", "Kabul's streets" are the city; "Moscow" and "the Hague" may be the state)
  const v = (e?.kind === 'capital' || e?.kind === 'seat') && phraseTokens(stripDeterminer(a.mention.trim())).join(' ') === key ? e : undefined;
  if (bare.size < 10000) bare.set(k, v);
  return v;
}

/** Is this actor a capital city named bare ("Moscow", "the Hague"), with nothing that makes it the place? */
export const bareCapital = (a: Pick<Actor, 'type' | 'name' | 'mention'>): boolean => bareSeat(a)?.kind === 'capital';

/**
 * The country a bare capital stands for as subject (default) or object of `verbLemma` ("Moscow
 * said" → Russia; "urged Beijing" → China), or the body a bare seat stands for ("Westminster
 * voted" → Parliament); undefined when the endpoint is neither or the verb is no government's act
 * in that role ("shelled Kabul" keeps the city).
 */
export function capitalStandsForState(a: Actor, verbLemma: string, role: 'subject' | 'object' = 'subject'): Actor | undefined {
  const v = verbLemma.toLowerCase();
  const stateAct = STATE_VERBS.has(v) || (role === 'subject' && STATE_SUBJECT_VERBS.has(v));
  // (the verb first, so that most endpoints skip the look-up: only a subject may be a seat acting)
  if (!a.country || (!stateAct && role !== 'subject')) return undefined;
  const seat = bareSeat(a);
  // (a body's seat that does anything is the body: "Westminster has its share of odd balls", "handled
  // by Westminster"; a city may do what its people do)
  if (!seat || !(stateAct || seat.kind === 'seat')) return undefined;
  // ("Westminster voted", "fined by Brussels": a body's seat stands for the body)
  const c = gazetteer().actors.get(seat.seatOf ?? a.country);
  const country = c?.type === 'country' ? c.id : c?.country;
  return c ? { id: c.id, name: c.name, type: c.type, mention: a.mention, ...(country ? { country } : {}), ...(a.aliases ? { aliases: a.aliases } : {}) } : undefined;
}
