/**
 * actorgraph/relation-type — THE one normaliser from a relation phrase to a Neo4j
 * relationship type. The loader and the page whitelist types with isSafeRelationType(); nothing
 * else may build a type string (LangChain's two drifting copies are the cautionary tale).
 *
 * @example relationType('cooperate with') // 'COOPERATE_WITH'
 * @example relationType('in response to') // 'IN_RESPONSE_TO'
 */

/**
 * Relationship types the model uses for itself: a triple may not name one (a relation "in" would
 * mix actors' edges with the Evidence→Document links every query of the model walks).
 */
export const RESERVED_RELATION_TYPES: ReadonlySet<string> = new Set(['IN']);

/** Neo4j labels and relationship types we allow into a query string. */
export const SAFE_TYPE = /^[A-Z][A-Z0-9_]{0,63}$/;

export function relationType(label: string): string {
  const t = label
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .replace(/^([0-9])/, 'R_$1')
    .slice(0, 64)
    .replace(/_+$/, '');
  // ("was in Paris" labels "in": the model's own link name, so the relation says what it is)
  return !t ? 'RELATED_TO' : RESERVED_RELATION_TYPES.has(t) ? `BE_${t}` : t;
}

export function isSafeRelationType(type: string): boolean {
  return SAFE_TYPE.test(type);
}
