/**
 * Builds data/phoenix-international.json from the multinational corporations and non-governmental
 * organisations of the Phoenix/CAMEO international actors dictionary (MIT, Open Event Data
 * Alliance; ../shared/bench/petrarch/dictionaries/Phoenix.International.actors.txt: lines
 * "NAME_ [MNC<ISO>…]" and "NAME_ [NGO<ISO>…]"): body name → the ISO alpha-3 country it is coded
 * with ("" when the code names none, as in [MNC], [NGOHLH] or [MNCAFR]). Why: the entity
 * recogniser often reads a company's one-word name as a person ("Nokia said", "Boeing won"), and
 * a company carries its country (issue 10).
 *
 * Each name also gives its bare form without a legal suffix ("Nomura Holdings Inc ADR" → "Nomura
 * Holdings", "Nomura"). Dropped: names listed with two countries; names already in the gazetteer
 * (countries, capitals, demonyms, organisations); names shorter than 3 letters; and one-word names
 * that English uses as ordinary words, judged by their lower-case use in the UD English treebanks
 * (../shared/data/ud: "apple", "target", "shell", "coach" each turn up in lower case there), or that
 * are a word of a listed person's name (data/phoenix-persons.json: "Cato"), or a one-word possessive.
 * Run once when the dictionary changes: `npx tsx scripts/import-phoenix-international.ts`. The output
 * is data, committed, so users need nothing from ../shared.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gazetteer } from '../src/resolve/gazetteer.ts';
import { phraseTokens } from '../src/nlp/wink.ts';
import { slug as slugOf } from '../src/resolve/names.ts';

const SRC = '../shared/bench/petrarch/dictionaries/Phoenix.International.actors.txt';
const UD = ['en_ewt-ud-train.conllu', 'en_gum-ccby-train.conllu'].map((f) => `../shared/data/ud/${f}`);
if (!existsSync(SRC) || UD.some((f) => !existsSync(f))) {
  console.error(`import-phoenix-international: needs ${SRC} and ${UD.join(', ')} (the shared bench and UD data); nothing written`);
  process.exit(1);
}

// Words written in lower case somewhere in the treebanks: ordinary English words.
const lowerWords = new Set<string>();
for (const f of UD) for (const line of readFileSync(f, 'utf8').split('\n')) {
  const [, form, lemma] = line.split('\t');
  if (form && /^[a-z]+$/.test(form)) lowerWords.add(form);
  if (form && /^[a-z]+$/.test(form) && lemma && /^[a-z]+$/.test(lemma)) lowerWords.add(lemma);
}
// Words of listed persons' names ("Cato", "Alexander"): one such word alone is more often the person.
const personWords = new Set<string>();
for (const n of Object.keys(JSON.parse(readFileSync('data/phoenix-persons.json', 'utf8')).persons as Record<string, string>)) for (const w of n.toLowerCase().split(/[\s-]+/)) personWords.add(w);

/** Legal and listing suffixes news leaves off: "Boeing Co", "Nokia Oyj", "Nomura Holdings Inc ADR". */
const SUFFIX = /^(inc|inc\.|corp|corp\.|corporation|co|co\.|company|ltd|ltd\.|limited|plc|adr|ads|lp|l\.p\.|llc|sa|s\.a\.|ag|nv|n\.v\.|oyj|ab|asa|spa|s\.p\.a\.|se|the|holdings|holding|group)$/i;

/** Suffixes that say what a company does rather than its legal form: kept on a one-word stem ("Nomura Holdings"). */
const BUSINESS = /^(holdings|holding|group)$/i;

const g = gazetteer();
const by = new Map<string, Set<string>>();
const put = (name: string, country: string) => { if (!by.has(name)) by.set(name, new Set()); by.get(name)!.add(country); };
for (const line of readFileSync(SRC, 'latin1').split('\n')) {
  const m = /^([A-Z0-9][^\s[#]*?)_?\s+\[(?:MNC|NGO)([A-Z]{3})?[A-Z]*\]/.exec(line);
  if (!m) continue;
  // (a few lines are spokesmen of companies, not companies)
  if (/#.*\b(spokesman|spokeswoman|president|chairman|ceo|director)\b/i.test(line)) continue;
  const code = m[2] && g.actors.get(m[2])?.type === 'country' ? m[2] : '';
  // (names are written with "_" for spaces; a few carry stray commas or quotes)
  const words = m[1].replace(/[_,;"]+$/, '').split('_').filter(Boolean);
  if (words.some((w) => /[",;]/.test(w))) continue;
  put(words.join(' '), code);
  // ("Whitney Holding Corp" gives "Whitney Holding", never "Whitney": a first name alone is a person)
  while (words.length > 1 && SUFFIX.test(words[words.length - 1]) && !(words.length === 2 && BUSINESS.test(words[1]))) { words.pop(); put(words.join(' '), code); }
}

const out: Record<string, string> = {};
const OUT = 'data/phoenix-international.json';
const previous = (existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')).bodies : {}) as Record<string, string>;
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|today|tonight|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|day|week|month|year)$/;
const dropped = { ambiguous: 0, known: 0, short: 0, common: 0 };
for (const [name, set] of [...by].sort()) {
  if (set.size > 1) { dropped.ambiguous++; continue; }
  const words = name.toLowerCase().split(/\s+/);
  if (name.replace(/[^A-Za-z]/g, '').length < 3) { dropped.short++; continue; }
  // (a name of several ordinary words is still a name: "General Electric" matches only as written together)
  if (words.length === 1 && (lowerWords.has(words[0]) || personWords.has(words[0]))) { dropped.common++; continue; }
  // ("Alexander's", "Kirkland's": a possessive would swallow the person's name it spells)
  if (/'s$/i.test(name) && words.length === 1) { dropped.common++; continue; }
  // ("Tuesday Morning", a retailer: a name made of time words reads as a time in any news)
  if (words.every((w) => TIME_WORDS.test(w))) { dropped.common++; continue; }
  // (the gazetteer holds this file's own last output: an entry it added itself is no other name)
  const prev = g.entries.get(phraseTokens(name).join(' '));
  if (prev && !(prev.kind === 'org' && previous[prev.name] !== undefined && prev.id === slugOf(prev.name))) { dropped.known++; continue; }
  // display: "COCA-COLA" → "Coca-Cola"; a word without vowels is an acronym ("LKQ", "BNP")
  const display = name.toLowerCase().replace(/(^|[\s\-.&])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase())
    .replace(/\b[b-df-hj-np-tv-z]{2,4}\b/gi, (w) => w.toUpperCase());
  out[display] = [...set][0];
}
console.log(Object.keys(out).length, dropped);
writeFileSync(OUT, JSON.stringify({
  _comment: 'Multinational companies and non-governmental organisations → the ISO alpha-3 country they are coded with ("" when none), from the MNC and NGO lines of the Phoenix/CAMEO international actors dictionary (MIT, Open Event Data Alliance; Phoenix.International.actors.txt). Each name also in its bare form without a legal suffix (Inc, Corp, Ltd, Holdings …). Dropped when coded with two countries, already a gazetteer name, shorter than 3 letters, or one word that the UD English treebanks use in lower case, that is a word of a listed person\'s name, or that ends in a possessive. Built by scripts/import-phoenix-international.ts. A company or NGO is an organization actor that carries its country.',
  bodies: out,
}, null, 0).replace(/,"/g, ',\n"') + '\n');
