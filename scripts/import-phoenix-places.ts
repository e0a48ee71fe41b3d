/**
 * Builds data/phoenix-places.json from the country blocks of the Phoenix/CAMEO actor dictionary
 * (MIT, Open Event Data Alliance; ../shared/bench/petrarch/dictionaries/Phoenix.Countries.actors.txt):
 * place names (the "+" synonyms under each "COUNTRY_ [ISO]" header) → the ISO alpha-3 country
 * they lie in. Names listed under two countries, already in the gazetteer, short, common words or
 * demonym-like are dropped (why: each would turn ordinary words or people into places).
 * Run once when the dictionary changes: `npx tsx scripts/import-phoenix-places.ts`. The output is
 * data, committed, so users need nothing from ../shared.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { nlp, its } from '../src/nlp/wink.ts';
import { gazetteer } from '../src/resolve/gazetteer.ts';
import { phraseTokens } from '../src/nlp/wink.ts';
const lines = readFileSync('../shared/bench/petrarch/dictionaries/Phoenix.Countries.actors.txt', 'latin1').split('\n');
const by = new Map<string, Set<string>>();
// A block: a header line (optionally "[ISO]" on it), "+" synonyms, then code lines ("\t[ISO]" for a country; persons have longer codes)
let pending: string[] = [];
let inline: string | null = null;
const flush = (code: string | null) => { if (code) for (const n of pending) { if (!by.has(n)) by.set(n, new Set()); by.get(n)!.add(code); } };
for (const line of lines) {
  if (line.startsWith('#') || !line.trim()) continue;
  // (a synonym line may end in a comment: "+GOLAN_HEIGHTS  # De facto vs. de jure")
  if (line.startsWith('+')) { pending.push(line.slice(1).replace(/#.*$/, '').trim().replace(/_+$/, '').replace(/_/g, ' ').replace(/\s*\(.*\)$/, '')); continue; }
  const code = /^\s+\[([A-Z]{3})(?:\s[^\]]*)?\]\s*$/.exec(line);
  if (code) { flush(code[1]); pending = []; continue; }
  if (/^\s/.test(line)) { pending = []; continue; }
  flush(inline);
  pending = [];
  const m = /\[([A-Z]{3})(?:\s[^\]]*)?\]\s*$/.exec(line);
  inline = m ? m[1] : null;
}
flush(inline);
const common = (w: string) => { const d = nlp.readDoc(w).tokens(); return ['VERB', 'ADJ', 'ADV', 'ADP', 'DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'NUM'].includes(d.out(its.pos)[0]) || d.out(its.lemma as never)[0] !== w; };
const g = gazetteer();
const out: Record<string, string> = {};
let dropped = { ambiguous: 0, known: 0, short: 0, common: 0, demonym: 0 };
for (const [name, set] of [...by].sort()) {
  if (set.size > 1) { dropped.ambiguous++; continue; }
  const key = phraseTokens(name).join(' ');
  // the gazetteer already holds this file's places: only other kinds of entry count as known
  // (with or without a leading "the": "The United States" is the country the gazetteer knows)
  const known = g.entries.get(key) ?? g.entries.get(key.replace(/^the /, ''));
  if (known && known.kind !== 'place') { dropped.known++; continue; }
  const words = name.toLowerCase().split(/[\s-]+/);
  if (name.replace(/[^A-Z]/g, '').length < 5) { dropped.short++; continue; }
  if (words.length === 1 && common(words[0])) { dropped.common++; continue; }
  if (words.length === 1 && /(an|ans|ese|ish|ian|ians)$/.test(words[0]) && !/stan$/.test(words[0])) { dropped.demonym++; continue; }
  const display = name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a, b) => a + b.toUpperCase());
  out[display] = [...set][0];
}
console.log(Object.keys(out).length, dropped);
writeFileSync('data/phoenix-places.json', JSON.stringify({ _comment: 'Places (cities, regions, provinces, variant spellings) → the ISO alpha-3 country they lie in, from the country blocks of the Phoenix/CAMEO actor dictionary (MIT, Open Event Data Alliance; Phoenix.Countries.actors.txt: the "+" synonyms under each "COUNTRY_ [ISO]" header). Dropped when listed under two countries, already a gazetteer name, shorter than 5 letters, a common English word, or demonym-like (-an, -ese, -ish). A place is a location actor that carries its country.', places: out }, null, 0).replace(/,"/g, ',\n"') + '\n');
