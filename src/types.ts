/**
 * actorgraph/types — the small core model every stage shares.
 *
 * Data flow: extract (text → Triple) → resolve (mentions → Actor) → graph (Triple[] → graphology)
 * → store (Neo4j) | viz (Sigma page). Field names here are a public contract: the loader,
 * the page and outside checks (../shared/bench scorers) read them. Add fields; never rename.
 */

/** What kind of thing an endpoint is. `other` marks non-actor objects ("exercises", "nuclear weapons"). */
export type ActorType = 'country' | 'organization' | 'person' | 'group' | 'location' | 'other';

/**
 * What kind of armed group outside the state an actor is, for coreference of unnamed agents
 * ("the guerrillas" → the FMLN named before; "drug traffickers" → the Medellin Cartel):
 * insurgents (guerrillas, rebels) or criminal cartels.
 */
export type ArmedKind = 'insurgent' | 'cartel';

/** A triple endpoint: a canonical actor plus the words that named it in this sentence. */
export interface Actor {
  /** Stable across documents: ISO alpha-3 for countries (RUS), acronym for IGOs (NATO), a slug otherwise. */
  id: string;
  /** Canonical name ("Russia"). */
  name: string;
  type: ActorType;
  /** The words in this sentence ("the Russian Federation"). */
  mention: string;
  /** ISO alpha-3 of the country a person, body or group acts for. */
  country?: string;
  aliases?: string[];
}

export type Modality = 'asserted' | 'possible' | 'necessary' | 'intended' | 'conditional';
export type Tense = 'past' | 'present' | 'future';

export interface Relation {
  /** Readable phrase: "cooperate with". */
  label: string;
  /** Lemma of the head verb (or the relational noun): "cooperate". */
  lemma: string;
  /** Neo4j-safe UPPER_SNAKE relationship type, made only by src/relation-type.ts. */
  type: string;
  negated: boolean;
  modality: Modality;
  tense: Tense;
  /** PLOVER event type (AGREE, CONSULT, ASSAULT, …) when the verb maps to one. */
  category?: string;
}

/**
 * Where a document was filed, or failing that the first place it names: kept with each piece of
 * its evidence (extract/doc-place.ts), stored on its Document node, shown in the evidence panel
 * and used by the map layout for actors with no country of their own.
 */
export interface Place {
  /** As written: the dateline's place ("SAN SALVADOR"), or the name of the first place named ("Baghdad"). */
  name: string;
  /** ISO alpha-3 of the country the place lies in (or is), when known. */
  country?: string;
  /** `dateline`: the document's dateline (or its record's `dateline`/`place` field); `text`: the first place its text names. */
  from: 'dateline' | 'text';
}

export interface Evidence {
  /** Document id: the JSONL record's id, or the file path. */
  doc: string;
  /** Sentence index within the document (0-based). */
  sentence: number;
  /** The sentence text. */
  text: string;
  /** Character offsets of the sentence in the document text. */
  start: number;
  end: number;
  /** The document's place (added by issue 13; absent in older triples files and where none is known). */
  place?: Place;
}

export interface Triple {
  /** Stable hash of (doc, sentence, subject, relation, object). */
  id: string;
  subject: Actor;
  relation: Relation;
  object: Actor;
  evidence: Evidence;
  /**
   * Who said it, for reported speech ("…, said Belousov"), or who alleges or holds it ("accused Chile
   * of …", "trusts that …"); `concept:unidentified-person` when a "he" or "she" no one named could be says it.
   */
  attribution?: Actor;
  /** A date (ISO yyyy-mm-dd when resolvable) or time expression found in the sentence. */
  time?: string;
  /** Which rule made it (e.g. "svo", "passive", "nominal:between"). */
  rule: string;
  confidence: number;
  /** Surface spans for open-IE output (--format carb): arg1, rel, args as written in the sentence. */
  spans?: { arg1: string; rel: string; args: string[] };
}

/** One input document, whatever its file format. */
export interface Doc {
  id: string;
  text: string;
  title?: string;
  date?: string;
  source?: string;
  /**
   * Where the document was filed, as written: a JSONL record's `dateline` (MUC-3) or `place` field,
   * else the wire dateline opening its text ("SAN SALVADOR, 3 JAN 90 --": io/dateline.ts).
   */
  place?: string;
  /** The record is one given sentence (CaRB's "sentence" field): open-IE output keeps it verbatim. */
  unit?: 'sentence';
}

/** Node attributes of the graphology graph (graph.json) shared by viz and store. */
export interface NodeAttrs {
  label: string;
  type: ActorType;
  country?: string;
  aliases?: string[];
  mentions: number;
  /** ISO alpha-3 of the country most of its evidence was filed in (graph/doc-country.ts): the map's fallback. */
  docCountry?: string;
  x?: number;
  y?: number;
  size?: number;
  community?: number;
  pagerank?: number;
  degree?: number;
}

/** Edge attributes: one edge per (subject, relation type, object), evidence merged. */
export interface EdgeAttrs {
  label: string;
  type: string;
  lemma: string;
  category?: string;
  negated: boolean;
  modality: Modality;
  count: number;
  /** Triple ids supporting the edge. */
  evidence: string[];
  /**
   * The page's timeline only (graph/page-data.ts, server/graph-query.ts; not in graph.json):
   * per evidence id, in the same order, its day (graph/evidence-day.ts) or null when undated.
   */
  days?: Array<number | null>;
}

/** What an unnamed armed agent ("the guerrillas") may join, and whose it is. */
export interface UnnamedArmed {
  /** The kinds of named group it may be (empty: it joins nothing). */
  join: ArmedKind[];
  /** Written as a definite description ("the guerrillas"): may point back to one in reach. */
  definite: boolean;
  /** The agent's home country, when known: a group of another country never joins. */
  country?: string;
}

/** What a noun phrase names (extract/mentions.ts reads them; resolve/coreference.ts resolves them). */
export type MentionKind = 'actor' | 'pronoun' | 'generic' | 'pair' | 'time' | 'concept' | 'none';

export interface Mention {
  kind: MentionKind;
  /** Token range of the words that name the referent (determiner kept: "the Russian Federation"). */
  start: number;
  end: number;
  text: string;
  actor?: Actor;
  /** Office of a person ("minister") and the actor it is held for: "Belousov –minister of→ Russia". */
  role?: { title: string; of?: Actor };
  /** The body a person or group is named as acting for ("a Labour spokesman" → Labour): whom their "we" means. */
  side?: Actor;
  /** Owner of a relational noun: "Russian aggression" → RUS. */
  owner?: Actor;
  /** An owner still to resolve ("the country's rating", "the company's shares"): extract/analyse.ts makes it `owner`. */
  ownerRef?: Mention;
  /** Country a concept belongs to ("Israeli changes" → ISR). */
  country?: string;
  /** Pronoun / generic noun to resolve ("he", "alliance"); number for "they".
   * `own`: a person's own, "his party", "her country": resolved through that person, never to the nearest fit. */
  ref?: { word: string; want: 'person' | 'thing' | 'plural' | 'first' | 'country' | 'organization' | 'pair'; own?: boolean };
  /** Head phrase of a concept as written ("joint strategic exercises"); its id uses conceptKey(). */
  concept?: string;
  /** An unnamed armed agent ("the guerrillas"): the named armed group it may be (extract/unnamed.ts). */
  unnamed?: UnnamedArmed;
  /** The same noun for nationalities coordinated before it: "US and British troops" → US troops (extract/coordinated.ts). */
  also?: Actor[];
}
