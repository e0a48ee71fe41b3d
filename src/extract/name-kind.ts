/**
 * actorgraph/extract/name-kind — what kind of thing a proper name is when no dictionary knows it:
 * a person, an organisation, a place or a thing (a work, an award, a disease). The clues, strongest
 * first: head words of bodies, clubs and places ("Airways", "United", "Airport"), a cue noun before
 * the name ("phone maker Nokia", "the film X"), the entity recogniser's type, and the words' shapes.
 * Also which leading words of a capitalised run are a descriptor rather than a name ("Actress").
 */
import { gluedHyphen, nlp, its, winkKnows, type Token } from '../nlp/wink.js';
import type { Actor } from '../types.js';
import { knownSurname, knownFirstName } from '../resolve/persons.js';
import { personGender, firstNameGender } from '../resolve/gender.js';
import { TITLES, ORG_WORDS, PLACE_WORDS, EVENT_WORDS, CLUB_WORDS, ORG_CUES, WORK_CUES, DESCRIPTORS, THING_ACRONYMS, DISEASE_ACRONYMS, COMBINING_FORMS, NAME_WORD, MEDIA } from '../lexicon.js';

/** Company agent nouns that may start a capitalised run before the company's name ("Bookmaker William Hill"). */
export const RUN_CUE = /(maker|makers|giant|firm|retailer|broadcaster|publisher|insurer|lender|manufacturer|distributor)$/;

/** Currencies, which a nationality names without making people of them ("Australian dollars"). */
export const CURRENCIES = /^(dollars|pounds|euros|francs|pesos|rupees|dinars|rials|riyals|roubles|rubles|shekels|krona|kronor|crowns|marks|lire|rand|yuan|yen|won|baht)$/;

export const isCap = (t: Token) => /^[A-Z]/.test(t.text);
/** Words that qualify an office in a title ("Foreign Secretary", "Security Minister"), titles only beside one. */
export const QUALIFIERS = /^(vice|deputy|foreign|defen[cs]e|prime|interior|finance|justice|trade|economy|security|secretary-general|state|general|chief|acting|former|top|senior|assembly|affairs|home|executive|opposition)$/;
export const isTitle = (t: Token) => TITLES.has(t.lower) || /^(lt|gen|col|maj|capt|sgt|adm|gov|sen|rep|dr|mr|mrs|ms|prof|msgr|monsignor|rev|reverend|father|fr|sheikh|lord|lady|sir)\.?$/.test(t.lower) || QUALIFIERS.test(t.lower);

/** Words that open the names of places and firms, before words that may be first names ("New Line Cinema", "Great Ormond Street"). */
const NAME_OPENERS = /^(new|old|great|grand|royal|little|big|upper|lower|north|south|east|west|central|fort|port|mount|lake|saint|st|san|santa|golden|national|international|general|united|first)$/;

/** Is this word a first name, by the name list or the gender list ("Nicolas", "Dwayne")? */
export const isFirstName = (word: string): boolean => knownFirstName(word) || !!firstNameGender(word);

/** Particles inside personal names: "Hamad bin Khalifa al-Thani", "Ludwig van Beethoven". */
export const NAME_PARTICLES = /^(al|bin|ibn|bint|abu|el|ul|ur|van|von|de|da|la|le|du|der)$/;

/** Is token i a particle, hyphen or ampersand inside a name ("al", "-" in "Omar Hassan al-Bashir", "&" in "Marks & Spencer"), with name words either side? */
export function inNameParticle(tokens: Token[], i: number, a: number): boolean {
  const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
  if (i <= a || !prev || !next) return false;
  const capName = (x: Token) => x.pos === 'PROPN' && isCap(x);
  // ("Marks & Spencer": an ampersand between name words is part of a firm's name)
  // (so is an "and" that chunks.ts repairTags read into a firm's name: "Baoshan Iron and Steel Co.")
  if (t.text === '&' || (t.lower === 'and' && t.pos === 'PROPN')) return capName(prev) && capName(next);
  // "al-Bashir" (particle, hyphen, name), "Fazl-ur-Rehman" (name, hyphen, particle) and
  // "Wal-Mart", "Jean-Francois" (name, hyphen, name)
  // (and "Day-Lewis", wink's "Day" a noun: a capitalised word glued to a name word is one too)
  // (and "T-Mobile USA": a single capital letter too)
  const capWord = (x: Token) => (isCap(x) || /^[A-Z]$/.test(x.text)) && /^(PROPN|NOUN|ADJ|VERB)$/.test(x.pos);
  if (t.text === '-') return t.start === prev.end && next.start === t.end && ((NAME_PARTICLES.test(prev.lower) && capName(next)) || (capName(prev) && (NAME_PARTICLES.test(next.text) || capWord(next))) || (capWord(prev) && capName(next)));
  const before = capName(prev) || (prev.text === '-' && i - 2 >= a && capName(tokens[i - 2]));
  return NAME_PARTICLES.test(t.text) && before && (capName(next) || (next.text === '-' && !!tokens[i + 2] && capName(tokens[i + 2])));
}

