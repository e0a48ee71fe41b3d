/**
 * actorgraph/nlp/model-file — one binary file per trained analyser in data/models/.
 *
 * Layout (then gzipped): "AGM1", a uint32 byte length, a JSON header (the analyser's own
 * metadata: class names, feature set version, training figures, and for each linear model its
 * row count, class count and weight scale), then for each model its keys (uint32, row order) and
 * its weights quantised to int16 against the model's largest weight. Quantising halves the file
 * and moves no decision measurably (checked by bench:parse on the loaded model, which is what
 * users run); loaded weights stay int16 in memory (LinearModel's `scale`). Little-endian, as every machine Node runs on.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { FeatureTable, LinearModel } from './perceptron.js';

const MAGIC = 'AGM1';

interface ModelHeader {
  name: string;
  rows: number;
  classes: number;
  scale: number;
}

export interface ModelBundle<M> {
  meta: M;
  models: Record<string, LinearModel>;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

export function encodeModels<M>(meta: M, models: Record<string, LinearModel>): Buffer {
  const heads: ModelHeader[] = [];
  const parts: Buffer[] = [];
  for (const [name, m] of Object.entries(models)) {
    let max = 0;
    for (const x of m.weights) max = Math.max(max, Math.abs(x * m.scale));
    // a model loaded from a file is already quantised: written back as it is
    const scale = m.weights instanceof Int16Array ? m.scale : max > 0 ? max / 32767 : 1;
    const keys = m.table.keysByRow();
    const q = new Int16Array(align4(m.weights.length * 2) / 2);
    for (let i = 0; i < m.weights.length; i++) q[i] = m.weights instanceof Int16Array ? m.weights[i] : Math.round(m.weights[i] / scale);
    heads.push({ name, rows: keys.length, classes: m.nClasses, scale });
    parts.push(Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), Buffer.from(q.buffer, q.byteOffset, q.byteLength));
  }
  const json = Buffer.from(JSON.stringify({ meta, models: heads }), 'utf8');
  const pre = Buffer.alloc(8);
  pre.write(MAGIC, 0, 'latin1');
  pre.writeUInt32LE(json.length, 4);
  const pad = Buffer.alloc(align4(json.length) - json.length);
  // level 9 and no timestamp in gzip's header: the same model gives the same bytes
  return gzipSync(Buffer.concat([pre, json, pad, ...parts]), { level: 9 });
}

export function decodeModels<M>(gz: Buffer, file = '<model>'): ModelBundle<M> {
  let buf: Buffer;
  try {
    buf = gunzipSync(gz);
  } catch {
    throw new InputError('not a gzipped actorgraph model', { file, hint: 'Maybe the file was cut short: check it out again from git (data/models/ is part of the repository).' });
  }
  if (buf.toString('latin1', 0, 4) !== MAGIC) throw new InputError('not an actorgraph model (bad magic)', { file });
  const jsonLen = buf.readUInt32LE(4);
  const { meta, models: heads } = JSON.parse(buf.toString('utf8', 8, 8 + jsonLen)) as { meta: M; models: ModelHeader[] };
  const body = alignedBody(buf, 8 + align4(jsonLen));
  let off = 0;
  const models: Record<string, LinearModel> = {};
  for (const h of heads) {
    const keys = new Uint32Array(body.buffer, body.byteOffset + off, h.rows);
    off += h.rows * 4;
    const n = h.rows * h.classes;
    const q = new Int16Array(body.buffer, body.byteOffset + off, n);
    off += align4(n * 2);
    const table = new FeatureTable(h.rows);
    for (let r = 0; r < h.rows; r++) table.add(keys[r]);
    models[h.name] = new LinearModel(h.classes, table, q, h.scale);
  }
  if (off !== body.length) throw new InputError(`model body is ${body.length} bytes, header describes ${off}`, { file });
  return { meta, models };
}

/**
 * The bytes of `buf` from `start`, where typed arrays of 4-byte elements can view them. gunzip's
 * output is a buffer of its own (offset 0), and the body starts 4-aligned, so it is viewed in
 * place; only a buffer that starts unaligned (a slice of a pooled one) is copied. Why: the copy
 * was a zero-filled 50 MB allocation and a pass over it for the tagger, at every process start.
 */
export function alignedBody(buf: Buffer, start: number): Uint8Array {
  if ((buf.byteOffset + start) % 4 === 0) return new Uint8Array(buf.buffer, buf.byteOffset + start, buf.length - start);
  const body = new Uint8Array(buf.length - start);
  body.set(buf.subarray(start));
  return body;
}

export function saveModels<M>(path: string, meta: M, models: Record<string, LinearModel>): number {
  const buf = encodeModels(meta, models);
  writeFileSync(path, buf);
  return buf.length;
}

export function loadModels<M>(path: string): ModelBundle<M> {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new InputError(`cannot read the model: ${(e as Error).message}`, { file: path, hint: 'The models ship in data/models/ of the repository; run from a full checkout.' });
  }
  return decodeModels<M>(buf, path);
}
