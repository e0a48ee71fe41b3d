/**
 * tsx scripts/bench-extract-floor.ts [N] [ROUNDS] — where extraction's time goes on the first N BBC articles
 * (default 300, 3 rounds, best of each: the machine is shared): wink-nlp's pass, our analyser alone
 * (tagger, parser, entities on the same sentences), segment (wink + normalise + analyser) and full
 * extraction. The analyser and wink together are the floor of extraction with today's models.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractTriples } from '../src/extract/index.js';
import { segment, writtenForms } from '../src/extract/segment.js';
import { analyser } from '../src/nlp/analyser.js';
import { nlp, its } from '../src/nlp/wink.js';
const BBC = '../shared/data/news/bbc.jsonl';
if (!existsSync(BBC)) {
  console.log(`skipped: ${BBC} not found (the news corpora live beside the repository in ../shared/data/news)`);
  process.exit(0);
}
const N = Number(process.argv[2] ?? 300), R = Number(process.argv[3] ?? 3);
const docs = readFileSync(BBC, 'utf8').split('\n').filter((l) => l.trim()).slice(0, N).map((l) => JSON.parse(l));
const mb = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1e6;
const forms = docs.map((d) => segment(d.text).map((s) => writtenForms(s.tokens, d.text)));
const ntok = forms.flat().reduce((n, s) => n + s.length, 0);
extractTriples({ id: 'warm', text: docs[0].text });
const a = analyser();
const passes: Record<string, () => void> = {
  wink: () => { for (const d of docs) { const doc = nlp.readDoc(d.text); doc.tokens().out(its.pos); doc.tokens().out(its.lemma as never); doc.entities().out(); } },
  analyser: () => { for (const d of forms) { a.startDocument(); for (const s of d) a.analyse(s); } },
  segment: () => { for (const d of docs) segment(d.text); },
  extract: () => { for (const d of docs) extractTriples(d); },
};
const best: Record<string, number> = {};
for (let r = 0; r < R; r++) for (const [k, f] of Object.entries(passes)) { const t = performance.now(); f(); const s = (performance.now() - t) / 1000; best[k] = Math.min(best[k] ?? Infinity, s); }
console.log(`${N} BBC articles, ${mb.toFixed(2)} MB, ${ntok} tokens; best of ${R} rounds:`);
for (const [k, s] of Object.entries(best)) console.log(`  ${k.padEnd(9)} ${s.toFixed(2)} s = ${(mb / s).toFixed(3)} MB/s${k === 'analyser' ? `, ${Math.round(ntok / s)} tokens/s` : ''}`);
