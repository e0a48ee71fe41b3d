/**
 * actorgraph/resolve/teams — in a sports report, a country or a city named as a side is its team.
 *
 * "Wales beat England", "Shanklin will start for Wales", "Chelsea have not played Barcelona": a
 * match report names teams by their country or city, and read as places these make the United
 * Kingdom beat itself and a footballer act for a state. A report is a sports report when its words
 * say so (several distinct words that only sport uses: "striker", "referee", "semi-final"); there,
 * a country or place that is a party to a clause (not where something happens: "in Cardiff") is
 * the team of that name, an organisation of that country.
 */
import type { Actor } from '../types.js';
import { displayCase, slug, stripDeterminer } from './names.js';
import { gazetteer } from './gazetteer.js';
import { firstNameGender } from './gender.js';
import { CLUB_WORDS, PLACE_WORDS } from '../lexicon.js';

/**
 * Words (lower case) that, between them, only sports reporting uses. Each is one vote; ambiguous
 * ones ("match", "cup", "race", "title", "player") are left out, since a political story uses them too.
 */
const SPORT_WORDS = new Set(`striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers keeper
  referee referees winger wingers fly-half scrum-half flanker scrum scrums lineout line-out touchline
  penalty penalties free-kick free-kicks equaliser equalizer hat-trick half-time semi-final semi-finals
  quarter-final quarter-finals premiership fixture fixtures kick-off goalless stoppage-time injury-time
  wicket wickets innings batsman batsmen bowler bowlers grand-slam tie-break sprinter sprinters
  hurdler hurdles marathon athletics olympic olympics medallist medallists world-record tournament
  squad squads coach goals goal uefa fifa rfu iaaf wimbledon football footballer footballers tennis rugby cricket
  stadium matches seeded team-mate team-mates debutant uncapped skipper skippers full-back full-backs centre-back
  centre-backs playmaker wooden-spoon relegation athlete athletes cross-country jumper jumpers hurdler
  unseeded backhand backhands forehand forehands tiebreak tiebreaks double-fault double-faults set-point
  match-point break-point birdie birdies bogey bogeys fairway fairways putt putts`.split(/\s+/).filter(Boolean));

/** Names of competitions, each one vote like a sports word: "the Six Nations contest against Scotland". */
const COMPETITIONS = /\b(six nations|champions league|premier league|world cup|davis cup|fed cup|ryder cup|heineken cup|fa cup|carling cup|uefa cup|super bowl|tour de france|grand prix|test match|one-day international)\b/g;

/** Squads of violence or policing, which a political story names. */
const NOT_SPORT_SQUADS = /\b(?:death|terror|antiterror|anti-terror|antiterrorist|anti-terrorist|hit|firing|bomb|riot|vice|drug|drugs|assassination|police|army|special|commando|security)\s+squads?\b/g;

/** How many distinct sports words, and how many in all, make a sports report. */
const MIN_DISTINCT = 2;
const MIN_TOTAL = 3;

