/**
 * actorgraph/nlp/analyser — tags and parses a tokenised sentence with the models in data/models/.
 *
 * The one entry point the rest of actorgraph uses: words in, UPOS, XPOS, a UD tree (heads 1-based,
 * 0 = root, as in CoNLL-U) and entity spans out. Models load once per process, lazily, on the first
 * sentence.
 */
import { fileURLToPath } from 'node:url';
import { loadModels } from './model-file.js';
import { Parser, parserInput, type ParserMeta } from './parser.js';
import { AMBIGUITY_BITS, KNOWN as KNOWN_WORD, Tagger, lexiconCodes, tagIndex, type TaggerMeta } from './tagger.js';
import { NerTagger, type EntitySpan, type NerMeta } from './ner.js';
import { sentenceWords } from './word-features.js';
import { asideSpan, keptWords, putAsideBack, withCommas } from './asides.js';
import { joinLead, leadSpan, type Part } from './lead-source.js';

export const MODEL_DIR = fileURLToPath(new URL('../../data/models/', import.meta.url));

export interface Analysis {
  upos: string[];
  xpos: string[];
  /** 1-based heads, 0 = the root (CoNLL-U). */
  heads: number[];
  deprels: string[];
  /** Name spans (word indices, end exclusive) typed person, organization or place. */
  entities: EntitySpan[];
}

/** "-ing" forms of verbs that take no object (of change, mostly): before a noun they describe it ("falling profits"). */
const INTRANSITIVE_ING = /^(aspiring|falling|rising|soaring|slumping|plunging|tumbling|dwindling|surging|sliding|sagging|booming|flagging|ailing|ageing|aging|emerging|existing|lingering|persisting|looming|spiralling|spiraling|rocketing|stagnating|crumbling|raging|waning|fading|deteriorating|worsening|declining|growing|slowing)$/;
/** Months whose names are also other words ("may", "march"), and the rest (the nlp layer keeps its own list: it reads no lexicon). */
const DATED_MONTHS = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/;
/** Team positions and posts that are also verbs (lower case as written). */
const POSITIONS = /^(lock|prop|hooker|wing|centre|center|back|coach|captain|skipper|boss|chair|head|manager|keeper)$/;

