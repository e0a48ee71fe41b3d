/**
 * actorgraph/store/triple-check — what `load` refuses per record, before it reaches Neo4j, so one
 * bad record costs itself and not its batch (a 9 KB id failed the whole load):
 *
 *   - an id (triple, subject, object, document) longer than settings.load.maxIdBytes: Neo4j's
 *     index cannot hold it;
 *   - a relation type that is not UPPER_SNAKE (the loader's whitelist) or that the model reserves
 *     for itself (store/cypher.ts RESERVED_RELATION_TYPES: `IN`).
 *
 * @example tripleProblem(t, 8000) // 'relation.type "IN" is reserved …' or undefined
 */
import { isSafeRelationType } from '../relation-type.js';
import { RESERVED_RELATION_TYPES } from './cypher.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Why an id cannot be loaded, or undefined. */
export function idProblem(field: string, id: string, maxIdBytes: number): string | undefined {
  const n = bytes(id);
  return n > maxIdBytes ? `${field} is ${n} bytes, longer than the ${maxIdBytes} Neo4j's index can hold (settings.load.maxIdBytes)` : undefined;
}

type Checked = { id: string; subject: { id: string }; object: { id: string }; relation: { type: string }; evidence: { doc: string } };

/** Why one of the triple's ids cannot be loaded, or undefined. */
export function tripleIdProblem(t: Checked, maxIdBytes: number): string | undefined {
  return idProblem('id', t.id, maxIdBytes) ?? idProblem('subject.id', t.subject.id, maxIdBytes)
    ?? idProblem('object.id', t.object.id, maxIdBytes) ?? idProblem('evidence.doc', t.evidence.doc, maxIdBytes);
}

export function tripleProblem(t: Checked, maxIdBytes: number): string | undefined {
  const type = t.relation.type;
  if (RESERVED_RELATION_TYPES.has(type)) return `relation.type ${JSON.stringify(type)} is reserved: the graph model uses it for its own links`;
  if (!isSafeRelationType(type)) return `relation.type ${JSON.stringify(type.slice(0, 80))} is not an UPPER_SNAKE name of at most 64 characters`;
  return tripleIdProblem(t, maxIdBytes);
}
