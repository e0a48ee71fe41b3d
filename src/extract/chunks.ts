/**
 * actorgraph/extract/chunks — a sentence's tokens → a flat sequence of chunks: noun phrases,
 * verb groups, prepositions, conjunctions, punctuation. No parser: POS tags plus the
 * gazetteer (known names are atomic, so "the Republic of Belarus" is one noun phrase).
 *
 * The chunk grammar is ReVerb's view of a sentence (Fader et al., EMNLP 2011): arguments are
 * noun phrases, relation phrases are verb groups plus a following preposition.
 */
import { gluedHyphen, nounLemma, verbLemma, type Token } from '../nlp/wink.js';
import type { Gazetteer, GazetteerEntry } from '../resolve/gazetteer.js';
import { gazetteer } from '../resolve/gazetteer.js';
import { RELATIVE_TIME, TIME_NOUNS, TITLES, LOCATIVE, POSSESSIVES, COMBINING_FORMS } from '../lexicon.js';

export type ChunkKind = 'NP' | 'VG' | 'ADP' | 'CC' | 'PUNCT' | 'SCONJ' | 'REL' | 'ADV' | 'TO' | 'OTHER';

export interface Chunk {
  kind: ChunkKind;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** NP: index of the head token. VG: index of the main verb. */
  head: number;
  /** Known names inside an NP: [token start, token end, entry]. */
  names?: Array<[number, number, GazetteerEntry]>;
}

