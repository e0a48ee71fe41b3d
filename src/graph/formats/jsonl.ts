/**
 * actorgraph/graph/formats/jsonl — the graph as JSON Lines in the shape of Neo4j APOC's JSON
 * export (apoc.export.json): one object a line, every node first, then every relationship.
 *
 *   {"type":"node","id":"RUS","labels":["Actor"],"properties":{"label":"Russia","type":"country",…}}
 *   {"type":"relationship","id":"RUS|COOPERATE_WITH|BLR","label":"COOPERATE_WITH",
 *    "start":{"id":"RUS","labels":["Actor"]},"end":{"id":"BLR","labels":["Actor"]},"properties":{…}}
 *
 * Labels are the Neo4j model's (Actor, or Concept for objects of type "other"); properties are
 * graph/formats/flat.ts's columns, but lists stay JSON lists. Why this shape: jq, DuckDB and
 * pandas read JSON Lines a record at a time, and Neo4j users know it; a JSONL of triples is what
 * `actorgraph extract` writes, so this one carries the merged graph instead.
 */
import type { ActorGraph } from '../build.js';
import { edgeRecords, nodeRecords } from './flat.js';

const labelsOf = (g: ActorGraph, id: string): string[] => [g.getNodeAttribute(id, 'type') === 'other' ? 'Concept' : 'Actor'];

/** Drops the keys whose value is undefined (JSON.stringify would too; explicit for the reader). */
function defined(r: Record<string, unknown>, drop: string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r).filter(([k, v]) => v !== undefined && !drop.includes(k)));
}

/** One line (with its "\n") per node, then per relationship. */
export function* toJsonl(g: ActorGraph): Generator<string> {
  const nodes = new Map(nodeRecords(g).map((r) => [r.id as string, r]));
  for (const [id, r] of nodes) {
    const aliases = g.getNodeAttribute(id, 'aliases');
    yield `${JSON.stringify({ type: 'node', id, labels: labelsOf(g, id), properties: defined({ ...r, aliases: aliases?.length ? aliases : undefined }, ['id']) })}\n`;
  }
  for (const r of edgeRecords(g)) {
    const id = r.id as string, s = r.source as string, t = r.target as string;
    yield `${JSON.stringify({
      type: 'relationship', id, label: r.relation,
      start: { id: s, labels: labelsOf(g, s) }, end: { id: t, labels: labelsOf(g, t) },
      properties: defined({ ...r, evidence: g.getEdgeAttribute(id, 'evidence') }, ['id', 'source', 'target', 'relation']),
    })}\n`;
  }
}
