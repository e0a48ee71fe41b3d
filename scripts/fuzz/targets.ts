/**
 * scripts/fuzz/targets — the readers of src/io, each fed damaged bytes. A target says what it
 * read and whether a valid record next to the damaged one was lost; thrown errors are sorted
 * out by scripts/fuzz/run.ts (one of ours from src/errors.ts, or a crash).
 *
 * Seeds are small valid inputs of our own (no corpus is copied in). For JSONL and triples the
 * damaged record sits between two intact ones, which must both come out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputError } from '../../src/errors.ts';
import { readInputs } from '../../src/io/read.ts';
import { readTriplesJsonl } from '../../src/io/triples.ts';
import { textToDoc } from '../../src/io/convert.ts';

export interface Outcome { items: number; errors: number; lost?: string }

export interface Target {
  name: string;
  seeds: Buffer[];
  /** Reads `bytes` (the damaged seed, in its place); `dir` is a scratch folder. */
  run(bytes: Buffer, dir: string): Promise<Outcome>;
}

/** Small caps, so the "too long" paths are taken by inputs of a few hundred KiB. */
export const MAX_RECORD_BYTES = 64 * 1024;

const docLines = [
  { id: 'd1', text: 'Russia and Belarus signed an agreement in Minsk on Monday.', title: 'Union State', date: '2024-03-04' },
  { id: 'd2', sentence: 'NATO conducted exercises near the border.' },
  { id: 7, text: '<b>Not HTML here</b> but "quotes" and émigrés — and 😀.', source: 'wire' },
  { id: 'd4', text: 'LINE ONE\n\nLINE TWO. THE MINISTER SAID THE TALKS FAILED.' },
].map((r) => Buffer.from(JSON.stringify(r)));

const tripleLines = readFileSync(new URL('../../test/fixtures/viz/seed-triples.jsonl', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.includes('"subject"')).slice(0, 4).map((l) => Buffer.from(l));

const keep = (id: string, kind: 'doc' | 'triple'): Buffer => Buffer.from(JSON.stringify(kind === 'doc'
  ? { id, text: `Record ${id} stays: Poland and Lithuania held talks.` }
  : { ...JSON.parse(tripleLines[0].toString()), id }));

/** A before/after record pair around the damaged line; both ids must come out. */
const sandwich = (kind: 'doc' | 'triple', bytes: Buffer) =>
  Buffer.concat([keep('keep-before', kind), Buffer.from('\n'), bytes, Buffer.from('\n'), keep('keep-after', kind), Buffer.from('\n')]);

function lostOf(seen: Set<string>): string | undefined {
  const lost = ['keep-before', 'keep-after'].filter((id) => !seen.has(id));
  return lost.length ? `valid record ${lost.join(' and ')} next to the damaged line did not come out` : undefined;
}

async function readFile(file: string): Promise<{ ids: Set<string>; docs: number; errors: number; texts: string[] }> {
  const ids = new Set<string>();
  const texts: string[] = [];
  let errors = 0;
  const onError = (_e: InputError): void => { errors++; };
  for await (const d of readInputs([file], { onError, maxRecordBytes: MAX_RECORD_BYTES })) { ids.add(d.id); texts.push(d.text); }
  return { ids, docs: ids.size, errors, texts };
}

const text = (name: string, ext: string, seeds: string[]): Target => ({
  name, seeds: seeds.map((s) => Buffer.from(s)),
  async run(bytes, dir) {
    const file = join(dir, `input.${ext}`);
    writeFileSync(file, bytes);
    const r = await readFile(file);
    // (a file gives its document or an error saying why not: never neither)
    const silent = r.docs === 0 && r.errors === 0 ? 'the file gave neither a document nor an error' : undefined;
    const empty = r.texts.some((t) => !t.trim()) ? 'a document came out with no text' : undefined;
    return { items: r.docs, errors: r.errors, lost: silent ?? empty };
  },
});

export const TARGETS: Target[] = [
  {
    name: 'jsonl', seeds: docLines,
    async run(bytes, dir) {
      const file = join(dir, 'input.jsonl');
      writeFileSync(file, sandwich('doc', bytes));
      const r = await readFile(file);
      return { items: r.docs, errors: r.errors, lost: lostOf(r.ids) };
    },
  },
  {
    name: 'triples', seeds: tripleLines,
    async run(bytes) {
      const ids = new Set<string>();
      let items = 0, errors = 0;
      async function* one(): AsyncGenerator<Buffer> { yield sandwich('triple', bytes); }
      for await (const it of readTriplesJsonl(one(), 'input.jsonl', { onError: () => { errors++; }, maxRecordBytes: MAX_RECORD_BYTES })) {
        items++;
        if ('triple' in it) ids.add(it.triple.id);
      }
      return { items, errors, lost: lostOf(ids) };
    },
  },
  text('text', 'txt', [
    'Belousov: Russia And Belarus Continue Cooperation\n\nMINSK, 3 March — The defence ministers met on Monday.\nThey agreed to hold joint exercises.\n',
    'SAN SALVADOR, 3 JAN 90 (RADIO) -- [TEXT] THE ARMED FORCES [FAES] REPORTED AN ATTACK.',
  ]),
  text('markdown', 'md', [
    '# NATO summit\n\n**Leaders** met in *Vilnius*; see [the communiqué](https://example.org).\n\n> Ukraine will join.\n\n- one\n- two\n\n```\ncode\n```\n',
  ]),
  text('html', 'html', [
    '<!doctype html><html><head><title>Talks resume</title><script>var x = "<p>";</script></head><body><h1>Talks</h1><p>Iran &amp; Iraq met in <b>Geneva</b>.</p><!-- c --><p>They agreed.</p></body></html>',
  ]),
  {
    // io/convert on decoded text, all three formats (what readInputs does after decoding)
    name: 'convert', seeds: [Buffer.from('<p>Hi <i>there</i></p>\n\n# Title\n\n*a* **b** [c](d)\r\nplain text\r\n')],
    async run(bytes) {
      const s = bytes.toString('utf8'); // (lenient on purpose: convert gets whatever decodes)
      let items = 0, errors = 0;
      for (const f of ['text', 'markdown', 'html'] as const) {
        try { textToDoc(f, s, `input.${f}`); items++; } catch (e) { if ((e as Error).name !== 'InputError') throw e; errors++; }
      }
      return { items, errors };
    },
  },
];
