/**
 * actorgraph/store/param-limits — query parameters are refused when they nest too deep or hold
 * too many values, before anything is sent to Neo4j.
 *
 * Why: a 5,000-deep JSON parameter from the console never got an answer (the server chewed on it
 * while the request hung), and a parameter list of millions of values is a query of millions of
 * rows. The walk is iterative, so a deep value cannot overflow our own stack either.
 */
import neo4j from 'neo4j-driver';
import { QueryRefusedError } from '../errors.js';

export interface ParamLimits {
  /** Lists and maps inside one another, at most this deep (a flat value is depth 0). */
  maxDepth: number;
  /** Values in all parameters together (every list element and map entry counts). */
  maxItems: number;
}

/**
 * @example checkParams({ ids: ['RUS', 'BLR'] }, { maxDepth: 32, maxItems: 100_000 }); // fine
 * @example checkParams({ p: [[[[1]]]] }, { maxDepth: 2, maxItems: 10 }); // throws QueryRefusedError
 */
export function checkParams(params: Record<string, unknown>, limits: ParamLimits): void {
  const todo: [unknown, number, string][] = Object.entries(params).map(([k, v]) => [v, 0, k]);
  let items = 0;
  while (todo.length) {
    const [v, depth, name] = todo.pop()!;
    if (++items > limits.maxItems) {
      throw new QueryRefusedError(`the parameters hold more than ${limits.maxItems} values.`, 'parameters', 'Send fewer values, or filter in the query.');
    }
    if (v === null || typeof v !== 'object' || neo4j.isInt(v as object)) continue;
    if (depth >= limits.maxDepth) {
      throw new QueryRefusedError(`parameter "${name}" nests deeper than ${limits.maxDepth} levels.`, 'parameters', 'Flatten the value: lists of maps are enough for a query.');
    }
    for (const x of Array.isArray(v) ? v : Object.values(v)) todo.push([x, depth + 1, name]);
  }
}
