/**
 * actorgraph/io/record — one parsed JSONL value → Doc. Accepts our own records ({"id","text",…})
 * and CaRB benchmark records, which carry the text as "sentence".
 */
import { InputError } from '../errors.js';
import type { Doc } from '../types.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { decodeHTML } from 'entities';
import { matchDateline } from './dateline.js';

const TEXT_FIELDS = ['text', 'sentence'] as const;
/** An HTML character reference: numeric, or named ("&amp;", "&eacute;"). */
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const KEPT_FIELDS = ['title', 'date', 'source'] as const;
/** Fields that give the document's place as written: MUC-3 records carry `dateline`. */
const PLACE_FIELDS = ['place', 'dateline'] as const;

function kindOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * @example recordToDoc({ sentence: 'NATO met.' }, 'carb.jsonl', 3) // → { id: 'carb.jsonl#3', text: 'NATO met.' }
 */
export function recordToDoc(value: unknown, file: string, line: number, maxIdBytes = DEFAULT_SETTINGS.load.maxIdBytes): Doc {
  const where = { file, line };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`record is ${kindOf(value)}, not a JSON object`, { ...where, hint: 'Each line must be one object: {"id": "…", "text": "…"}.' });
  }
  const rec = value as Record<string, unknown>;

  const field = TEXT_FIELDS.find((f) => rec[f] !== undefined && rec[f] !== null);
  if (!field) {
    throw new InputError('record has no "text" field (nor "sentence")', { ...where, hint: `Give each record its text: {"id": "…", "text": "…"}; fields present: ${Object.keys(rec).join(', ') || 'none'}.` });
  }
  const raw = rec[field];
  if (typeof raw !== 'string') throw new InputError(`field "${field}" is ${kindOf(raw)}, not a string`, where);
  if (!raw.trim()) throw new InputError(`field "${field}" is empty`, where);
  // (text scraped from web pages keeps HTML's character references, "Jos&#233; Manuel Barroso",
  // "AT&amp;T": the record's text is text, so they are read as the characters they stand for)
  const text = ENTITY.test(raw) ? decodeHTML(raw) : raw;

  const id = rec.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    throw new InputError(`field "id" is ${kindOf(id)}, not a string or number`, where);
  }
  const idBytes = typeof id === 'string' ? Buffer.byteLength(id, 'utf8') : 0;
  if (idBytes > maxIdBytes) {
    throw new InputError(`field "id" is ${idBytes} bytes, longer than the ${maxIdBytes} Neo4j's index can hold`, { ...where, hint: 'Give the record a shorter id (a hash of the long one will do); settings.load.maxIdBytes.' });
  }
  // A record without an id is still addressable: the file and line it came from.
  const doc: Doc = { id: id === undefined || id === null || id === '' ? `${file}#${line}` : String(id), text, ...(field === 'sentence' ? { unit: 'sentence' as const } : {}) };
  for (const f of KEPT_FIELDS) {
    const v = rec[f];
    if (typeof v === 'string' || typeof v === 'number') doc[f] = String(v);
  }
  const place = PLACE_FIELDS.map((f) => rec[f]).find((v): v is string => typeof v === 'string' && !!v.trim());
  const dateline = place === undefined && field === 'text' ? matchDateline(text) : undefined;
  if (place !== undefined || dateline) doc.place = place?.trim() ?? dateline!.place;
  return doc;
}