/** Marks gazetteer matches, longest first: names[i] = [length, entry]. `g`: gazetteer(settings.actors). */
export function matchNames(tokens: Token[], caseless = false, g: Gazetteer = gazetteer()): Array<[number, GazetteerEntry] | undefined> {
  const out: Array<[number, GazetteerEntry] | undefined> = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (!/^[A-Z0-9]/.test(tokens[i].text) && tokens[i].lower !== 'al') continue;
    // Only the lengths of names that start with this word are tried (hot path: every capitalised token).
    const lengths = g.firstWord.get(tokens[i].lower);
    if (!lengths) continue;
    for (const n of lengths) {
      if (i + n > tokens.length) continue;
      let key = tokens[i].lower;
      for (let q = i + 1; q < i + n; q++) key += ' ' + tokens[q].lower;
      const e = g.entries.get(key);
      if (!e) continue;
      if (e.caseSensitive && tokens.slice(i, i + n).map((t) => t.text).join('') !== e.caseSensitive.replace(/\s/g, '')) continue;
      // "Central American", "Latin American", "West African": a region's adjective, not the country's
      if (e.kind === 'demonym' && i > 0 && REGION_PREFIX.test(tokens[i - 1].lower)) continue;
      // ("Anglo-American", "Sino-Japanese", "Franco-German": a demonym after a combining form is a
      // firm's name or two nations' adjective, not the one country)
      if (e.kind === 'demonym' && i > 0 && (COMBINING_FORMS.test(tokens[i - 1].lower) || (tokens[i - 1].text === '-' && COMBINING_FORMS.test(tokens[i - 2]?.lower ?? '')))) continue;
      // ("the Pew Internet and American Life Project": a demonym after the "and" or "for" that
      // repairTags read into a body's name is a word of that name)
      if (e.kind === 'demonym' && i > 0 && tokens[i - 1].pos === 'PROPN' && tokens[i - 1].ne === 'organization' && /^(and|for)$/.test(tokens[i - 1].lower)) continue;
      // ("the Economic Commission for Africa", "the Institute for European Affairs": a place or a
      // people after a body's word and "for" is a word of the body's name, not an actor of its own)
      if (!caseless && e.kind !== 'org' && inForName(tokens, i)) continue;
      // A city beside another capitalised name is part of a longer name: "Manchester United", "Michael Jackson"
      if (e.kind === 'place' && (nameWord(tokens[i - 1]) || nameWord(tokens[i + n]))) continue;
      // ("drug lords", "the cocaine lords": a plural common noun that is a chamber's short name names
      // the chamber only alone after "the", or opening the sentence)
      if (e.kind === 'org' && n === 1 && /^(lords|commons)$/.test(key) && i > 0 && tokens[i - 1].lower !== 'the') continue;
      // A one-word organisation alias after an unknown capitalised name is that name's end: "Kanye West"
      if (e.kind === 'org' && n === 1 && nameWord(tokens[i - 1]) && !g.firstWord.has(tokens[i - 1].lower) && !caseless) continue;
      // A country or capital that is also a first name, before a surname, is a person: "Jordan Bratman"
      if (g.firstNames.has(key) && nameWord(tokens[i + n]) && !g.firstWord.has(tokens[i + n].lower) && !caseless) continue;
      // In wire copy truecased from capitals, unknown first names are lower case ("judge larry Oviedo"):
      // a place is trusted there only after a locative preposition ("IN MEDELLIN"), or before a
      // noun of its state's agents ("THE BOGOTA POLICE", "THE MEDELLIN AUTHORITIES")
      if (e.kind === 'place' && caseless && !LOCATIVE.test(tokens[i - 1]?.lower ?? '') && !LOCAL_AGENTS.test(tokens[i + n]?.lower ?? '')) continue;
      out[i] = [n, e];
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Is token i inside the capitalised words after a body's word and "for" ("the Economic Commission for Latin America")? */
function inForName(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k <= 3; k--) {
    if (tokens[k].lower === 'for') return BODY_FOR.test(tokens[k - 1].text);
    if (!/^[A-Z]/.test(tokens[k].text)) return false;
  }
  return false;
}

/** A place's agents named after it: "the Bogota police", "the Lima authorities". */
const LOCAL_AGENTS = /^(police|authorities|mayor|governor|garrison|prosecutor|prosecutors|judge|judges|court|council|municipality|prefect|police's)$/;

/** Words that open a noun phrase of their own after a time phrase: "the past ten years many priests". */
const QUANTIFIERS = /^(many|several|some|most|all|few|numerous|dozens|hundreds|thousands)$/;

/** A capitalised proper noun that is not a weekday, month or title ("Kirkuk Sunday", "Kirkuk Governor X" keep the place). */
const nameWord = (t?: Token) => !!t && t.pos === 'PROPN' && /^[A-Z][a-z]/.test(t.text) && !TIME_NOUNS.has(t.lower) && !TITLES.has(t.lower);

/** Words that make a demonym regional (lower case too: caps wire copy is truecased): "Central American" is not "American". */
const REGION_PREFIX = /^(central|latin|south|north|east|west|southern|northern|eastern|western|pan|native)$/;

const NP_INNER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Particles that make a noun of the word hyphened before them: "shake-up", "buy-out", "sell-off". */
const HYPHENED_PARTICLE = /^(up|out|off|down|over|in|on|back)$/;
const REL_WORDS = new Set(['which', 'who', 'whom', 'whose']);

/** Is token i a gerund or participle that modifies a noun ("the emerging situation")? */
function isPrenominalVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i], nx = tokens[i + 1];
  if (t.pos !== 'VERB' || !nx || nx.pos !== 'NOUN' || i === 0) return false;
  // ("have both reduced console prices": a verb the parse gives an object of its own is no modifier)
  if (t.upos === 'VERB' && tokens.some((x) => x.head === i && x.deprel === 'obj' && x.i > i)) return false;
  // ("a number of staggered stoppages", "by armed men": after a preposition only a past participle,
  // since "after killing civilians" is a gerund with its object)
  return (['DET', 'ADJ', 'PRON'].includes(tokens[i - 1].pos) && /(ing|ed)$/.test(t.lower)) || (tokens[i - 1].pos === 'ADP' && /ed$/.test(t.lower));
}

/** Adjectives that, between a copula and an infinitive, act as a modal: "is willing to". */
export const READINESS = /^(willing|unwilling|ready|prepared|able|unable|eager|reluctant|determined|keen|likely|unlikely|set|about|poised)$/;

const MODAL_WORDS = /^(may|might|can|could|will|would|shall|should|must|wo|ca|cannot)$/;

/** Suffixes that end a company's name. */
const CORPORATE = /^(Co\.?|Corp\.?|Corporation|Company|Inc\.?|Ltd\.?|Limited|plc|PLC|Group|Holdings|AG|SA|NV)$/;
/** Words that start a body's name going on with "for": "the Institute for Fiscal Studies". */
const BODY_FOR = /^(Campaign|Institute|Centre|Center|Council|Committee|Foundation|Society|Association|Alliance|Coalition|Commission|Movement|Fund|Trust|League|Office|Ministry|Department|Agency|Court|Tribunal|Bank|Organisation|Organization|Union|Board|Conference|Programme|Program)$/;
/** Words that end a public body's name, which may hold an "and": "the National Development and Reform Commission". */
const BODY_END = /^(Commission|Committee|Council|Ministry|Department|Authority|Agency|Bureau|Board|Institute|Association|Federation|Office|Service|Project|Programme|Foundation|Fund|Trust|Society|Centre|Center|Organisation|Organization|Forum)$/;

