/**
 * readInputs: every input shape and every kind of bad input, on real files in a temp folder.
 * Bad input must be reported (file, line, why) while every good record is still read.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readInputs, type ReadOptions } from '../../src/io/read.ts';
import { isWarning } from '../../src/io/warning.ts';
import { InputError } from '../../src/errors.ts';
import type { Doc } from '../../src/types.ts';

const FIXTURES = new URL('../fixtures/io/', import.meta.url).pathname;

let dir: string;
before(async () => { dir = await mkdtemp(join(tmpdir(), 'actorgraph-read-')); });
after(async () => { await rm(dir, { recursive: true, force: true }); });

/** Writes `files` (name → content) under a fresh sub-folder and returns its path. */
async function place(files: Record<string, string | Buffer>): Promise<string> {
  const root = await mkdtemp(join(dir, 'case-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(root, name, '..'), { recursive: true });
    await writeFile(join(root, name), content);
  }
  return root;
}

async function collect(inputs: string[], opts: ReadOptions = {}): Promise<{ docs: Doc[]; errors: InputError[] }> {
  const docs: Doc[] = [];
  const errors: InputError[] = [];
  for await (const d of readInputs(inputs, { onError: (e) => errors.push(e), ...opts })) docs.push(d);
  return { docs, errors };
}

const jsonl = (...records: unknown[]): string => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';
const goodLines = (n: number): unknown[] => Array.from({ length: n }, (_, i) => ({ id: `g${i + 1}`, text: `Record ${i + 1}.` }));

interface BadCase {
  name: string;
  files: Record<string, string | Buffer>;
  /** Inputs relative to the case folder (default: every file). */
  inputs?: string[];
  /** The error: message pattern, file (relative) and line. */
  error: { message: RegExp; file: string; line?: number; hint?: RegExp };
  /** Ids of the docs still read. */
  docs?: string[];
  maxRecordBytes?: number;
}

const BAD: BadCase[] = [
  { name: 'an empty file', files: { 'empty.txt': '' }, error: { message: /empty file/, file: 'empty.txt' } },
  { name: 'a whitespace-only markdown file', files: { 'blank.md': '  \n\n\t\n' }, error: { message: /empty file \(only whitespace\)/, file: 'blank.md' } },
  { name: 'a JSONL file of blank lines', files: { 'blank.jsonl': '\n\n  \n' }, error: { message: /empty file \(only blank lines\)/, file: 'blank.jsonl' } },
  {
    name: 'a binary file with NUL bytes', files: { 'report.txt': Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 0xff])]) },
    error: { message: /binary file, not text \(NUL byte at offset 9\)/, file: 'report.txt', hint: /PDFs/ },
  },
  {
    name: 'a binary file of control characters', files: { 'noise.txt': Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 ? 0x41 : 0x07))) },
    error: { message: /binary file, not text \(\d+% control characters\)/, file: 'noise.txt' },
  },
  { name: 'a UTF-16 file', files: { 'utf16.txt': Buffer.from('\ufeffNATO met.', 'utf16le') }, error: { message: /binary file.*UTF-16/, file: 'utf16.txt', hint: /UTF-8/ } },
  {
    name: 'invalid UTF-8 in a text file (names line and byte)', files: { 'latin1.txt': Buffer.from('ok\nok\ncaf\xe9 au lait\n', 'latin1') },
    error: { message: /invalid UTF-8 at byte 9 \(0xe9\)/, file: 'latin1.txt', line: 3, hint: /iconv/ },
  },
  {
    name: 'invalid UTF-8 on a JSONL line (other lines still read)',
    files: { 'mixed.jsonl': Buffer.concat([Buffer.from(jsonl({ id: 'a', text: 'A.' })), Buffer.from('{"id":"b","text":"caf\xe9"}\n', 'latin1'), Buffer.from(jsonl({ id: 'c', text: 'C.' }))]) },
    error: { message: /invalid UTF-8 at byte 44/, file: 'mixed.jsonl', line: 2 }, docs: ['a', 'c'],
  },
  {
    name: 'malformed JSON on line 17', files: { 'bbc.jsonl': jsonl(...goodLines(16), '{"id": "x", "text": "unterminated', ...goodLines(3)) },
    error: { message: /bbc\.jsonl:17: not valid JSON: /, file: 'bbc.jsonl', line: 17 },
    docs: [...goodLines(16), ...goodLines(3)].map((r) => (r as { id: string }).id),
  },
  {
    // Issue 11: one raw NUL in the first 64 KiB rejected the whole file (344 good records lost).
    name: 'a NUL byte on one JSONL line (every other record still read)',
    files: { 'nul.jsonl': Buffer.concat([Buffer.from(jsonl(...goodLines(3))), Buffer.from('{"id":"bad","text":"x\u0000y"}\n'), Buffer.from(jsonl({ id: 'g4', text: 'Record 4.' }))]) },
    error: { message: /nul\.jsonl:4: binary data in the record \(NUL byte at offset 21\)/, file: 'nul.jsonl', line: 4 }, docs: ['g1', 'g2', 'g3', 'g4'],
  },
  {
    name: 'a record id longer than Neo4j can index', files: { 'longid.jsonl': jsonl({ id: 'a', text: 'A.' }, { id: 'x'.repeat(9000), text: 'B.' }) },
    error: { message: /longid\.jsonl:2: field "id" is 9000 bytes, longer than the 8000/, file: 'longid.jsonl', line: 2 }, docs: ['a'],
  },
  {
    name: 'a pretty-printed JSON array saved as .jsonl', files: { 'array.jsonl': '[\n  {"text": "x"}\n]\n' },
    error: { message: /array\.jsonl:1: a JSON array, not JSONL/, file: 'array.jsonl', line: 1, hint: /jq -c/ },
  },
  {
    name: 'a record without text (names the field)', files: { 'notext.jsonl': jsonl({ id: 'a', text: 'A.' }, { id: 'b', body: 'B.' }) },
    error: { message: /notext\.jsonl:2: record has no "text" field \(nor "sentence"\)/, file: 'notext.jsonl', line: 2, hint: /fields present: id, body/ }, docs: ['a'],
  },
  { name: 'a record whose text is not a string', files: { 'num.jsonl': jsonl({ text: 42 }) }, error: { message: /field "text" is a number, not a string/, file: 'num.jsonl', line: 1 } },
  { name: 'a record whose text is empty', files: { 'emptytext.jsonl': jsonl({ sentence: '  ' }) }, error: { message: /field "sentence" is empty/, file: 'emptytext.jsonl', line: 1 } },
  { name: 'a record that is not an object', files: { 'arr.jsonl': jsonl([1, 2]) }, error: { message: /record is an array, not a JSON object/, file: 'arr.jsonl', line: 1 } },
  {
    name: 'a JSONL line past maxRecordBytes (the next line still read)', maxRecordBytes: 1000,
    files: { 'long.jsonl': jsonl({ id: 'a', text: 'A.' }, { id: 'big', text: 'x'.repeat(5000) }, { id: 'c', text: 'C.' }) },
    error: { message: /long\.jsonl:2: line is 4\.9 KB, larger than maxRecordBytes \(1000 B\)/, file: 'long.jsonl', line: 2 }, docs: ['a', 'c'],
  },
  {
    name: 'a text file past maxRecordBytes', maxRecordBytes: 100, files: { 'big.txt': 'NATO met. '.repeat(50) },
    error: { message: /big\.txt: file is 500 B, larger than maxRecordBytes \(100 B\)/, file: 'big.txt', hint: /JSONL/ },
  },
  { name: 'a missing file', files: {}, inputs: ['nope.txt'], error: { message: /nope\.txt: no such file/, file: 'nope.txt' } },
  { name: 'an empty folder', files: { 'empty/.keep': '' }, inputs: ['empty'], error: { message: /folder has no files to read/, file: 'empty' } },
  {
    name: 'an HTML page with no prose', files: { 'script.html': '<html><script>alert("NATO")</script></html>' },
    error: { message: /no text left after removing html markup/, file: 'script.html' },
  },
];

