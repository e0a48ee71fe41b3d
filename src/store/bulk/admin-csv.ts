/**
 * actorgraph/store/bulk/admin-csv — the files of `neo4j-admin database import full`: one node
 * file per label and one relationship file per endpoint label pair, each with its header line,
 * holding the model `load` writes (store/cypher.ts), property for property and type for type:
 *
 *   Document.csv        id:ID(Document),title,date,source,place,placeCountry
 *   Actor.csv           id:ID(Actor),name,type,country,aliases:string[]
 *   Concept.csv         id:ID(Concept),name
 *   Evidence.csv        id:ID(Evidence),text,sentence:double,…,negated:boolean,…,confidence:double,…
 *   IN.csv              :START_ID(Evidence),:END_ID(Document)
 *   Actor-Actor.csv     :START_ID(Actor),:END_ID(Actor),:TYPE,label,lemma,negated:boolean,modality,
 *   (and Actor-Concept, Concept-Actor, Concept-Concept)   category,count:long,evidence:string[]
 *
 * Why these types: `load` sends numbers as floats (store/columns.ts: toFloat), so Evidence's
 * sentence and confidence are doubles there too; `count` is an integer (size()). Each label has
 * its own id space (an Actor and a Concept may share an id, as they may in the loaded graph).
 *
 * Quoting (what the importer reads with its defaults): every string is quoted, a quote doubled
 * (RFC 4180), so commas, quotes and line breaks travel (the import runs with
 * --multiline-fields=true); an empty string is "" and stays an empty string, a missing value is an
 * empty unquoted field and becomes no property, as a null does in `load`. Lists are joined with
 * ARRAY_DELIMITER (U+001F, passed as --array-delimiter); a list item holding it is refused.
 * Why not csv-stringify here (the graph CSV export uses it): these files are written at the rate
 * of the importer (every triple's sentence once), and a field formatter of five lines is exact
 * for this one dialect and several times faster (see scripts/bench-load.ts).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { ActorGraphError } from '../../errors.js';
import { EVIDENCE_FIELDS, type EndpointLabel } from '../cypher.js';
import { REASONS } from '../../io/make-dir.js';

export const ARRAY_DELIMITER = '\u001f';
/** How the importer is told (its CharacterConverter reads U+XXXX). */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

const DOUBLES = new Set(['sentence', 'confidence']);
const BOOLEANS = new Set(['negated']);
const typed = (f: string) => (DOUBLES.has(f) ? `${f}:double` : BOOLEANS.has(f) ? `${f}:boolean` : f);

export const HEADERS = {
  Document: 'id:ID(Document),title,date,source,place,placeCountry',
  Actor: 'id:ID(Actor),name,type,country,aliases:string[]',
  Concept: 'id:ID(Concept),name',
  Evidence: ['id:ID(Evidence)', ...EVIDENCE_FIELDS.map(typed)].join(','),
  IN: ':START_ID(Evidence),:END_ID(Document)',
  edges: (from: EndpointLabel, to: EndpointLabel) => `:START_ID(${from}),:END_ID(${to}),:TYPE,label,lemma,negated:boolean,modality,category,count:long,evidence:string[]`,
} as const;

/** One field: a string quoted, a number exact (-0 kept), a boolean true/false, null/undefined empty. */
export function field(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return `"${v.includes('"') ? v.replaceAll('"', '""') : v}"`;
  if (typeof v === 'number') return Object.is(v, -0) ? '-0.0' : String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) {
    for (const x of v) {
      if (typeof x !== 'string' || x.includes(ARRAY_DELIMITER)) {
        throw new ActorGraphError(`actorgraph/export: the list item ${JSON.stringify(x)} holds U+001F, the array delimiter of the import files`, 'Remove the control character from the input.');
      }
    }
    return field(v.join(ARRAY_DELIMITER));
  }
  throw new ActorGraphError(`actorgraph/export: cannot write ${JSON.stringify(v)} to an import file`);
}

export function line(values: readonly unknown[]): string {
  let out = field(values[0]);
  for (let i = 1; i < values.length; i++) out += `,${field(values[i])}`;
  return `${out}\n`;
}

/** Resolves on 'drain', or on 'close' after an error (then check() throws); no listener is left behind. */
function drained(stream: WriteStream): Promise<void> {
  return new Promise((done) => {
    const finish = () => { stream.off('drain', finish); stream.off('close', finish); done(); };
    stream.on('drain', finish);
    stream.on('close', finish);
  });
}

/** A CSV file written line by line with back-pressure; errors name the file. */
export class CsvFile {
  private readonly stream: WriteStream;
  private failure: unknown;
  private pending: string[] = [];
  private size = 0;
  rows = 0;

  constructor(readonly path: string, header: string) {
    this.stream = createWriteStream(path);
    this.stream.on('error', (e) => { this.failure ??= e; });
    this.pending.push(`${header}\n`);
  }

  static in(dir: string, name: string, header: string): CsvFile { return new CsvFile(join(dir, name), header); }

  /**
   * Buffers a line; true when 1 MB is buffered, and the caller should `await flush()` (one write
   * call per line is slow, and so is an await per line: `if (f.write(row)) await f.flush()`).
   */
  write(values: readonly unknown[]): boolean {
    const l = line(values);
    this.pending.push(l);
    this.size += l.length;
    this.rows++;
    return this.size >= 1 << 20;
  }

  async flush(): Promise<void> {
    this.check();
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.stream.write(text)) await drained(this.stream);
    this.check();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    if (!this.stream.closed) await once(this.stream, 'close').catch(() => undefined);
    this.check();
  }

  private check(): void {
    if (!this.failure) return;
    const code = (this.failure as NodeJS.ErrnoException).code ?? '';
    throw new ActorGraphError(`actorgraph/output: cannot write ${this.path}: ${REASONS[code] ?? `${code} ${(this.failure as Error).message}`}`, 'Choose an output folder you can write to (-o).');
  }
}