/**
 * Repairs the tagger's commonest slip on news: a verb after a modal read as an adjective or noun
 * ("Iran may close/ADJ the strait"). A word after a modal (and an optional "not"/adverb) that is
 * followed by a determiner, pronoun, noun or preposition is a verb.
 */
export function repairTags(tokens: Token[], caseless = false): void {
  // ("Peru and Chile welcome a resumption": a word wink reads as an adjective or an interjection,
  // before a determiner, that our tagger reads as a finite verb is the verb)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if ((t.pos === 'INTJ' || t.pos === 'ADJ') && t.upos === 'VERB' && /^VB[DPZ]$/.test(t.xpos ?? '') && tokens[i + 1].pos === 'DET') { t.pos = 'VERB'; t.lemma = verbLemma(t.lower); }
  }
  // ("Ford bought Jaguar", "Allied Domecq has improved …": a capitalised word wink reads as a verb,
  // at the start of a sentence above all, that our tagger reads as a proper noun standing for a
  // party in our tree is a name; not in capitals or title case, where every word is capitalised)
  if (!caseless) for (const t of tokens) {
    if (t.pos === 'VERB' && t.upos === 'PROPN' && t.xpos === 'NNP' && /^[A-Z][a-z]/.test(t.text) && NAME_RELATIONS.test(t.deprel ?? '')) { t.pos = 'PROPN'; t.lemma = t.lower; }
  }
  // ("a major shake-up of its board", "the buy-out of Zentrix", "take-up rates": a word and a
  // particle hyphened together are one noun, or a noun's modifier, not a verb and a preposition)
  for (let i = 1; i + 1 < tokens.length; i++) {
    const w = tokens[i - 1], p = tokens[i + 1];
    if (!gluedHyphen(tokens, i) || !HYPHENED_PARTICLE.test(p.lower) || !/^[a-z]+$/i.test(w.text)) continue;
    if (!/^(VERB|NOUN|ADJ|ADV)$/.test(w.pos)) continue;
    w.pos = 'NOUN';
    p.pos = 'NOUN';
  }
  // ("Jim Reed's free-kick in the draw", "a late spot-kick": the word after a glued hyphen that wink
  // reads as a verb and our tagger as a noun heads a compound noun, so the phrase runs to it)
  for (let i = 1; i + 1 < tokens.length; i++) {
    const w = tokens[i - 1], v = tokens[i + 1];
    if (!gluedHyphen(tokens, i) || !/^[a-z]+$/.test(v.text) || !/^[a-z]+$/.test(w.text)) continue;
    const misread = v.pos === 'VERB' && v.upos === 'NOUN';
    if (!misread && v.pos !== 'NOUN') continue;
    // (the compound's head: no noun or adjective after it, "a hat-trick against", not "free-kick specialist")
    if (/^(NOUN|PROPN|ADJ)$/.test(tokens[i + 2]?.pos ?? '')) continue;
    v.pos = 'NOUN';
    // (a label names the whole word, "score hat-trick against", as repairs/word-class.ts does for "buy-out")
    if (!HYPHENED_PARTICLE.test(v.lower)) v.lemma = `${w.lower}-${nounLemma(v.lower)}`;
    if (w.pos === 'VERB') w.pos = 'ADJ';
  }
  // ("hold ministers to account": "account" without "for" is the noun, as our tagger reads it
  // (nlp/analyser.ts), not an infinitive's verb)
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [to, w] = [tokens[i], tokens[i + 1]];
    if (to.lower === 'to' && w.lower === 'account' && w.pos === 'VERB' && w.upos === 'NOUN') { to.pos = 'ADP'; w.pos = 'NOUN'; w.lemma = w.lower; }
  }
  // "Marks & Spencer", "Procter & Gamble": two capitalised words joined by an ampersand are one
  // firm's name, not two actors (nor a verb: "Marks/VERB"); name-kind.ts inNameParticle reads it
  for (let i = 1; i < tokens.length - 1; i++) {
    const [x, amp, y] = [tokens[i - 1], tokens[i], tokens[i + 1]];
    if (amp.text !== '&' || !/^[A-Z]/.test(x.text) || !/^[A-Z]/.test(y.text)) continue;
    for (const t of [x, amp, y]) { t.pos = 'PROPN'; t.ne = 'organization'; }
  }
  // "Baoshan Iron and Steel Co.", "Marks and Spencer Group": capitalised words joined by "and" and
  // ending in a company's suffix are one firm's name, not two actors
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].lower !== 'and' || !/^[A-Z]/.test(tokens[i - 1].text)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && /^[A-Z]/.test(tokens[j].text) && !CORPORATE.test(tokens[j].text) && !BODY_END.test(tokens[j].text)) j++;
    const body = j < tokens.length && j > i + 1 && BODY_END.test(tokens[j].text);
    if (j >= tokens.length || j === i + 1 || (!CORPORATE.test(tokens[j].text) && !body)) continue;
    let k = i - 1;
    while (k > 0 && /^[A-Z]/.test(tokens[k - 1].text) && tokens[k - 1].pos === 'PROPN') k--;
    // (a body's name, not a place and a body: "Britain and European Commission officials", though a
    // country may stand first in it: "the US Securities and Exchange Commission"; "the" before it
    // says a body, whatever the recogniser made of its first words: "the Pew Internet and American
    // Life Project")
    if (body && (tokens[i - 1].ne === 'place' || k === 0 || tokens[k - 1].lower !== 'the')) continue;
    for (let x = k; x <= j; x++) { tokens[x].pos = 'PROPN'; tokens[x].ne = 'organization'; }
  }
  // "the Institute for Fiscal Studies", "the Department for Education", "the Campaign for Tobacco-Free
  // Kids": a body's word, "for" and capitalised words are one body's name (not in capitals or
  // title-case copy, where every word is capitalised)
  if (!caseless) for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].lower !== 'for' || !/^[A-Z][a-z]/.test(tokens[i + 1].text)) continue;
    // (the body's word may stand before an "of" phrase of the name: "the Court of Arbitration for Sport")
    const b = BODY_FOR.test(tokens[i - 1].text) ? i - 1 : i >= 3 && tokens[i - 2].lower === 'of' && /^[A-Z][a-z]/.test(tokens[i - 1].text) && BODY_FOR.test(tokens[i - 3].text) ? i - 3 : -1;
    if (b < 0) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && (/^[A-Z][A-Za-z]/.test(tokens[j].text) || (tokens[j].text === '-' && /^[A-Z]/.test(tokens[j + 1]?.text ?? '')) || (/^(and|of)$/.test(tokens[j].lower) && /^[A-Z]/.test(tokens[j + 1]?.text ?? '')))) j++;
    for (let x = b; x < j; x++) { tokens[x].pos = 'PROPN'; tokens[x].ne = 'organization'; }
  }
  // ("Shanghai Automotive Industry Corp plans …": a sentence's first word that wink reads as a verb,
  // our tagger as a name, before a capitalised name, opens that name; a verb there has no subject)
  if (!caseless && tokens.length > 2 && tokens[0].pos === 'VERB' && tokens[0].upos === 'PROPN' && /^[A-Z][a-z]+$/.test(tokens[0].text) && tokens[1].pos === 'PROPN' && /^[A-Z]/.test(tokens[1].text)) tokens[0].pos = 'PROPN';
  // "the Enterprise Act", "the Hunting Act": a capitalised word after a name, inside a sentence, is
  // part of the name, not a verb (not in capitals or title-case copy, where everything is capitalised)
  // (second in the sentence too, where the first word is capitalised anyway, when our tagger reads
  // both as names: "Ian Dubs criticised", "Lord Dubs agreed", wink's "Dubs" a verb)
  if (!caseless) for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (i === 1 && (t.upos !== 'PROPN' || tokens[0].upos !== 'PROPN')) continue;
    if (t.pos === 'VERB' && /^[A-Z][a-z]/.test(t.text) && tokens[i - 1].pos === 'PROPN' && /^[A-Z]/.test(tokens[i - 1].text)) t.pos = 'PROPN';
    const nx = tokens[i + 1];
    const nameNext = nx?.pos === 'PROPN' && /^[A-Z][a-z]/.test(nx.text);
    if (t.pos !== 'VERB' || !/^[A-Z][a-z]+$/.test(t.text)) continue;
    // ("said spokeswoman Sue Bradburn", "wing Josh Lewsey": a first name that is also a verb, inside
    // the sentence and before a surname, when our tagger reads it as a name; "… sued Ford.": so is a
    // capitalised word right after a verb that our tagger reads as a name)
    // (and after a preposition or a noun: "legal director of Redress", "the charity Redress")
    if (t.upos === 'PROPN' && (nameNext || /^(VERB|ADP|NOUN)$/.test(tokens[i - 1].pos))) t.pos = 'PROPN';
    // ("managing director of Email Systems", "told Associated Press": a capitalised word after a
    // preposition or a verb, before a name, that our tagger reads as no verb, is the name's first
    // word, not a verb)
    else if (t.upos !== 'VERB' && /^(ADP|VERB)$/.test(tokens[i - 1].pos) && nameNext) t.pos = 'PROPN';
  }
  // "the SEC", "BAA said": an acronym that is also a word (wink reads "sec" a noun), where our
  // tagger reads it as a name and our recogniser as a body's, is a name; not after another name,
  // where it is a product's or a person's ("Microsoft IE", "LL Cool J"), nor in capitals, where
  // every word looks like one
  if (!caseless) tokens.forEach((t, i) => {
    if (t.pos !== 'PROPN' && t.upos === 'PROPN' && t.ne === 'organization' && /^[A-Z]{2,6}$/.test(t.text) && tokens[i - 1]?.pos !== 'PROPN' && !/^[A-Z]/.test(tokens[i + 1]?.text ?? '')) t.pos = 'PROPN';
  });
  // ("England lock Danny Grewcock": a lower-case word between a name and a full name that our
  // tagger reads as a noun is the person's position, not a verb: nlp/analyser.ts fixPositions)
  const cap = (u?: Token) => !!u && u.upos === 'PROPN' && /^[A-Z][a-z]/.test(u.text);
  if (!caseless) for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' && t.upos === 'NOUN' && /^[a-z]+$/.test(t.text) && cap(tokens[i - 1]) && cap(tokens[i + 1]) && cap(tokens[i + 2])) t.pos = 'NOUN';
  }
  // "Ed drives/NOUN the creature", "A character notes/NOUN some difficulties": before the first
  // verb, a plural-looking noun right after the subject and before a determiner is the verb.
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && ['PROPN', 'DET', 'PRON', 'NOUN'].includes(tokens[i - 1].pos) && (tokens[i - 1].pos !== 'NOUN' || !/s$/.test(tokens[i - 1].lower))
      && ['DET', 'PRON', 'NUM'].includes(tokens[i + 1].pos)) { t.pos = 'VERB'; break; }
  }
  // "offered to hand/NOUN over to Britain": after an infinitival "to", a noun before a particle,
  // determiner or pronoun is the verb
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (tokens[i - 1].lower === 'to' && tokens[i - 1].pos === 'PART' && t.pos === 'NOUN' && ['ADP', 'DET', 'PRON'].includes(tokens[i + 1].pos)) t.pos = 'VERB';
  }
  // "aid to war-torn/VERB Mozambique": "to" before a hyphenated participle adjective and a noun is
  // a preposition, not an infinitive marker
  for (let i = 2; i < tokens.length - 2; i++) {
    const h = tokens[i], to = tokens[i - 2], nx = tokens[i + 1];
    if (h.text !== '-' || to.lower !== 'to' || to.pos !== 'PART' || tokens[i - 1].end !== h.start || nx.start !== h.end) continue;
    if (!/(ed|en|rn|wn|ing)$/.test(nx.lower) || !['NOUN', 'PROPN'].includes(tokens[i + 2].pos)) continue;
    to.pos = 'ADP';
    tokens[i - 1].pos = 'NOUN';
    nx.pos = 'ADJ';
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    // "This finding indicated", "Israeli shelling hit": a gerund between a determiner or modifier and a verb is a noun
    if (t.pos === 'VERB' && ['DET', 'ADJ', 'PROPN'].includes(prev.pos) && /ing$/.test(t.lower) && (next.pos === 'VERB' || next.pos === 'AUX')) { t.pos = 'NOUN'; continue; }
    if (t.pos !== 'VERB' || prev.pos !== 'DET') continue;
    // "the injured Jarryd Hayne", "the emerging situation": a participle before a noun is an adjective
    else if (/(ed|ing)$/.test(t.lower) && (next.pos === 'NOUN' || next.pos === 'PROPN')) t.pos = 'ADJ';
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i], prev = tokens[i - 1], next = tokens[i + 1];
    // "forces have retaken/NOUN a village": after a perfect "have", a participle-shaped word before
    // a determiner, pronoun or number is the verb
    if (prev.pos === 'AUX' && /^(has|have|had)$/.test(prev.lower) && (t.pos === 'NOUN' || t.pos === 'ADJ') && /(ed|en|wn)$/.test(t.lower) && ['DET', 'PRON', 'NUM'].includes(next.pos)) { t.pos = 'VERB'; t.lemma = verbLemma(t.lower); }
    // "has been stockpiling/NOUN weapons": after an auxiliary, an inflected word our tagger reads as
    // the verb, heading its own clause in the parse, is the verb
    // ("have both reduced/ADJ prices": adverbs between the auxiliary and the verb are passed over)
    else if (auxBefore(tokens, i) && (t.pos === 'NOUN' || t.pos === 'ADJ') && t.upos === 'VERB' && /^VB[GN]$/.test(t.xpos ?? '') && !/^(amod|compound)$/.test(t.deprel ?? '')) { t.pos = 'VERB'; t.lemma = verbLemma(t.lower); }
    // "a group based in Trinidad claims/NOUN to be": a plural-looking noun after a name and before an
    // infinitive is the verb
    if (t.pos === 'NOUN' && INFINITIVE_VERBS.test(t.lower) && prev.pos === 'PROPN' && next.lower === 'to' && next.pos === 'PART' && ['VERB', 'AUX'].includes(tokens[i + 2]?.pos ?? '')) { t.pos = 'VERB'; t.lemma = verbLemma(t.lower); }
    // "the committee, which sets/NOUN interest rates": right after a relative pronoun, a word our
    // tagger reads as a finite verb whose subject the parse makes that pronoun is the verb
    else if ((t.pos === 'NOUN' || t.pos === 'PROPN') && /^(which|that|who)$/.test(prev.lower) && t.upos === 'VERB' && /^VB[ZDP]$/.test(t.xpos ?? '') && prev.head === i && /^nsubj/.test(prev.deprel ?? '')) { t.pos = 'VERB'; t.lemma = verbLemma(t.lower); }
  }
  // ("owns 30% of EADS": a per cent sign after a number is the noun "percent", so the share and
  // what it is of stay one phrase, as "30 percent of EADS" is)
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].text === '%' && tokens[i - 1].pos === 'NUM') { tokens[i].pos = 'NOUN'; tokens[i].lemma = 'percent'; }
  }
  // "a billboard opposite/ADJ the Palace": before a determiner or a name, "opposite" is a preposition
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i].lower === 'opposite' && tokens[i].pos === 'ADJ' && ['DET', 'PROPN', 'PRON'].includes(tokens[i + 1].pos)) tokens[i].pos = 'ADP';
  }
  // "Paver lives/NOUN in London": a word our tagger reads as a finite verb, to which the parse
  // hangs a subject on its left, is the verb, whatever wink's tag (a plural noun of the same form)
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // (not inside a name the recogniser found: "Manuel Rodriguez/VBZ Patriotic Front")
    // (and a past tense wink read as an adjective: "Peru informed/ADJ Chile that …")
    const adjPast = t.pos === 'ADJ' && t.xpos === 'VBD';
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN' && !adjPast) || t.ne || t.upos !== 'VERB' || !/^VB[ZDP]$/.test(t.xpos ?? '') || (!caseless && /^[A-Z]/.test(t.text) && t.pos === 'PROPN')) continue;
    if (tokens.some((x) => x.i < i && x.head === i && /^nsubj/.test(x.deprel ?? ''))) { t.pos = 'VERB'; t.lemma = verbLemma(t.lower); }
  }
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!MODAL_WORDS.test(tokens[i].lower) || tokens[i].pos !== 'AUX') continue;
    let j = i + 1;
    while (j < tokens.length && (tokens[j].pos === 'PART' || tokens[j].pos === 'ADV')) j++;
    const t = tokens[j], nx = tokens[j + 1];
    if (t && (t.pos === 'ADJ' || t.pos === 'NOUN') && (!nx || ['DET', 'PRON', 'NOUN', 'PROPN', 'ADP', 'PUNCT', 'NUM'].includes(nx.pos))) t.pos = 'VERB';
  }
}