describe('readInputs: bad input', () => {
  for (const c of BAD) {
    it(`should report ${c.name}, naming file${c.error.line ? ' and line' : ''}`, async () => {
      const root = await place(c.files);
      const inputs = (c.inputs ?? Object.keys(c.files)).map((n) => join(root, n));
      const { docs, errors } = await collect(inputs, { maxRecordBytes: c.maxRecordBytes });
      assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'));
      const [e] = errors;
      assert.ok(e instanceof InputError);
      assert.ok(!isWarning(e));
      assert.match(e.message, c.error.message);
      assert.match(e.message, /^actorgraph\/input: /);
      assert.equal(e.file, join(root, c.error.file));
      assert.equal(e.line, c.error.line);
      if (c.error.hint) assert.match(e.hint ?? '', c.error.hint);
      assert.deepEqual(docs.map((d) => d.id), c.docs ?? []);
    });
  }

  it('should read a 10 MB JSONL line: it is just a long record', async () => {
    const text = 'Russia and Belarus strengthen cooperation. '.repeat(250_000);
    const root = await place({ 'huge.jsonl': jsonl({ id: 'before', text: 'A.' }, { id: 'huge', text }, { id: 'after', text: 'B.' }) });
    const { docs, errors } = await collect([join(root, 'huge.jsonl')]);
    assert.deepEqual(errors, []);
    assert.deepEqual(docs.map((d) => d.id), ['before', 'huge', 'after']);
    assert.equal(docs[1].text.length, text.length);
    assert.ok(text.length > 10_000_000);
  });

  it('should keep reading the other inputs after each bad one', async () => {
    const root = await place({ 'a.txt': 'NATO met.', 'b.txt': '', 'c.txt': Buffer.from([0, 0, 0]), 'd.txt': 'Russia met.' });
    const { docs, errors } = await collect(['a.txt', 'missing.txt', 'b.txt', 'c.txt', 'd.txt'].map((n) => join(root, n)));
    assert.deepEqual(docs.map((d) => d.text), ['NATO met.', 'Russia met.']);
    assert.deepEqual(errors.map((e) => e.message.replace(`${root}/`, '')), [
      'actorgraph/input: missing.txt: no such file',
      'actorgraph/input: b.txt: empty file',
      'actorgraph/input: c.txt: binary file, not text (NUL byte at offset 0)',
    ]);
  });

  it('should throw the first error when no onError is given, ignoring warnings', async () => {
    const root = await place({ 'ok/a.txt': 'NATO met.', 'ok/skip.pdf': 'x' });
    const docs: Doc[] = [];
    for await (const d of readInputs([join(root, 'ok')])) docs.push(d);
    assert.equal(docs.length, 1);
    await assert.rejects(async () => { for await (const d of readInputs([join(root, 'missing.txt')])) void d; }, (e: unknown) => e instanceof InputError && /no such file/.test(e.message));
  });
});

