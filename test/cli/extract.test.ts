/**
 * actorgraph extract, end to end: spawns bin/actorgraph.js and checks the plumbing — records read,
 * errors on stderr naming file and line, exit codes, the output file, every stdout line valid JSON.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { restoreDash } from '../../src/cli/commands/extract.ts';
import { extractTriples } from '../../src/extract/index.ts';
import type { Triple } from '../../src/types.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const BIN = join(ROOT, 'bin/actorgraph.js');
const SEED = join(ROOT, 'data/seed/belousov-union-state.txt');

let dir: string;

function run(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'extract', ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function summary(stderr: string): { docs: number; triples: number; errors: number } | null {
  const m = /actorgraph extract: (\d+) docs, (\d+) triples, (\d+) errors/.exec(stderr);
  return m ? { docs: Number(m[1]), triples: Number(m[2]), errors: Number(m[3]) } : null;
}

function assertJsonLines(text: string): unknown[] {
  return text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'actorgraph-cli-'));
  const lines = Array.from({ length: 16 }, (_, i) => JSON.stringify({ id: `bbc-${i + 1}`, text: `NATO met Russia on day ${i + 1}.` }));
  const files: Record<string, string | Buffer> = {
    'good.txt': 'Russia and Belarus signed an agreement.\n',
    'bbc.jsonl': [...lines, '{"id": "bbc-17", "text": ', JSON.stringify({ id: 'bbc-18', text: 'Iran met Iraq.' })].join('\n') + '\n',
    'empty.txt': '',
    'latin1.txt': Buffer.from('ok\nok\ncaf\xe9\n', 'latin1'),
    'report.txt': Buffer.from('%PDF-1.7\n\0\0\0'),
    'corpus/a.txt': 'NATO met Russia.',
    'corpus/sub/b.html': '<title>B</title><p>Russia met NATO.</p><script>x()</script>',
    'corpus/notes.pdf': '%PDF',
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
});
after(async () => { await rm(dir, { recursive: true, force: true }); });

interface Case {
  name: string;
  args: string[];
  stdin?: string;
  status: number;
  /** Patterns stderr must match. */
  stderr: RegExp[];
  /** Expected summary counts (docs, errors), or null when none is printed. */
  counts?: { docs: number; errors: number } | null;
}

const CASES: Case[] = [
  { name: 'one good file', args: ['good.txt'], status: 0, stderr: [], counts: { docs: 1, errors: 0 } },
  {
    name: 'good records around a malformed JSONL line', args: ['good.txt', 'bbc.jsonl'], status: 1,
    stderr: [/^actorgraph\/input: bbc\.jsonl:17: not valid JSON: /m, /hint: /], counts: { docs: 18, errors: 1 },
  },
  {
    name: 'only unreadable inputs', args: ['empty.txt', 'missing.txt', 'report.txt'], status: 1,
    stderr: [/empty\.txt: empty file/, /missing\.txt: no such file/, /report\.txt: binary file, not text/, /nothing could be read from the inputs/],
    counts: { docs: 0, errors: 3 },
  },
  { name: 'invalid UTF-8', args: ['good.txt', 'latin1.txt'], status: 1, stderr: [/latin1\.txt:3: invalid UTF-8 at byte 9/], counts: { docs: 1, errors: 1 } },
  {
    name: 'a folder with a file it skips (a warning, not an error)', args: ['corpus'], status: 0,
    stderr: [/corpus\/notes\.pdf: skipped: not a format actorgraph reads/, /0 errors, 1 skipped/], counts: { docs: 2, errors: 0 },
  },
  { name: 'JSONL on stdin', args: ['-'], stdin: '{"id": "s1", "text": "NATO met."}\n{"sentence": "Russia met."}\n', status: 0, stderr: [], counts: { docs: 2, errors: 0 } },
  { name: 'text on stdin', args: ['-'], stdin: 'NATO met Russia.\n', status: 0, stderr: [], counts: { docs: 1, errors: 0 } },
  { name: 'stdin among files, with options around it', args: ['good.txt', '-', '-q', '--format', 'carb'], stdin: 'NATO met Russia.\n', status: 0, stderr: [/^$/], counts: null },
  { name: 'bad JSONL on stdin', args: ['-'], stdin: '{"text": "ok"}\n{"text": 3}\n', status: 1, stderr: [/<stdin>:2: field "text" is a number/], counts: { docs: 1, errors: 1 } },
  { name: '--quiet', args: ['good.txt', '--quiet'], status: 0, stderr: [/^$/], counts: null },
  { name: '--quiet still prints errors', args: ['good.txt', 'empty.txt', '-q'], status: 1, stderr: [/empty\.txt: empty file/], counts: null },
  { name: 'no inputs (usage error)', args: [], status: 2, stderr: [/Not enough non-option arguments/], counts: null },
  { name: 'an unknown --format (usage error)', args: ['good.txt', '--format', 'xml'], status: 2, stderr: [/Invalid values/], counts: null },
  { name: 'an out-of-range --min-confidence', args: ['good.txt', '--min-confidence', '3'], status: 1, stderr: [/minConfidence must be in \[0, 1\]/], counts: null },
  { name: '-o naming an input', args: ['good.txt', '-o', 'good.txt'], status: 2, stderr: [/-o good\.txt is also an input/], counts: null },
  {
    name: 'JSONL lines past --max-record-bytes', args: ['bbc.jsonl', '--max-record-bytes', '50'], status: 1,
    stderr: [/^actorgraph\/input: bbc\.jsonl:10: line is 51 B, larger than maxRecordBytes \(50 B\)/m], counts: { docs: 10, errors: 8 },
  },
];

