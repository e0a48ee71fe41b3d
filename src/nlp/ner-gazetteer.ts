/**
 * actorgraph/nlp/ner-gazetteer — name lists as features for the entity recogniser.
 *
 * Ratinov & Roth ("Design challenges and misconceptions in named entity recognition", CoNLL 2009)
 * found gazetteer matches among the most useful NER features, and they matter most here in text set
 * in capitals, where case says nothing: a list match on the lower-cased words still does. The lists
 * are the project's own data (organizations.json, the Phoenix persons and places, country-extras)
 * and the `world-countries` package, read once per process. Phrases are split the way UD tokenises
 * ("U.S." stays one word, "Adam's" is "Adam" + "'s", hyphens stand alone), lower-cased and
 * digit-folded like SentenceWords.lower, so a sentence's words are looked up without re-tokenising.
 *
 * Kept out of src/resolve on purpose: nlp is upstream of resolve and extract and imports neither.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import worldCountries, { type Country } from 'world-countries';
import { foldWord } from './word-features.js';

/** Type bits of a phrase (several when lists disagree, e.g. "georgia" place and person part). */
export const GAZ_PERSON = 1;
export const GAZ_ORG = 2;
export const GAZ_PLACE = 4;
export const GAZ_DEMONYM = 8;
export const GAZ_GROUP = 16;

/** Position of a word in its longest match (BILOU, which R&R found better than BIO). */
export const GAZ_B = 1, GAZ_I = 2, GAZ_L = 3, GAZ_U = 4;

export const MAX_PHRASE = 6;

export interface GazetteerHits {
  /** Per word: (type bits << 3) | position in the longest match starting at or covering it; 0 = none. */
  match: Uint16Array;
  /** Per word: type bits of every phrase the word is part of ("john" is part of person names). */
  part: Uint8Array;
}

// The package is CommonJS: under Node's ESM loader its array arrives as the default export.
const countries = worldCountries as unknown as Country[];

const TOKEN = /(?:\p{L}\.){2,}|\p{L}+\.(?=\s|$)|[\p{L}\p{N}]+(?:['’](?![sS]\b)\p{L}+)*|['’][sS]\b|[^\s\p{L}\p{N}]/gu;

/** "Kurdistan Workers' Party" → ["kurdistan", "workers", "'", "party"]; "U.S." → ["u.s."]. */
export function phraseTokens(phrase: string): string[] {
  return (phrase.match(TOKEN) ?? []).map(foldWord);
}

export class NerGazetteer {
  /** "bank of america" → type bits. */
  private readonly phrases = new Map<string, number>();
  /** First word → longest phrase (in words) starting with it: most words start none. */
  private readonly first = new Map<string, number>();
  /** Every phrase's first 1 … k-1 words (joined as keys are): a match is only extended past these. */
  private readonly prefixes = new Set<string>();
  private readonly parts = new Map<string, number>();

  constructor(entries: Iterable<[phrase: string, bits: number]> = []) {
    for (const [p, b] of entries) this.add(p, b);
  }

  add(phrase: string, bits: number): void {
    let toks = phraseTokens(phrase);
    // "the States", "the collective West": names are matched (and gold spans trimmed) without "the"
    if (toks[0] === 'the') toks = toks.slice(1);
    if (!toks.length || toks.length > MAX_PHRASE) return;
    const key = toks.join(' ');
    this.phrases.set(key, (this.phrases.get(key) ?? 0) | bits);
    this.first.set(toks[0], Math.max(this.first.get(toks[0]) ?? 0, toks.length));
    for (let k = 1, pre = toks[0]; k < toks.length; pre += ' ' + toks[k], k++) this.prefixes.add(pre);
    for (const t of toks) if (t.length > 1) this.parts.set(t, (this.parts.get(t) ?? 0) | bits);
  }

  get size(): number {
    return this.phrases.size;
  }

  /** Type bits of an exact phrase (lower-cased words joined by one space), 0 when unknown. */
  bits(key: string): number {
    return this.phrases.get(key) ?? 0;
  }

  /** Longest match first, left to right; a word is in at most one match. */
  lookup(lower: string[]): GazetteerHits {
    const n = lower.length;
    const match = new Uint16Array(n);
    const part = new Uint8Array(n);
    for (let i = 0; i < n; i++) part[i] = this.parts.get(lower[i]) ?? 0;
    for (let i = 0; i < n; ) {
      const max = this.first.get(lower[i]);
      let len = 0;
      let bits = 0;
      if (max !== undefined) {
        // The longest phrase here, grown a word at a time while the words so far begin some
        // phrase: most words that start a phrase start few (a first name starts thousands of
        // person names, but "john" + the next word rarely begins one), where trying every length
        // from the longest down built a joined string for each.
        let key = lower[i];
        for (let L = 1, top = Math.min(max, n - i); ; ) {
          const b = this.phrases.get(key);
          if (b) { len = L; bits = b; }
          if (L === top || !this.prefixes.has(key)) break;
          key += ' ' + lower[i + L];
          L++;
        }
      }
      if (!len) { i++; continue; }
      for (let k = 0; k < len; k++) {
        const pos = len === 1 ? GAZ_U : k === 0 ? GAZ_B : k === len - 1 ? GAZ_L : GAZ_I;
        match[i + k] = (bits << 3) | pos;
      }
      i += len;
    }
    return { match, part };
  }
}

const dataFile = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
const readJson = (name: string) => JSON.parse(readFileSync(dataFile(name), 'utf8'));

let cached: NerGazetteer | undefined;

/** The project's gazetteer, built on first use (~50 ms) and shared by the process. */
export function nerGazetteer(): NerGazetteer {
  if (cached) return cached;
  const g = new NerGazetteer();
  const orgs = readJson('organizations.json') as { entries: { name: string; type: string; aliases?: string[] }[] };
  for (const e of orgs.entries) {
    // "group" entries are armed movements and blocs ("Taliban", "the West"): GUM calls some
    // organisations and some places, so they get their own bit and the model weighs it
    const bits = e.type === 'organization' ? GAZ_ORG : GAZ_GROUP;
    for (const p of [e.name, ...(e.aliases ?? [])]) g.add(p, bits);
  }
  for (const p of Object.keys(readJson('phoenix-persons.json').persons)) g.add(p, GAZ_PERSON);
  for (const p of Object.keys(readJson('phoenix-places.json').places)) g.add(p, GAZ_PLACE);
  const extras = readJson('country-extras.json') as Record<'names' | 'demonyms' | 'capitals', Record<string, string[]>>;
  for (const list of Object.values(extras.names)) for (const p of list) g.add(p, GAZ_PLACE);
  for (const list of Object.values(extras.capitals)) for (const p of list) g.add(p, GAZ_PLACE);
  for (const list of Object.values(extras.demonyms)) for (const p of list) g.add(p, GAZ_DEMONYM);
  for (const c of countries) {
    for (const p of [c.name.common, c.name.official, ...(c.capital ?? [])]) g.add(p, GAZ_PLACE);
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) g.add(d, GAZ_DEMONYM);
  }
  cached = g;
  return g;
}
