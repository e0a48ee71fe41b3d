/**
 * actorgraph/store/values — Neo4j values → plain JSON-ready values, at the boundary.
 *
 * Why: the driver returns Integer objects (lossless 64-bit), Node/Relationship/Path classes and
 * temporal types; the CLI, the page server and JSON output want numbers, strings and objects.
 * An integer outside ±2^53 becomes a string rather than silently losing digits.
 *
 * Shapes:
 *   node         { kind: 'node', id: elementId, labels, properties }
 *   relationship { kind: 'relationship', id, type, start, end, properties }  (start/end: elementIds)
 *   path         { kind: 'path', nodes: node[], relationships: relationship[] }
 */
import neo4j, { isDate, isDateTime, isDuration, isLocalDateTime, isLocalTime, isPath, isPoint, isRelationship, isTime, type Node, type Relationship } from 'neo4j-driver';

export interface PlainNode { kind: 'node'; id: string; labels: string[]; properties: Record<string, unknown> }
export interface PlainRelationship { kind: 'relationship'; id: string; type: string; start: string; end: string; properties: Record<string, unknown> }
export interface PlainPath { kind: 'path'; nodes: PlainNode[]; relationships: PlainRelationship[] }

function isNode(v: object): v is Node {
  return neo4j.isNode(v as Node);
}

function plainProps(p: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) out[k] = toPlain(v);
  return out;
}

function plainNode(n: Node): PlainNode {
  return { kind: 'node', id: n.elementId, labels: [...n.labels], properties: plainProps(n.properties) };
}

function plainRel(r: Relationship): PlainRelationship {
  return { kind: 'relationship', id: r.elementId, type: r.type, start: r.startNodeElementId, end: r.endNodeElementId, properties: plainProps(r.properties) };
}

/** A count the server returned (an Integer, or a float from sum()) as a JS number; absent is 0. */
export const toCount = (v: unknown): number => (neo4j.isInt(v) ? v.toNumber() : Number(v ?? 0));

/** @example toPlain(neo4j.int(42)) // 42 */
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(toPlain);
  if (isNode(v)) return plainNode(v);
  if (isRelationship(v)) return plainRel(v);
  if (isPath(v)) {
    const nodes = [plainNode(v.start), ...v.segments.map((s) => plainNode(s.end))];
    return { kind: 'path', nodes, relationships: v.segments.map((s) => plainRel(s.relationship)) } satisfies PlainPath;
  }
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isLocalTime(v) || isTime(v) || isDuration(v)) return v.toString();
  if (isPoint(v)) return { srid: toPlain(v.srid), x: v.x, y: v.y, ...(v.z === undefined ? {} : { z: v.z }) };
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  return plainProps(v as Record<string, unknown>);
}