/** Does this document read as a sports report? */
export function isSportsReport(text: string): boolean {
  const seen = new Set<string>();
  let total = 0;
  // ("death squads", "the army's antiterror squad": squads that are no sport's)
  const lower = text.toLowerCase().replace(NOT_SPORT_SQUADS, ' ');
  for (const w of lower.match(/[a-z][a-z'-]*/g) ?? []) if (SPORT_WORDS.has(w)) { seen.add(w); total++; }
  for (const c of lower.match(COMPETITIONS) ?? []) { seen.add(c); total++; }
  return seen.size >= MIN_DISTINCT && total >= MIN_TOTAL;
}

/**
 * Prepositions that put a clause somewhere or somewhen, not against someone: a place after them
 * stays the place ("in Cardiff", "to Paris", "from Italy").
 */
const PLACE_PREPOSITIONS = /\b(in|at|near|from|to|into|across|around|outside|inside|through|throughout|via|within|on)$/;

/** Words for a state's agents, which stay the state in a sports report. */
const STATE_AGENTS = /\b(authorities|government|ministry|officials?|police|army|president|minister|parliament|embassy|regime|administration)\b/i;

/** Offices of a state, never of a team: "minister of", "president of", "ambassador of". */
const STATE_OFFICES = /\b(minister|president|premier|chancellor|ambassador|envoy|secretary|mp|mep|senator|governor|mayor|king|queen|prince|official|judge|prosecutor)\s+of$/;

/**
 * Last words of a ground's name: a match is played at "Lansdowne Road", "Stamford Bridge" or
 * "Seville's Olympic Stadium", which are places and never a side.
 */
const VENUE_WORDS = /^(stadium|stadio|stade|estadio|ground|grounds|park|road|lane|arena|field|oval|bridge|bowl|dome|centre|center|court|courts|velodrome|racecourse|circuit|camp)$/i;

/**
 * Is this place a ground, or a person the recogniser read as a place ("Dwain Chambers", a first
 * name before another word that no dictionary lists as a place), rather than a town, a club or a
 * country a side may be named after?
 */
function noSide(a: Actor, written: string): boolean {
  const words = written.split(/\s+/);
  if (VENUE_WORDS.test(words[words.length - 1])) return true;
  // (not a town's or a club's name of that shape: "Nelson Town", "Florence United", "Real Madrid")
  const last = words[words.length - 1].toLowerCase(), g = gazetteer();
  return a.type === 'location' && words.length >= 2 && !!firstNameGender(words[0]) && !CLUB_WORDS.has(last) && !PLACE_WORDS.has(last) && !g.entries.has(last) && !g.entries.has(written.toLowerCase());
}

/** Pronouns that name no side by themselves ("we", "they"). */
const PRONOUN = /^(we|us|our|they|them|their|it|its)$/i;

/** Nationality words of the home nations, whose state is the United Kingdom but whose teams are their own. */
const HOME_NATIONS: Record<string, string> = { english: 'England', scottish: 'Scotland', welsh: 'Wales', british: 'Great Britain', irish: 'Ireland' };

/**
 * The team a country or place stands for as a party to a clause with this label, in a sports
 * report; undefined when the actor is no place or the label puts it somewhere.
 */
export function teamOf(a: Actor, label: string, role: 'subject' | 'object'): Actor | undefined {
  if (a.type !== 'country' && a.type !== 'location') return undefined;
  // (a state's own agents are no side in a match: "the Chinese authorities", "the government")
  if (STATE_AGENTS.test(a.mention ?? '')) return undefined;
  if (role === 'object' && PLACE_PREPOSITIONS.test(label.toLowerCase())) return undefined;
  // (a state's office is the state's, in a sports report too: "Belgian sports minister X")
  if (role === 'object' && STATE_OFFICES.test(label.toLowerCase())) return undefined;
  // named as written: "England", not the state it is part of; a pronoun or a description
  // ("we", "the hosts") names nothing, so the actor's own name does ("We team" was a node)
  // ("a resurgent Wales": the name is the mention's capitalised end, past its adjectives)
  // (a pronoun, "we" of "Wales coach Mike Ruddock", names the side as first written: resolve/coreference.ts)
  const pronoun = PRONOUN.test(a.mention ?? '');
  const mention = stripDeterminer((pronoun ? a.aliases?.[0] : undefined) ?? a.mention ?? '');
  // ("the Republic of Ireland": with the name's own small words)
  const written = mention.match(/\p{Lu}[\p{L}'.-]*(?:\s+(?:(?:of|and|the)\s+)*\p{Lu}[\p{L}'.-]*)*$/u)?.[0] ?? mention;
  if (noSide(a, written) || noSide(a, a.name)) return undefined;
  // (a nationality word names its country's team: "the French coach", "the Welsh" are the France
  // and Wales teams, one node with "France" and "Wales")
  const lower = written.toLowerCase();
  const demonym = HOME_NATIONS[lower] ?? (a.type === 'country' && gazetteer().entries.get(lower)?.kind === 'demonym' ? a.name : undefined);
  const name = demonym ?? displayCase(/^[A-Z]/.test(written) && !PRONOUN.test(written) ? written : a.name);
  const country = a.type === 'country' ? a.id : a.country;
  return { id: slug(`${name} team`), name: `${name} team`, type: 'organization', mention: a.mention, ...(country ? { country } : {}) };
}

/**
 * Verbs of play and of a player's moves: in a match report, sides and players that beat, meet, face
 * or host one another play a game, and one who joins, leaves or returns to a club, is given the
 * lead or a card or sent off moves in the game, none of it a PLOVER event (a tennis win coded
 * ASSAULT, a fixture CONSULT, a transfer COOPERATE, "gave Chelsea the lead" AID).
 */
const PLAY_VERBS = /^(beat|defeat|thrash|crush|overcome|edge|meet|face|play|host|visit|draw|lose|trounce|hammer|outplay|eliminate|knock|concede|score|strike|clash|battle|defend|tackle|overpower|outclass|whitewash|rout|give|send|receive|join|leave|return)$/;

/** Verbs of words said for or against someone, which are events in a match report too. */
const WORDS_AGAINST = /^(accuse|criticize|criticise|condemn|blame|denounce|deny|apologize|apologise|praise|thank|sue)$/;

/**
 * Is this relation a game played between two sides or players of a sports report, or a move in
 * one? Not when a state's agent is a party: "fans clashed with police" stays a clash.
 */
export function isPlay(lemma: string, subj: Actor, obj: Actor): boolean {
  if ([subj, obj].some((a) => STATE_AGENTS.test(`${a.name} ${a.mention ?? ''}`))) return false;
  // (and whatever players and teams do to one another or to things: "Wales threatened further
  // scores", "Lambert had to settle for second place", "Ruddock warned his rivals" are the game's,
  // no event PLOVER codes; a governing body, a club or a court as a party keeps its event:
  // "the IAAF suspended Kenteris")
  // (words said against someone stay what they are: "Wenger accused Van Nistelrooy of cheating")
  const inGame = (a: Actor) => a.type === 'person' || a.type === 'other' || a.id.endsWith('-team');
  // (but a keeper who "denied the England striker" saved a shot: denying a player is play)
  const words = WORDS_AGAINST.test(lemma) && !(lemma === 'deny' && obj.type !== 'other');
  return PLAY_VERBS.test(lemma) || (inGame(subj) && inGame(obj) && !words);
}
