/**
 * Builds data/phoenix-persons.json from the Phoenix/CAMEO country-actors dictionary (MIT,
 * Open Event Data Alliance; ../shared/bench/petrarch/dictionaries/Phoenix.Countries.actors.txt):
 * person names and their aliases → the ISO alpha-3 country they act for (the most recent code).
 * Run once when the dictionary changes: `npx tsx scripts/import-phoenix.ts`. The output is data,
 * committed, so users need nothing from ../shared.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const src = process.argv[2] ?? '../shared/bench/petrarch/dictionaries/Phoenix.Countries.actors.txt';
const lines = readFileSync(src, 'utf8').split('\n');
const out: Record<string, string> = {};
let names: string[] = [];
let codes: string[] = [];
const flush = () => {
  // last listed code is usually open-ended (">date") or the current one; prefer a code with ">" then the last
  const open = codes.find((c) => c.includes('>')) ?? codes[codes.length - 1];
  const iso = open?.replace(/^\[/, '').slice(0, 3);
  if (iso && /^[A-Z]{3}$/.test(iso) && !/^(IGO|NGO|IMG|MNC|UNK|REB|INS|ISM|SPY|CVL|ELI)$/.test(iso)) {
    for (const n of names) {
      const words = n.split(' ');
      if (words.length >= 2 && words.length <= 5 && !out[n]) out[n] = iso;
    }
  }
  names = []; codes = [];
};
for (const raw of lines) {
  const line = raw.replace(/#.*$/, '').trimEnd();
  if (!line.trim()) continue;
  if (/^\s+\[/.test(line)) { codes.push(line.trim().split(/\s+/)[0]); continue; }
  if (line.startsWith('+')) { names.push(clean(line.slice(1))); continue; }
  if (/^[A-Z]/.test(line)) {
    flush();
    const m = line.match(/^(\S+)\s*(\[[^\]]+\])?/);
    if (m) { names.push(clean(m[1])); if (m[2]) codes.push(m[2]); }
  }
}
flush();
function clean(s: string): string {
  return s.trim().split(/\s+/)[0].replace(/_+$/, '').replace(/[_-]+/g, ' ').toLowerCase();
}
// Only person names: drop entries containing words of institutions or places.
const NOT_PERSON = /\b(government|ministry|army|police|party|council|court|republic|kingdom|state|states|forces|military|national|people|union|front|bank|office|agency|committee|parliament|assembly|embassy|navy|air|province|city|island|islands|north|south|east|west|new|saint|st)\b/;
const persons = Object.fromEntries(Object.entries(out).filter(([n]) => !NOT_PERSON.test(n) && /^[a-z .'-]+$/.test(n)));
writeFileSync('data/phoenix-persons.json', JSON.stringify({ _source: 'Phoenix.Countries.actors.txt (Open Event Data Alliance, MIT licence): person name → ISO alpha-3 of the country the person acts for', persons }, null, 0));
console.log(`${Object.keys(persons).length} person names`);