describe('readInputs: formats', () => {
  it('should read .txt whole, with the path as given as id (CRLF → LF)', async () => {
    const root = await place({ 'a.txt': 'NATO met Russia.\r\nThey talked.\r\n' });
    const { docs } = await collect([join(root, 'a.txt')]);
    assert.deepEqual(docs, [{ id: join(root, 'a.txt'), text: 'NATO met Russia.\nThey talked.\n' }]);
  });

  it('should read .html: title, date, canonical source; script, style and noscript dropped', async () => {
    const { docs, errors } = await collect([join(FIXTURES, 'article.html')]);
    assert.deepEqual(errors, []);
    const [d] = docs;
    assert.equal(d.title, 'Belousov & Khrenin meet in Minsk');
    assert.equal(d.date, '2024-11-20');
    assert.equal(d.source, 'https://example.org/belousov-minsk');
    assert.equal(d.text, [
      'Home', 'Belousov & Khrenin meet in Minsk', 'Russia and Belarus signed an agreement on military cooperation.',
      'The ministers met in Minsk.\nTalks lasted "three hours".',
    ].join('\n\n'));
    assert.doesNotMatch(d.text, /attacked|condemned|sanctioned|JavaScript|color/);
  });

  it('should read .md with its syntax stripped and the front-matter title', async () => {
    const { docs } = await collect([join(FIXTURES, 'notes.md')]);
    assert.equal(docs[0].title, 'Union State notes');
    assert.equal(docs[0].text, [
      'Union State', '', 'Russia and Belarus continue to strengthen military cooperation.', '', 'Belousov spoke in Minsk.', '',
      'NATO expanded eastward.', 'Poland hosts exercises.', '', 'Code **stays** as text.',
    ].join('\n'));
  });

  it('should read CaRB JSONL ("sentence") and keep title, date, source; ids default to file#line', async () => {
    const file = join(FIXTURES, 'carb.jsonl');
    const { docs, errors } = await collect([file]);
    assert.deepEqual(errors, []);
    assert.deepEqual(docs, [
      { id: `${file}#1`, text: 'NATO conducted exercises in Poland.', unit: 'sentence' },
      { id: 'carb-2', text: 'Russia signed an agreement with Belarus.', unit: 'sentence' },
      { id: 'b-3', text: 'Iran condemned the sanctions.', title: 'Iran', date: '2024-01-02', source: 'bbc' },
    ]);
  });

  it('should sniff an explicitly named file of unknown extension (JSONL if it starts with "{")', async () => {
    const root = await place({ 'a.ndjson': '\n  {"id": "n1", "text": "NATO met."}\n', 'notes.text': 'Russia met.' });
    const { docs, errors } = await collect([join(root, 'a.ndjson'), join(root, 'notes.text')]);
    assert.deepEqual(errors, []);
    assert.deepEqual(docs.map((d) => [d.id, d.text]), [['n1', 'NATO met.'], [join(root, 'notes.text'), 'Russia met.']]);
  });
});

