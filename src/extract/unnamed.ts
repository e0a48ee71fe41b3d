/**
 * actorgraph/extract/unnamed — agents named by what they are, not who: "the army shelled the
 * town", "the government denied it", "guerrillas attacked the farm", "drug traffickers killed a
 * judge". Left as concepts they are dropped as subjects, which loses most perpetrators of wire
 * copy. Read here, after every mention of the document is known:
 *
 *  - a state's agent (lexicon UNNAMED_STATE) with no country written takes the document's home
 *    country (extract/home.ts), as "the Salvadoran army" takes SLV (same id: slv-army); with no
 *    home it stays a concept;
 *  - an armed agent outside the state (lexicon UNNAMED_ARMED) becomes a group of the home country
 *    ("Salvadoran guerrillas", slv-guerrilla, as the demonym path makes it) or, with no home, a
 *    generic group ("group:guerrilla"); it carries what coreference needs to join it to a named
 *    armed group (resolve/armed-groups.ts), which analyse.ts asks for when it resolves mentions;
 *  - "terrorists of the FMLN": an armed agent "of" a named body is that body.
 *
 * Only the whole phrase counts, less determiners and numbers ("the", "three", "some"): "the local
 * government" or "army doctors" are not the state, and "its army" belongs to its owner.
 */
import type { Actor } from '../types.js';
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import { spanText, type Mention } from './mentions.js';
import { demonymOf, type Gazetteer } from '../resolve/gazetteer.js';
import type { Home } from './home.js';
import { slug } from '../resolve/names.js';
import { POSSESSIVES, UNNAMED_ARMED, UNNAMED_STATE } from '../lexicon.js';

/** Words before the phrase that say how many, not what: "the", "three", "some", "about 50". */
const QUANTITY = /^(the|a|an|some|several|many|few|other|these|those|about|approximately|around|more|than|at|least|dozens|hundreds|scores|numerous|various|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)$/;
const DEFINITE = /^(the|these|those)$/;
/** Words for what the writer thinks of an agent, not which it is: "the repressive national police", "the fascist army". */
const EVALUATIVE = /^(repressive|fascist|criminal|murderous|puppet|genocidal|corrupt|brutal|so-called|treacherous|cowardly|heroic|valiant|glorious|brave|heinous)$/;

/** A military unit and the words that name it, with its men after it or not: "atonal battalion troops". */
const MILITARY_UNIT = /^((?:\d+(?:st|nd|rd|th) )?[a-z][a-z-]+(?: [a-z][a-z-]+)?) (battalion|brigade|regiment|detachment)(?: (?:troops|soldiers|members|units?|men))?$/;
/** First words that say what kind of unit, not which: "an army battalion", "the infantry brigade". */
const GENERIC_UNIT_WORDS = /^(army|infantry|military|elite|special|rapid|police|marine|artillery|airborne|engineering|engineer|counterinsurgency|reaction|security|tank|armored|armoured|paratroop|mechanized|mechanised|commando|local|government|rebel|guerrilla|same|whole|entire|first|second|third|new|another|one|this|that|its|their)$/;

/** The mention's words less its leading quantity words, lower case: "the armed forces" → "armed forces". */
function phrase(tokens: Token[], a: number, b: number): { words: string; definite: boolean } {
  let i = a;
  while (i < b - 1 && (tokens[i].upos === 'NUM' || tokens[i].pos === 'NUM' || QUANTITY.test(tokens[i].lower) || EVALUATIVE.test(tokens[i].lower))) i++;
  let words = '';
  for (let j = i; j < b; j++) words += (j > i ? ' ' : '') + tokens[j].lower;
  return { words, definite: DEFINITE.test(tokens[a].lower) };
}

/**
 * Words before an armed agent's noun that make it the state's or no longer armed: "army
 * commandos", "police snipers", "former guerrillas".
 */
const NOT_ARMED_MODIFIER = /^(army|military|police|government|navy|naval|air|airborne|security|state|national|federal|official|soldiers|troops|special|former|ex-.*|demobilized|demobilised|reintegrated)$/;

/**
 * The armed agent a phrase names (its quantity words gone): the lexicon's phrase itself, else its
 * longest listed tail after words that only say what kind ("alleged guerrilla urban commandos",
 * "leftist guerrillas", "hired gunmen", "unidentified individuals in a car"): the lexicon lists
 * the agent, not every way of describing it.
 */
export function armedAgent(words: string): (typeof UNNAMED_ARMED)[string] | undefined {
  const exact = UNNAMED_ARMED[words];
  if (exact) return exact;
  const ws = words.split(' ');
  for (let i = 1; i < ws.length; i++) {
    const tail = UNNAMED_ARMED[ws.slice(i).join(' ')];
    if (tail) return ws.slice(0, i).some((w) => NOT_ARMED_MODIFIER.test(w) || !/^[a-z][a-z-]*$/.test(w)) ? undefined : tail;
  }
  return undefined;
}