/** Is the word before token i, adverbs passed over ("have both reduced"), an auxiliary? */
function auxBefore(tokens: Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && (tokens[j].pos === 'ADV' || /^(both|all|each)$/.test(tokens[j].lower)) && i - j < 3) j--;
  return tokens[j]?.pos === 'AUX';
}

/** Third-person verbs that take an infinitive and double as plural nouns: "X claims to", "Y plans to". */
const INFINITIVE_VERBS = /^(claims|plans|vows|threatens|wants|hopes|seeks|aims|intends|promises|pledges|refuses|agrees|offers|tries|fails|expects|needs|proposes|demands)$/;

/**
 * An adjective that opens a prepositional phrase after a noun ("militiamen armed with", "loyal to")
 * modifies that noun from behind; it is neither the noun phrase's head nor one of its own. Not a
 * word our tagger reads as a noun: "a Christian missionary from Calgary" ends at "missionary".
 */
function trailingAdjective(tokens: Token[], i: number, names: Array<[number, GazetteerEntry] | undefined>): boolean {
  const t = tokens[i];
  return t.pos === 'ADJ' && t.upos !== 'NOUN' && /^(ADP|PART)$/.test(tokens[i + 1]?.pos ?? '') && !names[i] && !TITLES.has(t.lower);
}