describe('readInputs: folders', () => {
  it('should walk a mixed folder recursively, sorted, known extensions only, skipping others with a warning', async () => {
    const root = await place({
      'b.txt': 'B.', 'a.md': '# A', 'sub/c.html': '<p>C.</p>', 'sub/deeper/d.jsonl': jsonl({ id: 'd', text: 'D.' }),
      'sub/README.pdf': '%PDF', 'data.csv': 'a,b', '.DS_Store': 'x', '.git/config': 'x', 'z.HTM': '<p>Z.</p>',
    });
    const { docs, errors } = await collect([root]);
    assert.deepEqual(docs.map((d) => d.id), ['a.md', 'b.txt', 'sub/c.html', 'd', 'z.HTM'].map((n) => (n === 'd' ? n : join(root, n))));
    assert.deepEqual(errors.map((e) => [e.file, isWarning(e)]), [[join(root, 'data.csv'), true], [join(root, 'sub/README.pdf'), true]]);
    assert.match(errors[0].message, /skipped: not a format actorgraph reads/);
  });

  it('should read a file named twice (folder and file) once', async () => {
    const root = await place({ 'a.txt': 'A.' });
    const { docs } = await collect([root, join(root, 'a.txt')]);
    assert.equal(docs.length, 1);
  });
});

describe('readInputs: stdin', () => {
  const CASES: Array<[name: string, input: string, expected: Array<Partial<Doc>>]> = [
    ['JSONL when the first non-blank char is "{"', '\n  {"id": "s1", "text": "NATO met."}\n{"sentence": "Russia met."}\n', [{ id: 's1', text: 'NATO met.' }, { id: '<stdin>#3', text: 'Russia met.', unit: 'sentence' }]],
    ['text otherwise', 'NATO met Russia.\n{not json}\n', [{ id: '<stdin>', text: 'NATO met Russia.\n{not json}\n' }]],
  ];
  for (const [name, input, expected] of CASES) {
    it(`should read "-" as ${name}`, async () => {
      // Two chunks: the sniff must not depend on the first chunk holding everything.
      const stdin = Readable.from([Buffer.from(input.slice(0, 3)), Buffer.from(input.slice(3))]);
      const { docs, errors } = await collect(['-'], { stdin });
      assert.deepEqual(errors, []);
      assert.deepEqual(docs, expected);
    });
  }

  it('should report empty stdin as <stdin>: empty file', async () => {
    const { docs, errors } = await collect(['-'], { stdin: Readable.from([]) });
    assert.equal(docs.length, 0);
    assert.match(errors[0].message, /<stdin>: empty file/);
  });
});

describe('readInputs: streaming and progress', () => {
  it('should yield JSONL records before the file is read to its end, and end at 100 %', async () => {
    const root = await place({ 'many.jsonl': jsonl(...goodLines(50_000)) });
    const seen: Array<[number, number]> = [];
    let atFirstDoc: [number, number] | undefined;
    for await (const d of readInputs([join(root, 'many.jsonl')], { onProgress: (a, b) => seen.push([a, b]) })) {
      atFirstDoc ??= seen[seen.length - 1];
      void d;
    }
    const [done, total] = seen[seen.length - 1];
    assert.equal(done, total);
    assert.ok(atFirstDoc && atFirstDoc[0] < total / 4, `first record came after ${atFirstDoc?.[0]} of ${total} bytes`);
  });

  it('should count a refused file as done so progress reaches the total', async () => {
    const root = await place({ 'a.txt': 'A.', 'bin.txt': Buffer.alloc(100_000) });
    let last: [number, number] = [0, 0];
    await collect([join(root, 'a.txt'), join(root, 'bin.txt')], { onProgress: (a, b) => { last = [a, b]; } });
    assert.deepEqual(last, [100_002, 100_002]);
  });
});