describe('actorgraph extract', () => {
  for (const c of CASES) {
    it(`should exit ${c.status} on ${c.name}`, () => {
      const r = run(c.args, c.stdin);
      assert.equal(r.status, c.status, r.stderr);
      for (const re of c.stderr) assert.match(r.stderr, re);
      assertJsonLines(r.stdout);
      const s = summary(r.stderr);
      if (c.counts === null) assert.equal(s, null, r.stderr);
      else if (c.counts) assert.deepEqual({ docs: s?.docs, errors: s?.errors }, c.counts, r.stderr);
    });
  }

  it('should write -o as JSONL, keep stdout empty, and leave the file alone when nothing was read', async () => {
    const r = run(['good.txt', 'bbc.jsonl', '-o', 'out.jsonl']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /→ out\.jsonl/);
    const lines = assertJsonLines(await readFile(join(dir, 'out.jsonl'), 'utf8'));
    assert.equal(lines.length, summary(r.stderr)?.triples);

    const none = run(['empty.txt', '-o', 'none.jsonl']);
    assert.equal(none.status, 1);
    assert.equal(existsSync(join(dir, 'none.jsonl')), false);
  });

  it('should draw --progress on stderr only, never on stdout', () => {
    const r = run(['good.txt', 'bbc.jsonl', '--progress']);
    assert.match(r.stderr, /extract \[.*\] 100% \|/);
    assert.doesNotMatch(r.stdout, /extract \[|%/);
    assertJsonLines(r.stdout);
  });

  it('should not draw a bar when stderr is not a terminal and --progress is not given', () => {
    assert.doesNotMatch(run(['good.txt']).stderr, /extract \[/);
  });

  const extractorLanded = extractTriples({ id: 'probe', text: 'Russia and Belarus signed an agreement on military cooperation.' }).length > 0;
  it('should extract at least one triple from the seed article', { skip: extractorLanded ? false : 'extractor not landed yet (extractTriples returns [])' }, async () => {
    const r = run([SEED]);
    assert.equal(r.status, 0, r.stderr);
    const triples = assertJsonLines(r.stdout) as Triple[];
    assert.ok(triples.length >= 1);
    assert.equal(triples[0].evidence.doc, SEED);
    const carb = assertJsonLines(run([SEED, '--format', 'carb']).stdout);
    assert.deepEqual(Object.keys(carb[0] as object), ['sentence', 'confidence', 'arg1', 'rel', 'args']);
  });
});

describe('restoreDash (yargs drops a lone "-")', () => {
  const CASES: Array<[parsed: string[], raw: string[], expected: string[]]> = [
    [[], ['extract', '-'], ['-']],
    [['a.txt', 'b.txt'], ['extract', 'a.txt', '-', 'b.txt'], ['a.txt', '-', 'b.txt']],
    [['a.txt'], ['extract', '-o', 'out.jsonl', 'a.txt', '-', '--progress'], ['a.txt', '-']],
    [['a.txt'], ['extract', 'a.txt', '--format', 'carb'], ['a.txt']],
    [['-'], ['extract', '-'], ['-']],
    [[], ['extract', '--', '-'], ['-']],
  ];
  for (const [parsed, raw, expected] of CASES) {
    it(`should read ${raw.join(' ')} as ${JSON.stringify(expected)}`, () => assert.deepEqual(restoreDash(parsed, raw), expected));
  }
});

describe('--format carb', () => {
  it('should keep a CaRB record\'s sentence verbatim, as the benchmark scorer needs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ag-carb-'));
    const sentence = 'The Flemish Region assigned all of its powers to the Flemish Community , the council said .';
    writeFileSync(join(dir, 'carb.jsonl'), JSON.stringify({ id: 'c1', sentence }) + '\n');
    const rows = assertJsonLines(run([join(dir, 'carb.jsonl'), '--format', 'carb', '-q']).stdout) as Array<{ sentence: string; arg1: string; rel: string; args: string[] }>;
    assert.ok(rows.length > 0);
    for (const r of rows) assert.equal(r.sentence, sentence);
    assert.ok(rows.some((r) => r.arg1 === 'The Flemish Region' && r.rel === 'assigned' && r.args[0].startsWith('all of its powers')), JSON.stringify(rows));
  });
});