/** The recogniser's entity types as actor types. */
const NE_TYPES: Record<NonNullable<Token['ne']>, Actor['type']> = { person: 'person', organization: 'organization', place: 'location' };

/** Last words that make a name a policy, a text, a scheme or an index rather than anyone. */
export const THING_HEADS = new Set(`policy policies scheme initiative strategy directive convention protocol bill law charter index
  report standards budget reforms doctrine pact code regulations census survey framework roadmap blueprint manifesto
  declaration resolution amendment constitution statute ordinance guidelines doctrine document certificate
  passport licence license visa`.split(/\s+/));

/** Is the name headed by a word for a policy, a text or a scheme ("Common Agricultural Policy")? */
export function isThingName(words: Token[]): boolean {
  return words.length >= 2 && THING_HEADS.has(words[words.length - 1].lower) && !knownFirstName(words[0].text);
}

/** The last word of a prize's category: "Best Actress", "Best New Act", "Best Foreign Language Film". */
export const AWARD_CATEGORIES = /^(actor|actress|picture|film|movie|director|album|single|song|act|newcomer|group|band|artist|screenplay|documentary|animation|score|soundtrack|video|drama|comedy|series|musical|play|revival|performance|player|team|goal|male|female|breakthrough)$/;

/** Words of other languages that start firms' names: "Deutsche Bank", "Nippon Steel", "Banco Santander". */
const FIRM_FIRST_WORDS = /^(deutsche|deutscher|nippon|banco|banca|societe|société|compagnie|credit|crédit|grupo|groupe)$/;

/** Kinds of storm, which news names with a person's first name after them. */
const STORMS = /^(hurricane|typhoon|cyclone|storm|tornado|tempest)$/;

/**
 * Peoples by faith, and peoples with no state of their own: a group of people, never a body
 * ("Muslims", "Catholics", "Kurds"; a nation's people come from the gazetteer's demonyms).
 */
const PEOPLES = /^(muslims|christians|catholics|protestants|anglicans|evangelicals|jews|hindus|sikhs|buddhists|shias|shiites|sunnis|alawites|druze|copts|mormons|kurds|tamils|uighurs|uyghurs|pashtuns|tutsis|hutus|berbers|roma|gypsies|aborigines|maoris|bedouins)$/;

/** The last word of a newspaper's or a magazine's name. */
const NEWSPAPER = /^(reporter|times|post|herald|journal|gazette|tribune|telegraph|observer|guardian|mirror|chronicle|examiner|courier|monitor|magazine|newsweek|weekly|daily|sentinel|inquirer|clarion|dispatch|bulletin|standard)$/;

