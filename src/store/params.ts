/**
 * actorgraph/store/params — `--param name=value` → query parameters.
 * Numbers, true/false and null are parsed; JSON arrays/objects too ("ids=[\"RUS\",\"UKR\"]");
 * anything else stays a string. Integers are sent as Neo4j integers (so `LIMIT $n` works).
 *
 * @example parseParams(['id=RUS', 'n=5']) // { id: 'RUS', n: Integer(5) }
 */
import neo4j from 'neo4j-driver';
import { StoreError } from '../errors.js';

function toNeo4j(v: unknown): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toNeo4j);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4j(x)]));
  return v;
}

export function parseParamValue(raw: string): unknown {
  if (/^-?\d+$/.test(raw) && Number.isSafeInteger(Number(raw))) return neo4j.int(raw);
  if (/^-?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?$/.test(raw)) return Number(raw);
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (raw === 'null') return null;
  if (/^[[{]/.test(raw)) {
    try { return toNeo4j(JSON.parse(raw)); } catch { /* not JSON: keep the text */ }
  }
  return raw;
}

export function parseParams(pairs: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i <= 0) throw new StoreError(`--param ${JSON.stringify(p)} is not name=value`, { hint: 'Example: --param id=RUS --param n=5' });
    out[p.slice(0, i)] = parseParamValue(p.slice(i + 1));
  }
  return out;
}
