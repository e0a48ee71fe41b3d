/**
 * actorgraph/extract/relation-label — THE one normaliser from a relation phrase to a Neo4j
 * relationship type. The loader and the page whitelist types with isSafeRelationType(); nothing
 * else may build a type string (LangChain's two drifting copies are the cautionary tale).
 *
 * @example relationType('cooperate with') // 'COOPERATE_WITH'
 * @example relationType('in response to') // 'IN_RESPONSE_TO'
 */

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
  return t || 'RELATED_TO';
}

export function isSafeRelationType(type: string): boolean {
  return SAFE_TYPE.test(type);
}