/** Type of an unknown proper-name run ("Andrei Belousov" → person). */
export function properKind(words: Token[], determined = false, initial = words[0].i === 0): Actor['type'] {
  const lows = words.map((w) => w.lower);
  if (words.length === 1 && PEOPLES.test(lows[0])) return 'group';
  // ("Sainsbury's said", "analysts at Moody's": a name's possessive that ends its phrase is a firm
  // named for its founder, extract/founder-names.ts; whoever the recogniser took it for)
  if (words.length === 1 && /^[A-Z][A-Za-z]+['\u2019]s$/.test(words[0].text)) return 'organization';
  // ("the Campaign for Nuclear Disarmament": a body's name chunks.ts repairTags joined across "for" or "and")
  if (words.some((w) => w.ne === 'organization' && /^(for|and)$/.test(w.lower))) return 'organization';
  // ("Records for the Commons date back …", "Forces loyal to …": a plural body word alone, first in
  // its sentence, is the common noun, capitalised only for its place)
  if (words.length === 1 && initial && ORG_WORDS.has(lows[0]) && /[^s]s$/.test(lows[0]) && isCommonWord(words[0].text)) return 'other';
  // ("the Academy Award", "the FA Cup": a name headed by a word for an event or a prize is one,
  // whatever body words come before it)
  // (not one hyphened onto the word before, which ends a person's given name: "Kim Il-song")
  if (words.length >= 2 && EVENT_WORDS.has(lows[lows.length - 1]) && !ORG_WORDS.has(lows[lows.length - 1]) && !gluedHyphen(words, words.length - 2)) return 'other';
  // ("won Best Actress", "Best Supporting Actor", "Best British Album": a prize's category; not a
  // firm named "Best …", "Best Buy", whose last word is no performer or work)
  if (words.length >= 2 && lows[0] === 'best' && AWARD_CATEGORIES.test(lows[lows.length - 1])) return 'other';
  // ("Hurricane Ivan", "Tropical Storm Jeanne": a storm named after its kind is a thing, not a person)
  if (words.length >= 2 && lows.slice(0, -1).some((w) => STORMS.test(w))) return 'other';
  if (lows.some((w) => ORG_WORDS.has(w)) || CLUB_WORDS.has(lows[lows.length - 1])) return 'organization';
  // ("BBC Radio Wales", "Radio Cadena Nacional", "Channel Four": a broadcaster named by its medium first)
  if (words.length >= 2 && MEDIA.test(lows[0])) return 'organization';
  // ("the Hollywood Reporter", "the Jakarta Post": a paper named by a place and a paper's word is
  // the paper, whatever the recogniser made of the place)
  // (not a person's surname: "Jim Courier")
  if (words.length >= 2 && NEWSPAPER.test(lows[lows.length - 1]) && !knownFirstName(lows[0])) return 'organization';
  if (lows.some((w) => PLACE_WORDS.has(w))) return 'location';
  // ("Oxfordshire", "New Hampshire": a name ending in "-shire" is a county; not "Sarah Lancashire")
  if (/[a-z]shire$/.test(lows[lows.length - 1]) && !(lows.length >= 2 && knownFirstName(lows[lows.length - 2]))) return 'location';
  // (a word hyphened onto another is part of a compound surname, no event: "Daniel Day-Lewis")
  if (lows.some((w, i) => EVENT_WORDS.has(w) && lows[i + 1] !== '-' && lows[i - 1] !== '-')) return 'other';
  // "the Common Agricultural Policy", "the Kyoto Protocol": a name headed by a word for a policy,
  // a text or a scheme names a thing (but "Denis Law": not after a listed first name)
  if (isThingName(words)) return 'other';
  // "St Fintian's", "St Mary's": a saint's name is a school's, a church's or a hospital's, not anyone's
  if (words.length >= 2 && /^(st\.?|saint)$/.test(lows[0])) return 'organization';
  // A capitalised common noun at the start of a sentence ("Changes in …") is not a name.
  // (nor one our tagger reads as a common word there, not a name, and the recogniser leaves unnamed:
  // "Tuberculosis is …", "Shivering in a dress, …", a quote's first word "Members of …")
  // (but a word both our tagger and the recogniser read as a name is one: "Ford bought Jaguar")
  const named = words[0].upos === 'PROPN' && !!words[0].ne;
  if (words.length === 1 && initial && ((isCommonWord(words[0].text) && !named) || (!!words[0].upos && words[0].upos !== 'PROPN' && !words[0].ne && /^[A-Z][a-z]+$/.test(words[0].text)))) return 'other';
  // ("the SCH-V770", "the DX-A300": a model code, letters and digits after a hyphen, names a product;
  // not "M-19", a guerrilla group's name, with digits alone)
  if (words.length <= 3 && /^[a-z]{1,5}-[a-z]+\d+[a-z0-9]*$/.test(lows.join(''))) return 'other';
  // ("TV", "HIV", "Aids": an acronym of a thing, whatever the recogniser says)
  if (words.length === 1 && THING_ACRONYMS.has(words[0].lower) && (/^[A-Z0-9&]{2,6}$/.test(words[0].text) || DISEASE_ACRONYMS.has(words[0].lower))) return 'other';
  // The entity recogniser (nlp/ner.ts) read the name in its sentence: its type beats the guesses
  // below, which only look at the words' shapes.
  // ("The Bill will go to a third reading": a lone first name after "the" names a thing, not anyone)
  if (words.length === 1 && determined && knownFirstName(words[0].text)) return 'other';
  // ("Anglo American", "Anglo-American": two nations' combining form and adjective name a firm, not anyone)
  if (words.length >= 2 && COMBINING_FORMS.test(words[0].lower)) return 'organization';
  // ("Deutsche Telekom", "Nippon Steel", "Banco Santander", "Credit Suisse": a firm named by a word of
  // another language for its nation or trade, first; no person's name starts so)
  if (words.length >= 2 && FIRM_FIRST_WORDS.test(words[0].lower)) return 'organization';
  const ne = words[words.length - 1].ne;
  if (ne) return NE_TYPES[ne];
  const core = words.filter((w) => w.text !== '-' && !NAME_PARTICLES.test(w.text));
  // ("T-Mobile", "E-Plus": a single letter hyphened onto a name is a brand's)
  if (words.length === 3 && gluedHyphen(words, 1) && /^[A-Z]$/.test(words[0].text) && /^[A-Z][a-z]+$/.test(words[2].text)) return 'organization';
  // Two to four capitalised words read as a person's name by their shape alone, unless they start
  // with an ordinary English word that is no first name ("Standard Chartered", "Law Lords", "Daily
  // Record") or follow "the" ("the Rolling Stones"): people's names do neither, bodies' names do.
  if (core.length >= 2 && core.length <= 4 && words.every((w) => NAME_WORD.test(w.text) || /^[A-Z][a-z'\-.]+$|^[A-Z]\.$/.test(w.text) || w.text === '-' || NAME_PARTICLES.test(w.text))) {
    const first = core[0].text;
    const named = !!personGender(words.map((w) => w.text).join(' ')) || knownFirstName(first) || !winkKnows(first.toLowerCase());
    return named && !determined ? 'person' : 'organization';
  }
  if (words.length === 1 && /^[A-Z]{2,6}$/.test(words[0].text)) return 'organization';
  // "Putin", "Mugabe": a lone word that is a listed person's surname is that person
  // (not after "the": "The World" is a programme, whoever else is called World)
  // (nor first in a sentence, where any noun is capitalised: "Power needs in India …")
  if (words.length === 1 && !determined && words[0].i > 0 && knownSurname(words[0].text) && !isCommonWord(words[0].text)) return 'person';
  // "PCs", "DVDs": an acronym in the plural is a thing; "I'm" is no name at all
  if (words.length === 1 && (/^[A-Z]{2,}s$/.test(words[0].text) || /'/.test(words[0].text))) return 'other';
  return words.length === 1 ? 'organization' : 'other';
}

/**
 * Is word i of a capitalised run a descriptor before a person's name rather than a first name? A
 * listed descriptor ("Actress"), or a word our tagger reads as a common noun that the entity
 * recogniser leaves outside the person's span, when the words after it read as a person's name.
 */
export function isDescriptor(words: Token[], i: number): boolean {
  const w = words[i], rest = words.slice(i + 1);
  if (properKind(rest) !== 'person' || rest.some(isTitle)) return false;
  if (DESCRIPTORS.has(w.lower)) return true;
  // ("Conductor Marcello Viotti", "Pianist Alfred Brendel": first in the sentence, where every
  // word is capitalised, an English agent noun that no name list knows as a first name, before a
  // name that starts with a first name)
  if (w.i === 0 && rest.length >= 2 && /(?:or|er|ist|ian|ant|ent)$/.test(w.lower) && winkKnows(w.lower) && !knownFirstName(w.text)
    && !personGender(`${w.text} ${rest[rest.length - 1].text}`) && !!personGender(rest.map((t) => t.text).join(' '))) return true;
  // ("Farmer Geoff Brooks", "Unseeded Nicolas Almagro", "Australian Lynton Crosby", "Democrat John
  // Kerry": a word of the language that no name list knows as a first name, before a full name that
  // starts with one, is what the person is, not the first of three names)
  if (rest.length >= 2 && /^[A-Z][a-z]+$/.test(w.text) && isFirstName(rest[0].text) && !isFirstName(w.text) && winkKnows(w.lower)
    && !NAME_PARTICLES.test(w.lower) && !NAME_OPENERS.test(w.lower)) return true;
  return w.upos === 'NOUN' && w.ne !== 'person' && (rest[0].ne === 'person' || isCommonWord(w.text));
}

/** What a lower-case cue noun right before a name makes it ("maker Nokia" → organization, "film X" → other). */
export function nameCue(t: Token): Actor['type'] | undefined {
  return isCap(t) || t.pos === 'PROPN' ? undefined : cueOf(t.lower);
}
/** What a cue noun (lower case) makes the name after it. */
export function cueOf(lower: string): Actor['type'] | undefined {
  // (in the plural too: "US firms Google and Yahoo", "British banks Barclays and HSBC")
  if (ORG_CUES.has(lower) || (lower.endsWith('s') && ORG_CUES.has(lower.slice(0, -1))) || /(maker|makers|giants?|firms?|carriers?|retailers?|groups?)$/.test(lower)) return 'organization';
  if (WORK_CUES.has(lower)) return 'other';
  return undefined;
}

const commonWords = new Map<string, boolean>();
/** Is this capitalised word an ordinary English word when written in lower case? (cached tagger call) */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  let v = commonWords.get(w);
  if (v === undefined) {
    // Unknown words tag as NOUN too, so the test is the lemma: "changes" → "change", "arminius" stays.
    const d = nlp.readDoc(w).tokens();
    v = ['VERB', 'ADJ', 'ADV'].includes(d.out(its.pos)[0]) || d.out(its.lemma as never)[0] !== w;
    if (commonWords.size < 50000) commonWords.set(w, v);
  }
  return v;
}

