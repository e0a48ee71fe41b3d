/**
 * actorgraph/store/sources — what `load` reads: triples files as is, everything else (text files,
 * folders, JSONL documents) through the reader and the extractor.
 *
 * Why a computed import specifier for the reader: src/io/read.ts is written in parallel with
 * this module; loading it lazily by name keeps `load` of triples files (and the type check)
 * independent of it, and keeps the NLP stack out of a triples-only load.
 */
import { stat } from 'node:fs/promises';
import type { InputError } from '../errors.js';
import type { Doc, Triple } from '../types.js';
import type { Settings } from '../settings.js';
import { isTriplesFile, readTriplesFile } from './triples-file.js';

/** Contract of src/io/read.ts readInputs. */
type ReadInputs = (inputs: string[], opts?: { onError?: (e: InputError) => void }) => AsyncGenerator<Doc>;

export interface SourceItem { triple?: Triple; doc?: Doc }

export interface SourceOptions {
  settings?: Settings;
  onInputError?: (e: InputError) => void;
}

/** Splits inputs into triples files and the rest, keeping order within each. */
export async function partitionInputs(inputs: string[]): Promise<{ triplesFiles: string[]; documents: string[] }> {
  const triplesFiles: string[] = [], documents: string[] = [];
  for (const p of inputs) {
    const isFile = await stat(p).then((s) => s.isFile(), () => false);
    (isFile && (await isTriplesFile(p)) ? triplesFiles : documents).push(p);
  }
  return { triplesFiles, documents };
}

/** Every triple of the inputs, and every document read (before its triples). */
export async function* readSources(inputs: string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const { triplesFiles, documents } = await partitionInputs(inputs);
  for (const f of triplesFiles) for await (const t of readTriplesFile(f)) yield { triple: t };
  if (documents.length === 0) return;
  const IO_READ = '../io/read.js';
  const { readInputs } = (await import(IO_READ)) as { readInputs: ReadInputs };
  const { extractTriples } = await import('../extract/index.js');
  for await (const doc of readInputs(documents, { onError: opts.onInputError })) {
    yield { doc };
    for (const t of extractTriples(doc, opts.settings)) yield { triple: t };
  }
}