/** Participles by which wire copy describes people it cannot name: "two men riding a motorcycle". */
const DESCRIBED_BY = /^(riding|traveling|travelling|wearing|dressed|disguised|carrying|driving|aboard|masked|hooded)$/;

/**
 * "two men riding a motorcycle shot the judge", "several men traveling in two vehicles": men or
 * individuals known only by what they rode or wore are unidentified individuals (a plural noun,
 * the participle right after it).
 */
function describedStrangers(tokens: Token[], m: Mention, words: string): (typeof UNNAMED_ARMED)[string] | undefined {
  if (!/^(men|individuals|persons|people|youths|subjects)$/.test(words) || !DESCRIBED_BY.test(tokens[m.end]?.lower ?? '')) return undefined;
  return UNNAMED_ARMED['unidentified individuals'];
}

/** The node for an agent of the home country: the same id and kind as the demonym path would make. */
export function homeActor(home: string, key: string, name: string, type: Actor['type'], mention: string, g: Gazetteer): Actor {
  return { id: slug(`${home} ${key}`), name: `${demonymOf(g, home, g.actors.get(home)?.name ?? home)} ${name}`, type, mention, country: home };
}

/**
 * State bodies named with their country so far in the document, by id word ("army" → the Nigerian
 * army); null when two countries' have been. One per document, made by the caller, passed to each sentence in order.
 */
export type SeenBodies = Map<string, Actor | null>;

/**
 * A name no dictionary knows, made from capitals alone: truecased wire copy and the recogniser
 * read "THE NATIONAL GUARD" as a body named "Guard", and a sentence-initial "Police" is a name by
 * its capital. Whether it is an unnamed agent is then up to its words.
 */
function unknownName(m: Mention, g: Gazetteer): boolean {
  return m.kind === 'actor' && !!m.actor && !m.role && m.actor.type !== 'country' && m.actor.type !== 'location' && !g.actors.has(m.actor.id) && m.actor.id === slug(m.actor.name);
}

/**
 * Turns the sentence's unnamed agents into actors (in place). `home`: the document's home
 * country, if any. `mentions` maps chunk index → mention.
 */
