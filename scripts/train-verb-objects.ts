/**
 * Counts, over the UD training treebanks, how often each verb lemma takes an object or is
 * passive, and writes data/models/verb-objects.json. The extractor asks it whether a past form
 * joined to a passive can be one more participle of it ("was arrested and extradited": extradite
 * takes an object, so "extradited" is passive) or is the subject's own act ("was injured and died").
 * Users never run this: the table ships. `npx tsx scripts/train-verb-objects.ts`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../src/nlp/conllu.js';

const UD = process.env.ACTORGRAPH_UD ?? join('..', 'shared', 'data', 'ud');
const FILES = ['en_ewt-ud-train.conllu', 'en_gum-ccby-train.conllu'];
/** Fewer sightings than this say nothing about a verb. */
const MIN_SEEN = 3;

const seen = new Map<string, number>(), transitive = new Map<string, number>();
for (const file of FILES) {
  for (const s of readConllu(readFileSync(join(UD, file), 'utf8'), file)) {
    const deps = new Map<number, Set<string>>();
    for (const w of s.words) {
      if (!deps.has(w.head)) deps.set(w.head, new Set());
      deps.get(w.head)!.add(w.deprel);
    }
    for (const w of s.words) {
      if (w.upos !== 'VERB') continue;
      const lemma = w.lemma.toLowerCase(), d = deps.get(w.id) ?? new Set();
      seen.set(lemma, (seen.get(lemma) ?? 0) + 1);
      // (an object, a passive, or a participle describing a noun, "the wounded soldiers": each shows the verb has a patient)
      if (d.has('obj') || d.has('nsubj:pass') || d.has('aux:pass') || (w.xpos === 'VBN' && /^(acl|amod)$/.test(w.deprel))) transitive.set(lemma, (transitive.get(lemma) ?? 0) + 1);
    }
  }
}
const verbs: Record<string, [number, number]> = {};
for (const [lemma, n] of [...seen].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= MIN_SEEN && /^[a-z-]+$/.test(lemma)) verbs[lemma] = [n, transitive.get(lemma) ?? 0];
writeFileSync(join('data', 'models', 'verb-objects.json'), JSON.stringify({
  _comment: 'Verb lemma → [times seen as a verb, times with an object, a passive or an attributive participle] in UD English EWT + GUM (CC BY genres) train; scripts/train-verb-objects.ts. Licence: data/models/NOTICE.',
  verbs,
}) + '\n');
process.stdout.write(`verb-objects: ${Object.keys(verbs).length} lemmas seen ${MIN_SEEN}+ times\n`);
