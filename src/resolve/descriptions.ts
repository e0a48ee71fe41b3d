/**
 * actorgraph/resolve/descriptions — definite descriptions that point back at a named actor:
 * "the company" is the body just named unless its name says it is another kind of body ("the
 * company" is not the Labour Party); "the party" prefers a body named "… Party"; "the president"
 * is the person last named with that office ("President Cristiani", "the Salvadoran president
 * Alfredo Cristiani"), however far back. A person description with no office on record stays
 * unresolved: "the man" after a named official is usually someone else.
 */
import type { Actor } from '../types.js';
import { salient, type Seen } from './salience.js';
import { dict, GENERIC_BY_TYPE } from '../lexicon.js';
import { gazetteer } from './gazetteer.js';

/** The kind of body a name's last word states; bodies of one kind are not described as another. */
const KIND: Record<string, string> = dict({
  company: 'firm', firm: 'firm', corporation: 'firm', corp: 'firm', inc: 'firm', ltd: 'firm', plc: 'firm', airline: 'firm',
  airlines: 'firm', holdings: 'firm', bank: 'firm', party: 'party', club: 'club', fc: 'club', team: 'club', union: 'union',
  university: 'school', college: 'school', school: 'school', council: 'council', court: 'court', ministry: 'ministry',
  department: 'ministry', agency: 'agency', army: 'army', police: 'police', committee: 'committee', commission: 'committee',
  association: 'association', federation: 'association', league: 'league', alliance: 'alliance', church: 'church',
  hospital: 'hospital', newspaper: 'paper', paper: 'paper', network: 'network', watchdog: 'watchdog', regulator: 'watchdog',
});
/** Words that fit a body of any kind. */
const ANY_BODY = /^(group|organi[sz]ation|body|institution)$/;
/** Words before an office that make it another office: "the president" is not "Vice President X". */
const OTHER_OFFICE = /^(vice|deputy|former|ex|assistant|acting|junior|shadow)$/;

/**
 * Institutions that a name must state: "the court" is no company whose name says nothing, "the
 * party" no town ("Bournemouth hosted the event before the party signed a deal"), "the watchdog" no
 * party; parties not named so are listed with "party" among their generic nouns
 * (data/organizations.json).
 */
const STATED = /^(court|ministry|council|agency|committee|commission|league|university|college|school|hospital|church|police|army|union|party|watchdog|regulator)$/;

/** Is organisation `a` a fit for "the `word`": its name's kind, or a generic noun the gazetteer lists for it ("the party": the Liberal Democrats)? */
function fits(word: string, a: Actor): boolean {
  if (ANY_BODY.test(word) || gazetteer().generic.get(word)?.includes(a.id)) return true;
  const kind = KIND[a.name.split(/\s+/).pop()!.toLowerCase()];
  if (!kind) return !STATED.test(word);
  // ("the Lib Dems asked the watchdog": a party is no watchdog, whatever it is)
  if (STATED.test(word)) return kind === KIND[word];
  return !KIND[word] || kind === KIND[word];
}

/** Does the actor's name carry the description's word ("the party" → the Labour Party)? */
export const nameCarries = (a: Actor, word: string): boolean => a.name.toLowerCase().split(/\s+/).includes(word);

/**
 * "Michael Howard says his party can save £35bn", "Mr Chavez said his country would …": the body
 * the person last named acts for (their side: "Tory leader Michael Howard") when it fits the word,
 * or that person's country; undefined when they have none. `remembered`: most recent first.
 */
export function ownBody(word: string, want: string, remembered: Seen[], sideOf: (id: string) => Actor | undefined): Actor | undefined {
  const person = remembered.find((x) => x.actor.type === 'person')?.actor;
  if (!person) return undefined;
  const side = sideOf(person.id);
  if (want === 'country') {
    // (the person's own country, else the state they hold an office of: "Bahamas' foreign minister Charles Carter")
    const id = person.country ?? (side?.type === 'country' ? side.id : undefined);
    const c = id ? gazetteer().actors.get(id) : undefined;
    return c && c.type === 'country' ? { id: c.id, name: c.name, type: 'country', country: c.id, mention: c.name } : undefined;
  }
  return side && side.type === 'organization' && (nameCarries(side, word) || fits(word, side)) ? side : undefined;
}

/** "the company", "the club", "the party": the most salient organisation in reach that fits. */
export function describedOrg(word: string, cands: Seen[], s: number): Actor | undefined {
  const orgs = cands.filter((x) => x.actor.type === 'organization');
  // a body whose name carries the word ("the party" → the Labour Party) beats a nearer one
  const named = orgs.find((x) => nameCarries(x.actor, word));
  return named?.actor ?? salient(orgs.filter((x) => fits(word, x.actor)), s);
}

