/**
 * tsx scripts/bench-nlp-identity.ts [--write] [--triples] [--time N] [bbc.jsonl] — guards speed work on
 * the analyser (src/nlp/): the tagger, parser and entity recogniser must give exactly the same
 * output after a change as before it.
 *
 *   check    segments the first 300 BBC articles (which runs the analyser on every sentence, as
 *            extraction does) and the first 40 MUC-3 reports (wire copy in capitals: the caps
 *            paths of the features), and hashes every sentence's UPOS, XPOS, heads, relations and
 *            entity spans; the hash must equal EXPECTED, the output of the code before the speed
 *            work. `--write` prints the hash instead of comparing (to record a new baseline after
 *            a deliberate model change).
 *   --time N analyser tokens/s (median of N passes) over those BBC sentences, and extraction MB/s
 *            over the first 100 articles: a quick, same-sitting stand-in for bench:parse/extract.
 *
 * Every sentence's output is also written to /tmp/nlp-identity.jsonl, so a failing check can be
 * diffed against a dump from the old code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyser } from '../src/nlp/analyser.js';
import { segment, writtenForms } from '../src/extract/segment.js';
import { extractTriples } from '../src/extract/index.js';

/** sha256 of the analyses, and of the triples, from the code before the speed work (commit 894f382; the
 *  triples hash holds only while src/extract/ is that commit's, the analyses hash while the models are). */
const EXPECTED = '178c582dc00e74f2165923fe1563fbce0ddcc63bf4743f96d849bd36a3589853'; // re-recorded 7 Dec 2026 (h31) at main's a8aad74, where the check printed DIFFERENT before any change: the analyser's rules changed since the last recording; the speed work of h31 keeps this hash

const args = process.argv.slice(2);
const flag = (f: string) => args.includes(f);
const timeAt = args.indexOf('--time');
const passes = timeAt >= 0 ? Number(args[timeAt + 1]) : 0;
const BBC = args.find((a, i) => !a.startsWith('--') && (timeAt < 0 || i !== timeAt + 1)) ?? join('..', 'shared', 'data', 'news', 'bbc.jsonl');
const MUC = join(BBC, '..', 'muc3.jsonl');
if (!existsSync(BBC)) {
  console.log(`skipped: ${BBC} not found (the news corpora live beside the repository in ../shared/data/news)`);
  process.exit(0);
}
const read = (p: string, k: number) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).slice(0, k).map((l) => JSON.parse(l) as { id: string; text: string });
const bbc = read(BBC, 300);
const muc = existsSync(MUC) ? read(MUC, 40) : [];

const hash = createHash('sha256');
const dump: string[] = [];
const forms: string[][][] = [];
let sentences = 0;
for (const d of [...bbc, ...muc]) {
  const doc: string[][] = [];
  for (const s of segment(d.text)) {
    const a = s.analysis;
    const line = JSON.stringify([a.upos, a.xpos, a.heads, a.deprels, a.entities.map((e) => [e.start, e.end, e.type])]);
    hash.update(line + '\n');
    dump.push(line);
    doc.push(writtenForms(s.tokens, d.text));
    sentences++;
  }
  forms.push(doc);
}

const slice = passes > 0 ? bbc.slice(0, 100) : [];
writeFileSync('/tmp/nlp-identity.jsonl', dump.join('\n') + '\n');
report('analyses', hash.digest('hex'), EXPECTED, `${sentences} sentences`);

function report(what: string, got: string, want: string, of: string): void {
  if (flag('--write')) console.log(`${what} hash ${got} (${of})`);
  else if (got === want) console.log(`identity check, ${what}: SAME (${of}, ${got.slice(0, 16)})`);
  else {
    console.log(`identity check, ${what}: DIFFERENT (${of}): ${got} ≠ ${want}; see /tmp/nlp-identity.jsonl`);
    process.exitCode = 1;
  }
}

if (passes > 0) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const a = analyser();
  const bbcForms = forms.slice(0, bbc.length);
  const tokens = bbcForms.flat().reduce((n, s) => n + s.length, 0);
  const mb = slice.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
  const tps: number[] = [], mbs: number[] = [];
  for (let r = 0; r < passes; r++) {
    let t = performance.now();
    for (const d of bbcForms) { a.startDocument(); for (const s of d) a.analyse(s); }
    tps.push(tokens / ((performance.now() - t) / 1000));
    t = performance.now();
    for (const d of slice) extractTriples({ id: d.id, text: d.text });
    mbs.push(mb / ((performance.now() - t) / 1000));
  }
  console.log(`analyser: median ${Math.round(median(tps))} tokens/s [${tps.map(Math.round).join(', ')}] over ${tokens} tokens`);
  console.log(`extract: median ${median(mbs).toFixed(3)} MB/s [${mbs.map((x) => x.toFixed(3)).join(', ')}] over the first ${slice.length} articles, ${mb.toFixed(2)} MB`);
}