/** Relations a name's word bears in the tree: a party, or a part of a longer name. */
const NAME_RELATIONS = /^(nsubj|nsubj:pass|obj|iobj|obl|nmod|nmod:poss|appos|compound|flat|conj)$/;

function infinitiveFollows(tokens: Token[], i: number): boolean {
  while (tokens[i] && (tokens[i].pos === 'ADV' || tokens[i].pos === 'PART')) i++;
  return !!tokens[i] && (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX');
}

/** `g`: the run's gazetteer, gazetteer(settings.actors), so that user dictionaries name actors too. */
export function chunk(tokens: Token[], caseless = false, g: Gazetteer = gazetteer()): Chunk[] {
  repairTags(tokens, caseless);
  const names = matchNames(tokens, caseless, g);
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // Noun phrase: (DET|PRON$)? (ADJ|NOUN|PROPN|NUM|'s|-|name)* head
    // (the postmodifier itself, "armed", is no noun phrase of its own)
    if (trailingAdjective(tokens, i, names) && out[out.length - 1]?.kind === 'NP' && out[out.length - 1].end === i && !/^(more|less|fewer)$/.test(t.lower)) {
      out.push({ kind: 'OTHER', start: i, end: i + 1, head: i });
      i++;
      continue;
    }
    if (names[i] || NP_INNER.has(t.pos) || t.pos === 'DET' || (t.pos === 'PRON' && !REL_WORDS.has(t.lower)) || isPrenominalVerb(tokens, i)) {
      const start = i;
      const np: Chunk = { kind: 'NP', start, end: i, head: i, names: [] };
      if (t.pos === 'PRON' && !names[i] && !POSSESSIVES.has(t.lower)) {
        out.push({ ...np, end: i + 1, head: i });
        i++;
        continue;
      }
      let j = i;
      if (tokens[j].pos === 'DET' || (tokens[j].pos === 'PRON' && !names[j])) j++;
      let head = -1;
      while (j < tokens.length) {
        const m = names[j];
        if (m) { np.names!.push([j, j + m[0], m[1]]); head = j + m[0] - 1; j += m[0]; continue; }
        const u = tokens[j];
        // ("over the past 10 years many priests were killed": a time phrase ends before a quantifier
        // that opens the next phrase; not before a number, "the year 2004")
        if (head >= 0 && TIME_NOUNS.has(tokens[head].lower) && tokens[head].pos === 'NOUN' && QUANTIFIERS.test(u.lower)) break;
        // ("left the country three decades ago", "at the embassy 6 days ago": a number after the head
        // that counts the time units of "ago" or "later" opens a time phrase of its own)
        if (head >= 0 && u.pos === 'NUM' && tokens[j + 1] && (TIME_NOUNS.has(tokens[j + 1].lower) || TIME_NOUNS.has(tokens[j + 1].lemma.toLowerCase())) && RELATIVE_TIME.test(tokens[j + 2]?.lower ?? '')) break;
        // "militiamen armed with machetes", "militants loyal to X": an adjective after the head noun,
        // opening a prepositional phrase, modifies it from behind; it is not the head
        if (head >= 0 && (tokens[head].pos === 'NOUN' || tokens[head].pos === 'PROPN') && trailingAdjective(tokens, j, names)) break;
        if (NP_INNER.has(u.pos) || (u.pos === 'ADV' && tokens[j + 1]?.pos === 'ADJ' && (head < 0 || tokens[j - 1].lower === "'s")) || isPrenominalVerb(tokens, j)) { if (u.pos !== 'ADV' && u.pos !== 'VERB') head = j; j++; continue; }
        // "the massive and indiscriminate attacks", "military and economic aid": coordinated adjectives
        // before one noun stay inside
        if (u.pos === 'CCONJ' && /^(and|or)$/.test(u.lower) && tokens[j - 1]?.pos === 'ADJ' && tokens[j + 1]?.pos === 'ADJ' && ['NOUN', 'ADJ'].includes(tokens[j + 2]?.pos ?? '')) { j++; continue; }
        // "a £5m offer": a currency sign before a number stays inside
        if (u.pos === 'SYM' && /^[£$€¥]$/.test(u.text) && tokens[j + 1]?.pos === 'NUM') { j++; continue; }
        // possessive 's and hyphenated compounds stay inside ("Russia's army", "full -scale")
        if ((u.lower === "'s" || u.lower === "'") && u.pos === 'PART' && head >= 0) { j++; continue; }
        // ("an HIV/Aids orphanage", "its TV/radio unit": words joined by a slash are one word of the phrase)
        // (not a name's last word, "the Independent Feature Project/Los Angeles", nor a unit, "3.7m/h")
        if (u.text === '/' && head >= 0 && tokens[j + 1] && tokens[j - 1].end === u.start && tokens[j + 1].start === u.end && /^\p{L}/u.test(tokens[j + 1].text)
          && /^\p{L}/u.test(tokens[j - 1].text) && tokens[j - 2]?.pos !== 'NUM' && !(tokens[j - 1].pos === 'PROPN' && tokens[j - 2]?.pos === 'PROPN') && tokens[j + 2]?.pos !== 'PROPN') {
          if (!NP_INNER.has(tokens[j + 1].pos)) tokens[j + 1].pos = 'NOUN';
          j++;
          continue;
        }
        if (u.text === '-' && head >= 0 && tokens[j + 1] && (NP_INNER.has(tokens[j + 1].pos) || (tokens[j + 1].pos === 'VERB' && NP_INNER.has(tokens[j + 2]?.pos ?? ''))) && tokens[j + 1].start === u.end) {
          if (tokens[j + 1].pos === 'VERB') tokens[j + 1].pos = 'ADJ';
          j++;
          continue;
        }
        break;
      }
      if (head < 0) {
        // A lone determiner ("this", "all") is a pronoun-like NP.
        out.push({ kind: tokens[start].pos === 'DET' ? 'NP' : 'OTHER', start, end: start + 1, head: start });
        i = start + 1;
        continue;
      }
      np.end = head + 1;
      np.head = head;
      out.push(np);
      i = head + 1;
      continue;
    }
    // Verb group: (AUX|PART not|ADV)* VERB (PART to VERB | ADV VERB)*
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PART' && /^(not|n't|never)$/.test(t.lower) && tokens[i + 1] && ['VERB', 'AUX', 'ADV'].includes(tokens[i + 1].pos))) {
      const start = i;
      let j = i, main = -1;
      while (j < tokens.length) {
        const u = tokens[j];
        if (u.pos === 'VERB' || u.pos === 'AUX') { main = j; j++; continue; }
        if (u.pos === 'PART' && /^(not|n't|never)$/.test(u.lower)) { j++; continue; }
        if (u.pos === 'ADV' && tokens[j + 1] && ['VERB', 'AUX', 'ADV', 'PART'].includes(tokens[j + 1].pos) && u.lower !== 'when' && u.lower !== 'where') { j++; continue; }
        // "continue to actively strengthen": to + verb keeps the group going
        if (u.lower === 'to' && u.pos === 'PART' && main >= 0 && tokens[j + 1] && ['VERB', 'ADV', 'AUX'].includes(tokens[j + 1].pos)) { j++; continue; }
        // "is willing to withdraw", "are ready to sign": copula + readiness adjective + infinitive
        if (u.pos === 'ADJ' && READINESS.test(u.lower) && main >= 0 && tokens[main].lemma === 'be' && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.pos === 'VERB') { j += 2; continue; }
        // "cannot but react"
        if (u.lower === 'but' && main >= 0 && tokens[main].lower.startsWith('can') && tokens[j + 1]?.pos === 'VERB') { j++; continue; }
        break;
      }
      if (main < 0) { out.push({ kind: 'ADV', start, end: start + 1, head: start }); i++; continue; }
      out.push({ kind: 'VG', start, end: main + 1, head: main });
      i = main + 1;
      continue;
    }
    // "unless", "if" and "whether" open a clause even where the tagger calls them prepositions
    const kind: ChunkKind =
      /^(unless|if|whether)$/.test(t.lower) ? 'SCONJ'
      : t.pos === 'ADP' ? 'ADP'
      : t.pos === 'CCONJ' ? 'CC'
      : t.pos === 'PUNCT' || t.pos === 'SYM' ? 'PUNCT'
      : t.pos === 'SCONJ' ? (t.lower === 'that' && out.length && out[out.length - 1].kind === 'NP' ? 'REL' : 'SCONJ')
      : REL_WORDS.has(t.lower) ? 'REL'
      // "to most West Africans": an infinitive marker before no verb is a preposition
      : t.pos === 'PART' && t.lower === 'to' ? (infinitiveFollows(tokens, i + 1) ? 'TO' : 'ADP')
      : t.pos === 'ADV' ? 'ADV'
      : 'OTHER';
    out.push({ kind, start: i, end: i + 1, head: i });
    i++;
  }
  return out;
}
