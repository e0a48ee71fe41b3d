/**
 * Collects, over GUM's training split, the common nouns that head mentions of people, and writes
 * data/models/person-nouns.json. GUM marks every mention of an entity with its type, "a
 * 16-year-old burglar" as a person like "Tony Martin"; a noun that heads person mentions almost
 * always names someone. The extractor uses the list to see people a text describes but never names
 * (resolve/unnamed-persons.ts): "he" after "a burglar" may be the burglar, not the last name.
 * Users never run this: the table ships. `npx tsx scripts/train-person-nouns.ts`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../src/nlp/conllu.js';
import { entityMentions } from '../src/nlp/entity-gold.js';

const UD = process.env.ACTORGRAPH_UD ?? join('..', 'shared', 'data', 'ud');
const FILE = 'en_gum-ccby-train.conllu';
/** A noun seen heading fewer mentions says nothing; one heading others often enough is no person's. */
const MIN_SEEN = 2, MIN_SHARE = 0.8;

const seen = new Map<string, number>(), person = new Map<string, number>();
for (const s of readConllu(readFileSync(join(UD, FILE), 'utf8'), FILE)) {
  for (const m of entityMentions(s)) {
    const w = s.words[m.head];
    if (w.upos !== 'NOUN') continue;
    const lemma = w.lemma.toLowerCase();
    seen.set(lemma, (seen.get(lemma) ?? 0) + 1);
    if (m.type === 'person') person.set(lemma, (person.get(lemma) ?? 0) + 1);
  }
}
const nouns: Record<string, [number, number]> = {};
for (const [lemma, n] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const p = person.get(lemma) ?? 0;
  if (n >= MIN_SEEN && p / n >= MIN_SHARE && /^[a-z-]+$/.test(lemma)) nouns[lemma] = [n, p];
}
writeFileSync(join('data', 'models', 'person-nouns.json'), JSON.stringify({
  _comment: `Common noun lemma → [mentions it heads, of them persons] in UD English GUM (CC BY genres) train, nouns seen ${MIN_SEEN}+ times with ${MIN_SHARE * 100}%+ persons; scripts/train-person-nouns.ts. Licence: data/models/NOTICE.`,
  nouns,
}) + '\n');
process.stdout.write(`person-nouns: ${Object.keys(nouns).length} nouns\n`);