/**
 * "the president", "the minister", "the spokeswoman": the most recent person (anywhere in what
 * the context remembers, most recent first in `remembered`) whose mention carried the office and
 * who passes `ok` (gender, the country the office is of).
 */
export function describedPerson(word: string, remembered: Seen[], ok: (a: Actor) => boolean): Actor | undefined {
  // ("presidential adviser Rafael Pardo Rueda has said. The official added …": a word for any
  // office of its kind names the last person said to hold one)
  // (only for someone named: "an FA spokesman … a display by the official" is the referee)
  const kind = OFFICE_KINDS[word];
  for (const x of remembered) {
    if (x.actor.type !== 'person' || !ok(x.actor)) continue;
    const named = kind !== undefined && !roleOnly(x.actor);
    const carries = (w: string) => w === word || (named && kind!.test(w));
    // ("the chancellor" is not "shadow chancellor Oliver Letwin", whose office is said again bare after his name)
    if (x.words.some((w, i) => carries(w) && i > 0 && OTHER_OFFICE.test(x.words[i - 1]))) continue;
    if (x.words.some(carries)) return x.actor;
  }
  return undefined;
}

/** Is the person known only by an office ("FA spokesman", "Chilean ambassador"), no name? */
const roleOnly = (a: Actor): boolean => GENERIC_BY_TYPE[a.name.split(/\s+/).pop()!.toLowerCase()] === 'person';

/** Seats in a legislature: "the lawmaker", "the legislator". */
const LAWMAKERS = /^(senator|deputy|congressman|congresswoman|legislator|mp|representative|assemblyman|lawmaker)$/;

/** Words for any office of a kind, and the offices they cover ("the official" is no president). */
const OFFICE_KINDS: Record<string, RegExp> = dict({
  official: /^(minister|secretary|adviser|advisor|spokesman|spokeswoman|spokesperson|ambassador|envoy|consul|governor|mayor|commissioner|undersecretary|prosecutor|attorney)$/,
  diplomat: /^(ambassador|envoy|consul|charge|attache|diplomat)$/,
  officer: /^(colonel|general|major|captain|lieutenant|sergeant|commander|admiral|inspector|superintendent|constable|officer)$/,
  lawmaker: LAWMAKERS,
  legislator: LAWMAKERS,
});

/** Is the actor a country's generic body, named by its nationality ("esp-group", "gbr-firm"), not a firm? */
const nationalGeneric = (x: Actor): boolean => !!x.country && x.id.startsWith(`${x.country.toLowerCase()}-`);

/** Words for a firm that news puts after its nationality: "the Spanish group", "the US giant". */
const FIRM_WORDS = /^(company|firm|group|giant|bank|carrier|airline|maker|carmaker|operator|retailer|broadcaster|insurer|lender|brewer|conglomerate|chain|corporation|concern)$/;

/**
 * "Madrid-based Ferrovial … The Spanish group has been keen to …": a definite description by
 * nationality and kind of firm (read as the country's generic body, `a`, "esp-group") is the
 * most salient organisation of that country in reach that fits the word; undefined when none is
 * ("a Spanish group", or a story that names no Spanish firm, keeps the generic body).
 */
export function nationalFirm(a: Actor, mention: string, cands: Seen[], s: number): Actor | undefined {
  const cc = a.country?.toLowerCase();
  const word = cc && nationalGeneric(a) ? a.id.slice(cc.length + 1) : '';
  // (just the nationality between the article and the word, written in the singular: not "the
  // two Japanese companies", nor "the Nigerian central bank", a body of the state)
  const words = mention.trim().split(/\s+/);
  if (!FIRM_WORDS.test(word) || !/^(the|this)$/i.test(words[0]) || words[words.length - 1].toLowerCase() !== word || !words.slice(1, -1).every((w) => /^[A-Z]/.test(w))) return undefined;
  const firms = cands.filter((x) => x.actor.type === 'organization' && x.actor.country === a.country && !nationalGeneric(x.actor));
  // ("Marks & Spencer … The British firm": a firm whose country nobody has told is the one the
  // description names when it is the only firm of the last two sentences)
  // (any country's generic body is left out by its code-shaped id; so, with it, is a firm whose
  // name's first word has three letters, "BAE Systems": a known imprecision, kept)
  const near = cands.filter((x) => x.actor.type === 'organization' && s - x.sentence <= 2 && !/^[a-z]{3}-/.test(x.actor.id));
  const lone = new Set(near.map((x) => x.actor.id)).size === 1 && !near[0].actor.country ? near : [];
  return describedOrg(word, firms, s) ?? describedOrg(word, lone, s);
}
