/**
 * npm run bench:parse — the tagger, parser and entity recogniser in data/models/, measured:
 *
 *   quality    UAS, LAS (universal relation), LAS with subtypes and UPOS accuracy on EWT dev and
 *              GUM dev (gold tokenisation, word lines only), also on upper-cased copies;
 *              entity P/R/F1 on GUM dev and its upper-cased copy (gold: outermost person /
 *              organization / place spans with a PROPN head; a prediction matches when it covers
 *              that head word with that type)
 *   speed      tokens/s for tagging + parsing + entities on one core over the BBC corpus's
 *              sentences (our tokenisation), median of 3, beside wink-nlp's own tagging pass over
 *              the same documents in the same run; model load time; peak RSS
 *
 * Dev sets are for diagnosis: the held-out test splits are scored outside the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyser } from '../src/nlp/analyser.js';
import { readConllu } from '../src/nlp/conllu.js';
import { formatScores, TreeScorer } from '../src/nlp/evaluate.js';
import { its, nlp } from '../src/nlp/wink.js';
import { segment, writtenForms } from '../src/extract/segment.js';
import { evaluateEntities, goldEntities } from '../src/nlp/entity-gold.js';

const UD = process.env.ACTORGRAPH_UD ?? join('..', 'shared', 'data', 'ud');
const BBC = process.argv.find((a, i) => i > 1 && !a.startsWith('--')) ?? join('..', 'shared', 'data', 'news', 'bbc.jsonl');

// Memory as users meet it: a child process streams the corpus document by document (read,
// split, tag, parse, name; nothing kept) and reports its peak RSS.
if (process.argv.includes('--stream-rss')) {
  const { createInterface } = await import('node:readline');
  const { createReadStream } = await import('node:fs');
  const a = analyser();
  let tokens = 0;
  for await (const line of createInterface({ input: createReadStream(BBC) })) {
    if (!line.trim()) continue;
    for (const s of segment((JSON.parse(line) as { text: string }).text)) tokens += s.tokens.length; // segment() parses each sentence
  }
  console.log(JSON.stringify({ tokens, maxRss: process.resourceUsage().maxRSS * 1024, entities: a.ner !== undefined }));
  process.exit(0);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let peak = process.memoryUsage().rss;
const sample = () => { peak = Math.max(peak, process.memoryUsage().rss); };

const t0 = performance.now();
const a = analyser();
a.analyse(['Warm', 'up', '.']);
console.log(`models loaded in ${((performance.now() - t0) / 1000).toFixed(2)} s`);

if (!existsSync(join(UD, 'en_ewt-ud-dev.conllu'))) {
  console.log(`quality skipped: ${UD} has no UD treebanks (they live beside the repository in ../shared/data/ud)`);
} else {
  for (const [name, file] of [['EWT dev', 'en_ewt-ud-dev.conllu'], ['GUM dev', 'en_gum-ccby-dev.conllu']] as const) {
    const gold = readConllu(readFileSync(join(UD, file), 'utf8'), file);
    for (const upper of [false, true]) {
      const sc = new TreeScorer();
      const predicted = gold.map((s) => {
        if (s.comments.some((c) => c.startsWith('# newdoc'))) a.startDocument();
        const forms = s.words.map((w) => (upper ? w.form.toUpperCase() : w.form));
        const out = a.analyse(forms);
        sc.add(out, { upos: s.words.map((w) => w.upos), heads: s.words.map((w) => w.head), deprels: s.words.map((w) => w.deprel) });
        return out.entities;
      });
      sample();
      console.log(`${name}${upper ? ' upper-cased' : ''}: ${formatScores(sc.scores())} (${sc.scores().words} words)`);
      if (name === 'GUM dev') {
        const e = evaluateEntities(gold.map(goldEntities), predicted);
        console.log(`${name}${upper ? ' upper-cased' : ''} entities: P ${e.p.toFixed(4)} R ${e.r.toFixed(4)} F1 ${e.f1.toFixed(4)} (${e.gold} gold, ${e.predicted} predicted)`);
      }
    }
  }
}

if (!existsSync(BBC)) {
  console.log(`speed skipped: ${BBC} not found (the news corpora live beside the repository in ../shared/data/news)`);
} else {
  const docs = readFileSync(BBC, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string });
  // (the forms the extractor gives the models: as written)
  const byDoc = docs.map((d) => segment(d.text).map((s) => writtenForms(s.tokens, d.text)));
  const sentences = byDoc.flat();
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const ours: number[] = [], wink: number[] = [];
  for (let r = 0; r < 3; r++) {
    let t = performance.now();
    for (const d of docs) nlp.readDoc(d.text).tokens().out(its.pos);
    wink.push((performance.now() - t) / 1000);
    t = performance.now();
    for (const d of byDoc) { a.startDocument(); for (const s of d) a.analyse(s); }
    ours.push((performance.now() - t) / 1000);
    sample();
  }
  const o = median(ours), w = median(wink);
  console.log(`corpus: ${BBC} (${docs.length} documents, ${sentences.length} sentences, ${tokens} tokens)`);
  console.log(`wink-nlp tagging pass (baseline): median ${w.toFixed(2)} s = ${Math.round(tokens / w)} tokens/s  [${wink.map((x) => x.toFixed(2)).join(', ')}]`);
  console.log(`actorgraph tag + parse + entities: median ${o.toFixed(2)} s = ${Math.round(tokens / o)} tokens/s  [${ours.map((x) => x.toFixed(2)).join(', ')}]`);
}
console.log(`peak RSS of this benchmark (all BBC sentences held for timing) ${(peak / 2 ** 20).toFixed(0)} MiB`);
if (existsSync(BBC)) {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync(process.execPath, ['--import', 'tsx', process.argv[1], BBC, '--stream-rss'], { encoding: 'utf8' });
  const out = r.status === 0 ? (JSON.parse(r.stdout.trim().split('\n').pop()!) as { tokens: number; maxRss: number }) : undefined;
  console.log(out ? `streaming the corpus (read, split, tag, parse, name; document by document): peak RSS ${(out.maxRss / 2 ** 20).toFixed(0)} MiB over ${out.tokens} tokens` : `streaming RSS run failed: ${r.stderr}`);
}