/** Nouns for a kind of firm, which name what the firms after them are ("carmakers", "banks", "giant"). */
const FIRM_CUES = /^(?:[a-z]*(?:makers?|giants?|firms?|carriers?|retailers?|banks?|airlines?|insurers?|lenders?|groups?|companies|company|operators?|producers?|brewers?|miners?|manufacturers?|developers?|publishers?))$/;
/** Forms of "be" before a planned act: "is to back", "were to meet". */
/** The possessive ending, as the tokeniser splits it off. */
const POSSESSIVE = /^['’]s?$/;
/** Irregular pasts that are nouns too: a tagger reads them as nouns after a noun ("a car shot at"). */
const IRREGULAR_PAST = /^(shot|hit|struck|cut|set|put|beat|hurt|bid|cast|split|spread|shut|quit|upset|burst)$/;
/** … and those of them seldom a noun before a name ("a gunman shot Tom Vale"; "the stage hit Art", "a tax cut Blair wanted" are nouns). */
const SHOT = /^(shot|struck|hurt)$/;
/** Words where a clause starts or ends, for a scan over the words around one (fixIrregularPast). */
const CLAUSE_EDGE = /^(that|which|who|;|:|,|--)$/;
/** Number words written with a capital: inside a sentence, the start of a name ("the Six Nations"). */
const NUMBER_WORDS = /^(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand)$/;
/** Verbs of intent whose "-s" form is a plural noun too: "plans", "wants", "aims" (fixIntentVerbs). */
const INTENT_PLURALS = /^(plans|aims|intends|wants|needs|hopes|expects|seeks|vows|pledges|promises|threatens|refuses|fails|agrees|decides|wishes|attempts|proposes|offers|votes)$/;
/** Closed word classes, all of whose words training saw. */
const CLOSED = /^(ADP|DET|CCONJ|SCONJ|PRON|AUX|PART)$/;
/** Verbs of saying and thinking after which a clause opens with no "that". */
const SAYING = /^(said|says|say|told|tells|added|adds|believes|believed|thinks|thought|warned|warns|claimed|claims|argued|argues|insisted|insists|stated|states|announced|announces|confirmed|confirms|reported|reports|suggested|suggests|feared|fears|hoped|hopes|knew|knows|admitted|admits)$/;
const BE_FORMS = /^(is|are|was|were|be|'s|'re)$/;
/** Forms of "be" a passive participle follows (the repairs of harm and of quotes: fixHarmParticiple, fixQuotedParticiple). */
const BE_BEFORE_PARTICIPLE = /^(is|are|was|were|been|be|being|am)$/;

/** Heads of an office named by its field ("campaigns director", "operations manager"). */
const OFFICE_HEADS = /^(director|directors|manager|managers|editor|editors|chief|officer|secretary|minister|correspondent|coordinator|co-ordinator|spokesman|spokeswoman|adviser|advisor|head|chairman|controller|executive)$/;

/** A fixed phrase's words and, with the commas that set it off, the words parsed apart (nlp/asides.ts). */
interface Aside { words: [number, number]; outer: [number, number] }

export class Analyser {
  private readonly index: ReturnType<typeof tagIndex>;
  /** The tag numbers the repairs below write, looked up once. */
  private readonly officeTags: { NOUN: number; NN: number; NNS: number; ADJ: number; JJ: number; VERB: number; VB: number; PART: number; TO: number; PROPN: number; NNP: number; VBD: number; VBN: number; VBZ: number; VBP: number; ADV: number; RB: number; ADP: number; IN: number };

  constructor(
    readonly tagger: Tagger,
    readonly parser: Parser,
    readonly ner?: NerTagger,
  ) {
    this.index = tagIndex(tagger.meta.tags);
    const { upos, xpos } = this.index;
    this.officeTags = { NOUN: upos.indexOf('NOUN'), NN: xpos.indexOf('NN'), NNS: xpos.indexOf('NNS'), ADJ: upos.indexOf('ADJ'), JJ: xpos.indexOf('JJ'), VERB: upos.indexOf('VERB'), VB: xpos.indexOf('VB'),
      PART: upos.indexOf('PART'), TO: xpos.indexOf('TO'), PROPN: upos.indexOf('PROPN'), NNP: xpos.indexOf('NNP'), VBD: xpos.indexOf('VBD'), VBN: xpos.indexOf('VBN'), VBZ: xpos.indexOf('VBZ'), VBP: xpos.indexOf('VBP'), ADV: upos.indexOf('ADV'), RB: xpos.indexOf('RB'), ADP: upos.indexOf('ADP'), IN: xpos.indexOf('IN') };
  }

  /**
   * Call before each document's first sentence: the entity recogniser reads how words were
   * labelled earlier in the SAME document (Ratinov & Roth's context aggregation), never another's.
   */
  startDocument(): void {
    this.ner?.startDocument();
  }

  /**
   * "its chief executive said": the treebanks hold "chief executive" only before "officer", so the
   * tagger reads "executive" as an adjective even where it ends the phrase, and the parse of the
   * commonest office in business news falls apart. There it is a noun (and "chief" its adjective);
   * so after a determiner or an adjective ("an executive at Xstrata", "senior executives").
   */
  private fixOffices(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos } = this.index;
    const { NOUN, NN, NNS, ADJ, JJ, ADP, IN } = this.officeTags;
    for (let i = 1; i < lower.length; i++) {
      if (!/^executives?$/.test(lower[i]) || upos[u[i]] === 'NOUN') continue;
      // ("an executive at Xstrata", "senior executives": after a determiner or an adjective it heads its phrase too)
      const chief = lower[i - 1] === 'chief';
      if (!chief && !/^(DET|ADJ)$/.test(upos[u[i - 1]])) continue;
      // (a noun after it is what "executive" describes: "chief executive officer", "an executive board")
      if (i + 1 < lower.length && /^(NOUN|PROPN|ADJ)$/.test(upos[u[i + 1]])) continue;
      u[i] = NOUN; x[i] = lower[i].endsWith('s') ? NNS : NN;
      if (chief) { u[i - 1] = ADJ; x[i - 1] = JJ; }
    }
    // ("Brian McBride, managing director of T-Mobile": the office's first word is no verb)
    for (let i = 0; i + 1 < lower.length; i++) {
      if (lower[i] === 'managing' && /^(director|directors|editor|editors|partner|partners)$/.test(lower[i + 1]) && upos[u[i]] === 'VERB') { u[i] = ADJ; x[i] = JJ; }
      // (nor the first of "lead singer Gary Lightbody has said": "lead" before a role is its rank)
      // (nor "account" in "hold ministers to account": the verb takes "for", so without it the word
      // is the noun of "to account", and the infinitive the tagger read there is no clause)
      if (i >= 1 && lower[i - 1] === 'to' && lower[i] === 'account' && lower[i + 1] !== 'for' && upos[u[i]] === 'VERB') { u[i - 1] = ADP; x[i - 1] = IN; u[i] = NOUN; x[i] = NN; }
      // (nor "campaigns" in "Blake Lee-Harwood, campaigns director at Greenpeace": a plural before an
      // office, at the start of its phrase, names the office's field)
      if (/[^s]s$/.test(lower[i]) && OFFICE_HEADS.test(lower[i + 1]) && upos[u[i]] === 'VERB' && (i === 0 || lower[i - 1] === ',' || /^(DET|ADJ)$/.test(upos[u[i - 1]]) || lower[i - 1] === "'s")) { u[i] = NOUN; x[i] = NNS; }
      if (lower[i] === 'lead' && /^(singers?|guitarists?|vocalists?|actors?|actress|actresses|roles?|investigators?|negotiators?|prosecutors?|authors?|researchers?|counsel|attorneys?|lawyers?|designers?|dancers?|characters?|sponsors?)$/.test(lower[i + 1]) && upos[u[i]] === 'VERB') { u[i] = ADJ; x[i] = JJ; }
    }
  }

  /**
   * "ON 3 MAY", "MARCH 1990": a month's name beside a day's number or a year's is the month, not
   * the modal or the verb (wire copy in capitals gives the tagger no capital to go by).
   */
  private fixDatedMonths(lower: string[], u: Int32Array, x: Int32Array): void {
    const { PROPN, NNP } = this.officeTags;
    for (let i = 0; i < lower.length; i++) {
      if (!DATED_MONTHS.test(lower[i]) || this.index.upos[u[i]] === 'PROPN') continue;
      if (/^\d{1,2}$/.test(lower[i - 1] ?? '') || /^\d{2,4}$/.test(lower[i + 1] ?? '')) { u[i] = PROPN; x[i] = NNP; }
    }
  }

  /**
   * "Ireland prop John Hayes", "England lock Danny Grewcock": a position word that is also a verb,
   * between a team's name and a person's, is the position (a verb there would read "props",
   * "locks" after a singular name). The treebanks hardly hold rugby's positions.
   */
  private fixPositions(forms: string[], u: Int32Array, x: Int32Array): void {
    const { upos } = this.index;
    const { NOUN, NN } = this.officeTags;
    const name = (i: number) => i >= 0 && i < forms.length && upos[u[i]] === 'PROPN' && /^[A-Z][a-z]/.test(forms[i]);
    for (let i = 1; i + 2 < forms.length; i++) {
      // (the team's name may be a capitalised common plural inside the sentence: "Lions/NNS prop Dai Young")
      const team = name(i - 1) || (i - 1 > 0 && upos[u[i - 1]] === 'NOUN' && /^[A-Z][a-z]/.test(forms[i - 1]));
      // (and the surname one the tagger knows as a word: "Dai Young/ADJ")
      if (upos[u[i]] !== 'VERB' || !POSITIONS.test(forms[i]) || !team || !name(i + 1) || !/^[A-Z][a-z]/.test(forms[i + 2] ?? '')) continue;
      u[i] = NOUN; x[i] = NN;
    }
  }

  /**
   * "US carmakers General Motors and Ford", "Japanese carmaker Toyota": a noun for a kind of
   * firm between a country's name or adjective and a name, which the tagger reads as a verb
   * ("carmakers/VBZ"), is the noun that says what the named firms are.
   */
  private fixFirmCues(forms: string[], u: Int32Array, x: Int32Array): void {
    const { upos } = this.index;
    const { NOUN, NN, NNS } = this.officeTags;
    const cap = (i: number) => i >= 0 && i < forms.length && /^[A-Z]/.test(forms[i]);
    for (let i = 1; i + 1 < forms.length; i++) {
      if (upos[u[i]] !== 'VERB' || !FIRM_CUES.test(forms[i]) || !cap(i - 1) || !cap(i + 1)) continue;
      u[i] = NOUN; x[i] = forms[i].endsWith('s') ? NNS : NN;
    }
  }

  /**
   * "S&P, which rates borrowers, lifted …", "AT&T said": capitals joined by "&" are a firm's
   * initials, a name; the tagger, which met few of them, may read one first in a sentence as an
   * interjection, and the parse built on it loses the subject. So are capitalised words either side
   * of a spaced "&", which it reads as adjectives ("Standard/JJ & Poor/JJ").
   */
  private fixAmpersandNames(forms: string[], u: Int32Array, x: Int32Array): void {
    const { PROPN, NNP } = this.officeTags;
    const cap = (i: number) => i >= 0 && i < forms.length && /^[A-Z]/.test(forms[i]);
    for (let i = 0; i < forms.length; i++) {
      if (/^[A-Z]+&[A-Z]+$/.test(forms[i])) { u[i] = PROPN; x[i] = NNP; }
      // (and the one word either side of a firm's "&": "Standard & Poor", "Marks & Spencer"; a
      // longer name is left as read, "Fairmont Hotels & Resorts", "Oil & Natural Gas Corp")
      if (forms[i] === '&' && cap(i - 1) && !cap(i - 2) && cap(i + 1) && !cap(i + 2)) for (const k of [i - 1, i + 1]) { u[k] = PROPN; x[k] = NNP; }
    }
  }

  /**
   * "The Palestinians reject proposed Israeli changes", "Peru welcomed revised plans": a participle
   * right after a lexical verb (not "have", "be" or "get", whose participle it would complete) and
   * before an adjective or a noun describes that noun; read as a verb, it makes the first verb its
   * auxiliary and the object is lost.
   */
  private fixPrenominalParticiple(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { ADJ, JJ } = this.officeTags;
    for (let i = 1; i + 1 < lower.length; i++) {
      if (xpos[x[i]] !== 'VBN' || !/^VB[DPZ]$/.test(xpos[x[i - 1]]) || upos[u[i - 1]] !== 'VERB') continue;
      if (/^(have|has|had|having|be|is|are|was|were|been|being|get|gets|got|gotten|become|became|becomes|seem|seems|seemed|remain|remains|remained|feel|feels|felt|look|looks|looked)$/.test(lower[i - 1])) continue;
      if (!/^(ADJ|NOUN)$/.test(upos[u[i + 1]])) continue;
      u[i] = ADJ; x[i] = JJ;
    }
  }

  /**
   * "Zentrix reported falling profits", "Britain faces rising unemployment": the "-ing" form of a
   * verb that takes no object, right after a lexical verb and before a noun, describes the noun;
   * read as the verb's complement it takes the noun as its object ("report falling → falling
   * profits"). Not after a verb of beginning or keeping, whose complement such a form can be
   * ("started growing crops").
   */
  private fixIntransitiveParticiple(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { ADJ, JJ } = this.officeTags;
    for (let i = 1; i + 1 < lower.length; i++) {
      if (xpos[x[i]] !== 'VBG' || !INTRANSITIVE_ING.test(lower[i]) || upos[u[i - 1]] !== 'VERB' || !/^(ADJ|NOUN)$/.test(upos[u[i + 1]])) continue;
      if (/^(be|is|are|was|were|been|being|am|begin|began|begun|begins|start|started|starts|stop|stopped|stops|keep|kept|keeps|continue|continued|continues)$/.test(lower[i - 1])) continue;
      u[i] = ADJ; x[i] = JJ;
    }
  }

  /**
   * "Holmes' failed attempt on the record", "the firm's planned merger": a past form right after a
   * possessive and before a noun describes the noun; read as a past tense it made the owner its subject.
   */
  private fixPossessedParticiple(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { ADJ, JJ } = this.officeTags;
    for (let i = 1; i + 1 < lower.length; i++) {
      if (!/^VB[DN]$/.test(xpos[x[i]]) || xpos[x[i - 1]] !== 'POS' || !/ed$/.test(lower[i]) || !/^(ADJ|NOUN)$/.test(upos[u[i + 1]])) continue;
      u[i] = ADJ; x[i] = JJ;
    }
  }

  /**
   * "Bangladesh has once again outright rejected an Indian proposal": a word read as an adjective
   * between an auxiliary (or the adverbs after it) and a past participle or past tense is an adverb
   * of the verb; as an adjective it became the clause's head and the verb its aside.
   */
  private fixAdverbBeforeParticiple(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { ADV, RB } = this.officeTags;
    for (let i = 1; i + 1 < lower.length; i++) {
      if (upos[u[i]] !== 'ADJ' || !/^VB[ND]$/.test(xpos[x[i + 1]]) || upos[u[i + 1]] !== 'VERB') continue;
      let k = i - 1;
      while (k > 0 && upos[u[k]] === 'ADV') k--;
      if (upos[u[k]] !== 'AUX' && !/^(has|have|had|is|are|was|were|been|be)$/.test(lower[k])) continue;
      u[i] = ADV; x[i] = RB;
    }
  }

  /**
   * "A security guard was seriously injured", "two soldiers were wounded": the participle of a harm
   * after "be" (and adverbs) is the passive verb, as the treebanks tag it; read as an adjective the
   * clause had no verb of harm and the act no victim.
   */
  private fixHarmParticiple(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos } = this.index;
    const { VERB, VBN } = this.officeTags;
    for (let i = 1; i < lower.length; i++) {
      if (upos[u[i]] !== 'ADJ' || !/^(injured|wounded|hurt|maimed|mutilated)$/.test(lower[i])) continue;
      let k = i - 1;
      while (k > 0 && upos[u[k]] === 'ADV') k--;
      if (!BE_BEFORE_PARTICIPLE.test(lower[k])) continue;
      u[i] = VERB; x[i] = VBN;
    }
  }

  /**
   * 'would be "mourned throughout the world"': a past form after "be" (adverbs and an opening quote
   * between) is the passive participle; the tagger, thrown by the quote, read a past tense, and
   * the clause lost its passive (the mourned one became the mourner).
   */
  private fixQuotedParticiple(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { VBN } = this.officeTags;
    for (let i = 2; i < lower.length; i++) {
      if (xpos[x[i]] !== 'VBD' || !/[a-z]ed$/.test(lower[i])) continue;
      let k = i - 1, quoted = false;
      while (k > 0 && (upos[u[k]] === 'ADV' || /^(``|''|"|“|‘)$/.test(lower[k]))) { quoted ||= upos[u[k]] !== 'ADV'; k--; }
      if (quoted && BE_BEFORE_PARTICIPLE.test(lower[k])) x[i] = VBN;
    }
  }

  /**
   * "Irish guerrillas wounded two British soldiers", "Israeli helicopters and tanks shelled
   * positions": after a plural subject that opens the sentence, an "-ed" word the tagger read as an
   * adjective or a participle, with no finite verb before it and the start of a noun phrase after
   * it, is the sentence's past-tense verb (a participle there would modify the subject, "troops
   * wounded in the attack", and be followed by its own phrase, not an object).
   */
  private fixPastAfterSubject(forms: string[], lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { VERB, VBD } = this.officeTags;
    for (let i = 1; i + 1 < forms.length; i++) {
      if (!/[a-z]ed$/.test(lower[i]) || !(upos[u[i]] === 'ADJ' || xpos[x[i]] === 'VBN')) continue;
      if (!/^(NNS|NNPS)$/.test(xpos[x[i - 1]])) continue;
      if (!/^(DET|NUM|ADJ|NOUN|PROPN)$/.test(upos[u[i + 1]]) || /^(NOUN)$/.test(upos[u[i + 1]]) && /^(day|week|month|year|today|yesterday)s?$/.test(lower[i + 1])) continue;
      // (no finite verb or auxiliary before it, nor a word that makes it a relative clause's)
      let finite = false;
      for (let k = 0; k < i && !finite; k++) finite = /^(VBD|VBZ|VBP|MD)$/.test(xpos[x[k]]) || /^(who|which|that)$/.test(lower[k]);
      if (finite) continue;
      u[i] = VERB; x[i] = VBD;
    }
  }

  /**
   * "made no mention of the try", "there has been a mention": a verb's base form right after an
   * article or "no" is the tagger's slip for a noun (no determiner stands before a bare verb), and
   * the parse built on it loses the object ("no" read as the object, "mention" as a clause).
   */
  private fixDeterminedVerbs(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { NOUN, NN } = this.officeTags;
    for (let i = 1; i < lower.length; i++) {
      if (!/^(a|an|the|no|every)$/.test(lower[i - 1]) || upos[u[i - 1]] !== 'DET' || !/^VBP?$/.test(xpos[x[i]])) continue;
      u[i] = NOUN; x[i] = NN;
    }
  }

  /**
   * "agreed to fund the project", "will continue to fund Chile": a singular noun right after the
   * infinitive's "to" (the tagger's PART, not the preposition) and before a determiner, a name or a
   * pronoun is the tagger's slip for the verb ("fund", "back", "head" are nouns far more often in
   * the treebanks); the parse built on it loses the clause.
   */
  private fixInfinitiveNouns(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { VERB, VB, PART, TO } = this.officeTags;
    for (let i = 1; i + 1 < lower.length; i++) {
      // ("The Tories are to back the plans": after a form of "be", "to" and a word that is no noun
      // of its own before a noun phrase are the infinitive, however the tagger read them)
      if (i >= 2 && lower[i - 1] === 'to' && BE_FORMS.test(lower[i - 2]) && /^(ADV|ADJ|NOUN|ADP)$/.test(upos[u[i]]) && /^(RB|JJ|NN|IN|RP)$/.test(xpos[x[i]])
        && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(upos[u[i + 1]]) && /^[a-z]+$/.test(lower[i]) && !/(ly|ed|ing)$/.test(lower[i])) {
        u[i - 1] = PART; x[i - 1] = TO; u[i] = VERB; x[i] = VB;
        continue;
      }
      if (lower[i - 1] !== 'to' || upos[u[i - 1]] !== 'PART' || upos[u[i]] !== 'NOUN' || xpos[x[i]] !== 'NN' || !/^(DET|PROPN|PRON)$/.test(upos[u[i + 1]])) continue;
      // (after a name or a pronoun, "to" before a noun and a name is the preposition the tagger
      // misread: "introduced him to actor Nicolas Cage", "from Lock, Stock to model Sophie Dahl")
      if (upos[u[i + 1]] === 'PROPN' && i >= 2 && /^(PROPN|PRON)$/.test(upos[u[i - 2]])) continue;
      u[i] = VERB; x[i] = VB;
    }
  }

  /**
   * "said the firm plans to grow sales", "warned the council wants to close it": after a determiner
   * and a singular noun, a plural noun of intent before the infinitive's "to" and a verb is the
   * clause's verb ("plans/VBZ"), read as a compound noun where a clause opens with no "that". Not
   * after a preposition, where the phrase is a noun's: "pointed to the party plans to raise taxes".
   */
  private fixIntentVerbs(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { VERB, VBZ } = this.officeTags;
    for (let i = 2; i + 2 < lower.length; i++) {
      if (!INTENT_PLURALS.test(lower[i]) || xpos[x[i]] !== 'NNS' || lower[i + 1] !== 'to' || upos[u[i + 2]] !== 'VERB' || xpos[x[i - 1]] !== 'NN') continue;
      if (!/^(the|a|an|this|that|its|his|her|their|our|my|your)$/.test(lower[i - 2]) || (i >= 3 && /^(ADP|VERB)$/.test(upos[u[i - 3]]) && !SAYING.test(lower[i - 3]))) continue;
      u[i] = VERB; x[i] = VBZ;
    }
  }

  /**
   * "the Six Nations", "the Three Gorges Dam": a capitalised number word inside a sentence, right
   * before a proper noun, is the first word of that name, not a count of it (a count is lower case
   * there: "two Nations players").
   */
  private fixNumberNames(forms: string[], u: Int32Array, x: Int32Array): void {
    const { xpos } = this.index;
    const { PROPN, NNP } = this.officeTags;
    for (let i = 1; i + 1 < forms.length; i++) {
      if (!NUMBER_WORDS.test(forms[i]) || xpos[x[i]] !== 'CD' || !/^NNPS?$/.test(xpos[x[i + 1]]) || !/^[a-z,;(]/.test(forms[i - 1])) continue;
      u[i] = PROPN; x[i] = NNP;
    }
  }

  /**
   * "four men in a car today shot at a sentry post", "a gunman shot Tom Vale": an irregular past
   * that is also a noun ("shot", "hit", "cut"), read as a noun right after the subject's last noun,
   * before a preposition, a determiner or a name, with no finite verb since the clause began, is
   * the clause's verb. (After a determiner or an adjective it stays the noun: "took a shot at goal".)
   */
  private fixIrregularPast(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { VERB, VBD } = this.officeTags;
    for (let i = 2; i + 1 < lower.length; i++) {
      if (!IRREGULAR_PAST.test(lower[i]) || !/^NNS?$/.test(xpos[x[i]]) || !/^(NN|NNS|NNP|NNPS)$/.test(xpos[x[i - 1]]) || !(/^(ADP|DET|PRON|NUM)$/.test(upos[u[i + 1]]) || (upos[u[i + 1]] === 'PROPN' && SHOT.test(lower[i])))) continue;
      let finite = this.finiteBefore(lower, x, i, false);
      // (nor with a form of "be" or "have" still to come in the clause: "the Chelsea shot at goal was saved")
      for (let k = i + 1; k < lower.length && !CLAUSE_EDGE.test(lower[k]) && !finite; k++) finite = BE_FORMS.test(lower[k]) || /^(has|have|had)$/.test(lower[k]);
      if (finite) continue;
      u[i] = VERB; x[i] = VBD;
    }
  }

  /** Is there a finite verb (or, with `be`, a form of "be") between word i and the start of its clause? */
  private finiteBefore(lower: string[], x: Int32Array, i: number, be: boolean): boolean {
    const { xpos } = this.index;
    for (let k = i - 1; k >= 0 && !CLAUSE_EDGE.test(lower[k]); k--) if (/^(VBD|VBZ|VBP|MD)$/.test(xpos[x[k]]) || (be && BE_FORMS.test(lower[k]))) return true;
    return false;
  }

  /**
   * "Chile armed the rebels", "Peru equipped its troops": a past form in -ed read as an adjective,
   * right after the subject's last noun or a pronoun and before a determiner, with no finite verb
   * since the clause began, is the clause's verb. (An adjective is seldom followed by a determiner;
   * "found the town deserted the next day" has its verb before.)
   */
  private fixPastBeforeDeterminer(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { VERB, VBD } = this.officeTags;
    for (let i = 1; i + 1 < lower.length; i++) {
      if (!/[a-z]ed$/.test(lower[i]) || upos[u[i]] !== 'ADJ' || !/^(NN|NNS|NNP|NNPS|PRP)$/.test(xpos[x[i - 1]]) || !/^(the|a|an|its|his|her|their|our|this|these|those)$/.test(lower[i + 1])) continue;
      if (this.finiteBefore(lower, x, i, true)) continue;
      u[i] = VERB; x[i] = VBD;
    }
  }

  /**
   * "Peru and Chile welcome a resumption of ties": "welcome", "thank" read as an interjection
   * (as in "Welcome!") between a subject and a noun phrase is the clause's verb.
   */
  private fixInterjectionVerb(lower: string[], u: Int32Array, x: Int32Array): void {
    const { upos, xpos } = this.index;
    const { VERB, VBP } = this.officeTags;
    for (let i = 1; i + 1 < lower.length; i++) {
      if (upos[u[i]] !== 'INTJ' || !/^(welcome|thank)$/.test(lower[i]) || !/^(NOUN|PROPN|PRON)$/.test(upos[u[i - 1]]) || !/^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(upos[u[i + 1]])) continue;
      u[i] = VERB; x[i] = VBP;
    }
  }

  /**
   * "demanding that President Mugabe abandon his policy": the tagger read "abandon" as a
   * preposition. A closed class (prepositions, determiners, conjunctions, pronouns, auxiliaries,
   * particles) has all its words in the training lexicon; a word the lexicon knows but never saw in
   * that class is not in it. After a subject it is the verb the lexicon knows it as, else its noun.
   */
  private fixClosedClass(lower: string[], lex: Int32Array, u: Int32Array, x: Int32Array): void {
    const { upos } = this.index;
    const { VERB, VBP } = this.officeTags;
    // (the lexicon keeps a word's common classes only, so a rare use, "opposite/ADP the exchange",
    // is not enough: a verb the lexicon knows, between a subject and its object, is the verb)
    for (let i = 1; i + 1 < lower.length; i++) {
      if (!CLOSED.test(upos[u[i]]) || !(lex[i] & KNOWN_WORD) || lex[i] & (1 << u[i]) || !(lex[i] & (1 << VERB)) || !/^[a-z]{3,}$/.test(lower[i])) continue;
      if (!/^(PROPN|NOUN|PRON)$/.test(upos[u[i - 1]]) || !/^(DET|PRON|NOUN|PROPN|NUM|ADJ)$/.test(upos[u[i + 1]])) continue;
      u[i] = VERB; x[i] = VBP;
    }
  }

  /**
   * "GILDA FLORES, A MEMBER OF …", "COLONEL FRANCISCO ELENA FUENTES": in copy set in capitals a
   * surname in "-es" that the lexicon never saw is read by its ending as a verb ("flores/VBZ"), and
   * the parse of the whole sentence hangs on it. Such a word right after a proper noun is the
   * name's last word; a verb there ("CRISTIANI SAYS") is one the lexicon knows.
   */
  private fixCapitalSurnames(forms: string[], lex: Int32Array, u: Int32Array, x: Int32Array): void {
    const { PROPN, NNP, VBZ } = this.officeTags;
    for (let i = 1; i < forms.length; i++) {
      if (x[i] !== VBZ || lex[i] & KNOWN_WORD || u[i - 1] !== PROPN || !/^[A-Z]{3,}$/.test(forms[i])) continue;
      u[i] = PROPN; x[i] = NNP;
    }
  }

  /**
   * "PRESIDENT KIM IL-SONG", "KIM JONG-IL": in copy set in capitals a given name of two syllables
   * hyphened together is read by its parts, and where the second is an English word ("SONG") the
   * tagger makes it a common noun that heads the phrase, the name cut off before it. A word glued
   * by a hyphen onto a word the lexicon saw only as a name or never ("IL"), itself after a proper
   * noun, is the name's last word. (Not "THE FMLN-GOVERNMENT TALKS": FMLN follows a determiner;
   * nor "VICE PRESIDENT-ELECT", "CAMILISTA UNION-ARMY": the lexicon saw "president", "union" as nouns.)
   */
  private fixHyphenedGivenNames(forms: string[], lex: Int32Array, u: Int32Array, x: Int32Array): void {
    const { PROPN, NNP, NOUN } = this.officeTags;
    for (let i = 3; i < forms.length; i++) {
      if (u[i] !== NOUN || forms[i - 1] !== '-' || !/^[A-Z]{2,}$/.test(forms[i]) || !/^[A-Z]{2,}$/.test(forms[i - 2])) continue;
      if (lex[i - 2] & AMBIGUITY_BITS & ~(1 << PROPN) || u[i - 2] !== PROPN || u[i - 3] !== PROPN || !/^[A-Z]{2,}$/.test(forms[i - 3])) continue;
      u[i] = PROPN; x[i] = NNP;
    }
  }

  /**
   * The tags of a sentence with a fixed phrase in it ("for the time being"): its other words are
   * tagged without it (read with it, "will for the time being support the strikers" made "support"
   * a noun), the phrase as a preposition, a determiner and nouns.
   */
  private tagApart(forms: string[], { words: cut, outer }: Aside, u: Int32Array, x: Int32Array): void {
    const kept = keptWords(forms.length, outer);
    const s2 = sentenceWords(kept.map((i) => forms[i]));
    const tags = this.tagger.tag(s2, lexiconCodes(s2, this.tagger.lexicon));
    const { upos, xpos, uposOf, xposOf } = this.index;
    kept.forEach((i, j) => { u[i] = uposOf[tags[j]]; x[i] = xposOf[tags[j]]; });
    for (let i = cut[0]; i < cut[1]; i++) {
      const [p, q] = i === cut[0] ? ['ADP', 'IN'] : i === cut[0] + 1 ? ['DET', 'DT'] : ['NOUN', 'NN'];
      u[i] = upos.indexOf(p); x[i] = xpos.indexOf(q);
    }
  }

  /**
   * The parse of the sentence's words; a fixed phrase the parser cannot read ("for the time
   * being") is parsed out and put back (nlp/asides.ts).
   */
  private parse(forms: string[], s: ReturnType<typeof sentenceWords>, aside: Aside | undefined, u: Int32Array, x: Int32Array): { heads: Int32Array; labels: Int32Array } {
    if (!aside) {
      const full = this.parser.parse(parserInput(s, u, x));
      return this.mendLead(forms, s.lower, u, x, full) ?? full;
    }
    const { words: cut, outer } = aside;
    const kept = keptWords(forms.length, outer);
    const p = this.parsePart(forms, kept, u, x);
    const names = this.parser.meta.labels;
    const L = { obl: names.indexOf('obl'), case: names.indexOf('case'), det: names.indexOf('det'), compound: names.indexOf('compound'), punct: names.indexOf('punct') };
    return putAsideBack(forms.length, kept, p.heads, p.labels, cut, outer, (i) => this.index.upos[u[i]] === 'VERB', L);
  }

  /** The parse of some of a sentence's words (`idx`, in order) as a sentence of their own, with the tags they have. */
  private parsePart(forms: string[], idx: readonly number[], u: Int32Array, x: Int32Array): { heads: Int32Array; labels: Int32Array } {
    return this.parser.parse(parserInput(sentenceWords(idx.map((i) => forms[i])), Int32Array.from(idx, (i) => u[i]), Int32Array.from(idx, (i) => x[i])));
  }

  /**
   * A fronted "according to …," the parser took for the sentence's root, with the clause after it
   * parsed apart (nlp/lead-source.ts); undefined where the parse stands or the clause has no verb.
   */
  private mendLead(forms: string[], lower: string[], u: Int32Array, x: Int32Array, full: { heads: Int32Array }): { heads: Int32Array; labels: Int32Array } | undefined {
    const lead = leadSpan(lower);
    const n = forms.length;
    const root = full.heads.indexOf(n);
    if (!lead || root < lead[0] || root >= lead[1]) return undefined;
    const [a, c] = lead;
    const part = (idx: number[]): Part => ({ idx, ...this.parsePart(forms, idx, u, x) });
    const clause = part(forms.map((_, i) => i).filter((i) => i < a || i > c));
    const top = clause.idx[clause.heads.indexOf(clause.idx.length)];
    if (top === undefined || this.index.upos[u[top]] !== 'VERB') return undefined;
    const names = this.parser.meta.labels;
    return joinLead(n, clause, part(forms.map((_, i) => i).slice(a, c)), c, names.indexOf('obl'), names.indexOf('punct'));
  }

  analyse(forms: string[]): Analysis {
    const n = forms.length;
    if (n === 0) return { upos: [], xpos: [], heads: [], deprels: [], entities: [] };
    const s = sentenceWords(forms);
    // (the words' lexicon codes, read once: the tagger and fixClosedClass both use them)
    const lex = lexiconCodes(s, this.tagger.lexicon);
    const tags = this.tagger.tag(s, lex);
    const { uposOf, xposOf } = this.index;
    // (plain loops: no closure per sentence on this per-token path)
    const buf = new ArrayBuffer(8 * n), u = new Int32Array(buf, 0, n), x = new Int32Array(buf, 4 * n, n);
    for (let i = 0; i < n; i++) { u[i] = uposOf[tags[i]]; x[i] = xposOf[tags[i]]; }
    // (a fixed phrase the parser cannot read, when words enough are left to parse without it)
    const found = asideSpan(s.lower);
    const outer = found && withCommas(s.lower, found);
    const cut = found && outer && n - (outer[1] - outer[0]) >= 2 ? { words: found, outer } : undefined;
    if (cut) this.tagApart(forms, cut, u, x);
    this.fixOffices(s.lower, u, x);
    this.fixAmpersandNames(forms, u, x);
    this.fixPositions(forms, u, x);
    this.fixDatedMonths(s.lower, u, x);
    this.fixDeterminedVerbs(s.lower, u, x);
    this.fixFirmCues(forms, u, x);
    this.fixInfinitiveNouns(s.lower, u, x);
    this.fixPastAfterSubject(forms, s.lower, u, x);
    this.fixPrenominalParticiple(s.lower, u, x);
    this.fixIntransitiveParticiple(s.lower, u, x);
    this.fixPossessedParticiple(s.lower, u, x);
    this.fixAdverbBeforeParticiple(s.lower, u, x);
    this.fixHarmParticiple(s.lower, u, x);
    this.fixQuotedParticiple(s.lower, u, x);
    this.fixIntentVerbs(s.lower, u, x);
    this.fixNumberNames(forms, u, x);
    this.fixIrregularPast(s.lower, u, x);
    this.fixInterjectionVerb(s.lower, u, x);
    this.fixPastBeforeDeterminer(s.lower, u, x);
    this.fixClosedClass(s.lower, lex, u, x);
    this.fixCapitalSurnames(forms, lex, u, x);
    this.fixHyphenedGivenNames(forms, lex, u, x);
    const { heads, labels } = this.parse(forms, s, cut, u, x);
    const upos: string[] = new Array(n), xpos: string[] = new Array(n), hs: number[] = new Array(n), deprels: string[] = new Array(n);
    const names = this.parser.meta.labels;
    for (let i = 0; i < n; i++) {
      upos[i] = this.index.upos[u[i]];
      xpos[i] = this.index.xpos[x[i]];
      hs[i] = heads[i] === n ? 0 : heads[i] + 1;
      deprels[i] = names[labels[i]];
    }
    return { upos, xpos, heads: hs, deprels, entities: this.ner ? trimNames(forms, this.ner.entities(s, upos)) : [] };
  }
}

/** A name neither begins nor ends with punctuation ("[FMLN]" is the name FMLN). */
export function trimNames(forms: string[], spans: EntitySpan[]): EntitySpan[] {
  const word = (i: number) => /[\p{L}\p{N}]/u.test(forms[i]);
  const out: EntitySpan[] = [];
  for (const e of spans) {
    let { start, end } = e;
    while (start < end && !word(start)) start++;
    while (end > start && !word(end - 1)) end--;
    // ("Ireland's Brian O'Driscoll" read as one place): a possessive inside a name ends it; the
    // possessor keeps the type, and what it owns is left for the mention reader to type
    const poss = forms.slice(start + 1, end - 1).findIndex((f) => POSSESSIVE.test(f));
    if (poss >= 0) end = start + 1 + poss;
    if (start < end) out.push({ start, end, type: e.type });
  }
  return out;
}

let shared: Analyser | undefined;

/** The analyser from data/models/ (loaded on first use). */
export function analyser(dir = MODEL_DIR): Analyser {
  if (shared && dir === MODEL_DIR) return shared;
  const t = loadModels<TaggerMeta>(`${dir}/tagger.bin`);
  const p = loadModels<ParserMeta>(`${dir}/parser.bin`);
  const n = loadModels<NerMeta>(`${dir}/ner.bin`);
  const a = new Analyser(new Tagger(t.models.tagger, t.meta), new Parser(p.models.moves, p.models.labels, p.meta), new NerTagger(n.models.ner, n.meta));
  if (dir === MODEL_DIR) shared = a;
  return a;
}