export function readUnnamedAgents(tokens: Token[], chs: Chunk[], mentions: Map<number, Mention>, home: Home | undefined, g: Gazetteer, seen: SeenBodies): void {
  for (const [k, m] of mentions) {
    // "the Congress", "the Senate": a dictionary's body named by its generic words alone is the
    // home country's in a story from elsewhere (the gazetteer's "Congress" is the US one)
    const known = m.kind === 'actor' && !!m.actor?.country && !!home && home.country !== m.actor.country && g.actors.has(m.actor.id);
    const body = known ? UNNAMED_STATE[phrase(tokens, m.start, m.end).words.replace(/^the /, '')] : undefined;
    if (body?.as === 'body') {
      m.actor = homeActor(home!.country, body.key, body.name, body.type, m.text, g);
      continue;
    }
    if (!(m.kind === 'concept' || m.kind === 'generic' || unknownName(m, g)) || m.owner || m.country || POSSESSIVES.has(tokens[m.start].lower)) continue;
    let { words, definite } = phrase(tokens, m.start, m.end);
    // "the ministry of defense": the chunker ends the phrase at "of"
    const of = chs[k + 1]?.kind === 'ADP' && tokens[chs[k + 1].start].lower === 'of' ? mentions.get(k + 2) : undefined;
    const whole = of && (of.kind === 'concept' || unknownName(of, g)) ? `${words} of ${phrase(tokens, of.start, of.end).words}` : undefined;
    if (whole && UNNAMED_STATE[whole]) {
      words = whole;
      m.end = of!.end;
      m.text = spanText(tokens, m.start, m.end);
      of!.kind = 'none';
    } else if (m.kind === 'generic') continue;
    // (a name made from capitals keeps its own words: "Tuareg rebels" are no generic rebels)
    const armed = m.kind === 'actor' ? UNNAMED_ARMED[words] : armedAgent(words) ?? describedStrangers(tokens, m, words);
    if (armed) {
      // "terrorists of the FMLN", "guerrillas of the Shining Path", "terrorists from the FAL": the named body itself
      const nx = mentions.get(k + 2);
      if (chs[k + 1]?.kind === 'ADP' && /^(of|from)$/.test(tokens[chs[k + 1].start].lower) && nx?.kind === 'actor' && (nx.actor?.type === 'group' || nx.actor?.type === 'organization')) {
        m.kind = 'actor';
        m.end = nx.end;
        m.text = spanText(tokens, m.start, m.end);
        m.actor = { ...nx.actor, mention: m.text };
        nx.kind = 'none';
        continue;
      }
      m.kind = 'actor';
      m.actor = home ? homeActor(home.country, armed.key, armed.name, 'group', m.text, g) : { id: `group:${slug(armed.key)}`, name: armed.name, type: 'group', mention: m.text };
      m.unnamed = { join: armed.join, definite, ...(home ? { country: home.country } : {}) };
      continue;
    }
    // "Atonal Battalion troops", "the 6th Infantry Brigade": a unit named by the words before its
    // kind is a body of the home country's forces (wire copy lowers the name with everything else)
    const unit = home ? MILITARY_UNIT.exec(words) : null;
    if (unit && !GENERIC_UNIT_WORDS.test(unit[1].split(' ')[0])) {
      const name = `${unit[1]} ${unit[2]}`.replace(/\b([a-z])/g, (c) => c.toUpperCase());
      m.kind = 'actor';
      m.actor = { id: slug(`${home!.country} ${name}`), name, type: 'organization', mention: m.text, country: home!.country };
      continue;
    }
    // ("national police members", "army troops": a state body's members act as the body)
    const members = /^(.+) (members|troops|soldiers|agents|officers|personnel|units?|men)$/.exec(words);
    const state = UNNAMED_STATE[words] ?? (members && UNNAMED_STATE[members[1]]?.as === 'body' ? UNNAMED_STATE[members[1]] : undefined) ?? (m.kind === 'concept' ? policeOfKind(words) : undefined);
    // ("a government dedicated to …" is any government; "ministers from Asian governments" say whose)
    if (!state || /^(a|an)$/.test(tokens[m.start].lower) || (!whole && of) || (chs[k + 1]?.kind === 'ADP' && tokens[chs[k + 1].start].lower === 'from')) continue;
    // "the Nigerian army … the army": a definite description is the one body of that kind the
    // document has named so far, when only one country's has been (before any home country)
    const earlier = definite && state.as !== 'state' ? seen.get(slug(state.key)) : undefined;
    if (earlier) {
      m.kind = 'actor';
      m.actor = { ...earlier, mention: m.text };
      continue;
    }
    if (!home || (state.as === 'personnel' && !home.viaDateline)) continue;
    const c = g.actors.get(home.country);
    if (!c) continue;
    m.kind = 'actor';
    m.actor = state.as === 'state' ? { id: c.id, name: c.name, type: c.type, mention: m.text, country: c.id } : homeActor(home.country, state.key, state.name, state.type, m.text, g);
  }
  // remember the state bodies named with their country ("the Nigerian army" → nga-army under "army")
  for (const m of mentions.values()) {
    const a = m.kind === 'actor' ? m.actor : undefined;
    if (!a?.country || a.type === 'country') continue;
    const key = a.id.startsWith(`${a.country.toLowerCase()}-`) ? a.id.slice(a.country.length + 1) : undefined;
    if (!key || !STATE_KEYS.has(key)) continue;
    const prev = seen.get(key);
    seen.set(key, prev === undefined || prev?.id === a.id ? { ...a } : null);
  }
}

/** Words before "police" that say where or whose, not which force: "the local police", "the Lima police" (a name, read elsewhere). */
const NOT_A_FORCE = /^(local|city|town|village|provincial|departmental|regional|the|a|an|this|that|these|those|our|their|its|his|her|other|same|former|some|any|no|two|three|several|many)$/;
/** A nationality's adjective, spelt as a dictionary may not know it ("the ecuadoran police"): whose police, not which (metropolitan is a kind). */
const NATIONALITY = /^(?!metropolitan$)[a-z]+(an|ese|ish|i)$/;

/**
 * "the federal police", "the secret police", "THE NARCOTICS POLICE": a police force named by its
 * kind (one lower-case word, in a phrase no name was read in) is a body of the home country, as
 * "the national police" is: one node per kind ("Federal Police"), not the police at large.
 */
function policeOfKind(words: string): (typeof UNNAMED_STATE)[string] | undefined {
  const m = /^([a-z][a-z-]+) police$/.exec(words);
  if (!m || NOT_A_FORCE.test(m[1]) || NATIONALITY.test(m[1])) return undefined;
  const name = `${m[1][0].toUpperCase()}${m[1].slice(1)} Police`;
  return { as: 'body', key: `${m[1]} police`, type: 'organization', name };
}

/** The id words of state bodies ("army", "force", "national-guard"), as slugs. */
const STATE_KEYS = new Set(Object.values(UNNAMED_STATE).filter((x) => x.as !== 'state').map((x) => slug(x.key)));
