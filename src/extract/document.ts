/**
 * actorgraph/extract/document — one document of any length → its triples, a piece at a time.
 *
 * A document longer than settings.maxPieceChars is cut at paragraph or sentence boundaries
 * (io/pieces.ts) and each piece is extracted on its own and handed out before the next is read,
 * so memory follows the piece, not the document (a 32 MB file no longer needs gigabytes). Each
 * triple is then placed back in the whole document: evidence offsets shifted by the piece's
 * offset, sentences numbered on from the previous piece, and the id recomputed from those, so
 * ids stay unique per document. A document that fits in one piece is extracted exactly as
 * extractTriples does. What pieces cost: a name or pronoun does not reach into the next piece.
 */
import type { Doc, Triple } from '../types.js';
import { resolveSettings, type Settings } from '../settings.js';
import { textPieces } from '../io/pieces.js';
import { extractCounted } from './index.js';
import { extractTuples, type OpenIETuple } from './openie.js';
import { tripleId } from './triple-id.js';

function placed(t: Triple, offset: number, sentenceBase: number, place: Triple['evidence']['place']): Triple {
  const sentence = t.evidence.sentence + sentenceBase;
  const { place: own, ...evidence } = t.evidence;
  const where = place ?? own;
  return {
    ...t,
    id: tripleId(t.evidence.doc, sentence, t.subject.id, t.relation.type, t.object.id),
    evidence: { ...evidence, sentence, start: t.evidence.start + offset, end: t.evidence.end + offset, ...(where ? { place: where } : {}) },
  };
}

/**
 * @example for (const triples of extractDocument(doc, settings)) for (const t of triples) write(t);
 */
export function* extractDocument(doc: Doc, settings: Settings = resolveSettings()): Generator<Triple[]> {
  let sentenceBase = 0;
  // (the document's place is read from its head, the dateline: later pieces keep the first's)
  let place: Triple['evidence']['place'];
  for (const p of textPieces(doc.text, settings.maxPieceChars)) {
    const { triples, sentences } = extractCounted({ ...doc, text: p.text }, settings);
    if (p.offset === 0) place = triples.find((t) => t.evidence.place)?.evidence.place;
    yield p.offset === 0 ? triples : triples.map((t) => placed(t, p.offset, sentenceBase, place));
    sentenceBase += sentences;
  }
}

/** The open-IE view (--format carb) of a document, a piece at a time (tuples carry no offsets). */
export function* tuplesOfDocument(doc: Doc, settings: Settings = resolveSettings()): Generator<OpenIETuple[]> {
  // (a CaRB record is one sentence, printed verbatim with each tuple: unless it is past a piece)
  if (doc.unit === 'sentence' && doc.text.length <= settings.maxPieceChars) { yield extractTuples(doc, settings, doc.text); return; }
  for (const p of textPieces(doc.text, settings.maxPieceChars)) yield extractTuples({ ...doc, text: p.text }, settings);
}
