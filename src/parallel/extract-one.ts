/**
 * actorgraph/parallel/extract-one — one document → its triples (or CaRB tuples), the unit of work
 * that a worker thread and the in-process path both run, so both give the same output and the
 * same ExtractionError for a document the extractor chokes on.
 */
import { ExtractionError, messageOf } from '../errors.js';
import type { Settings } from '../settings.js';
import type { Doc, Triple } from '../types.js';
import { extractDocument, tuplesOfDocument } from '../extract/document.js';
import type { OpenIETuple } from '../extract/openie.js';

/** jsonl: full triples; carb: the same clauses as open-IE tuples (the benchmark's view). */
export type ExtractFormat = 'jsonl' | 'carb';

export type Extracted = Triple | OpenIETuple;

/** (a long document is read a piece at a time, so the NLP's memory stays bounded: extract/document.ts) */
export function extractOne(doc: Doc, settings: Settings, format: ExtractFormat = 'jsonl'): Extracted[] {
  const pieces: Iterable<Extracted[]> = format === 'carb' ? tuplesOfDocument(doc, settings) : extractDocument(doc, settings);
  const out: Extracted[] = [];
  for (const p of pieces) for (const x of p) out.push(x);
  return out;
}

/** The error a failed extraction of `doc` reports, wherever it ran. */
export function extractionError(docId: string, e: unknown): ExtractionError {
  return new ExtractionError(docId, messageOf(e), (e as Error)?.stack ?? String(e));
}
