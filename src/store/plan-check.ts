/**
 * actorgraph/store/plan-check — the read-only path asks Neo4j for the query's plan (EXPLAIN, which
 * runs nothing) and refuses it unless every operator and every procedure is on an allow-list.
 *
 * Why the plan and not the text or the session's access mode: a READ session only stops writes to
 * the graph. It still runs `LOAD CSV FROM 'file:///etc/passwd'` (the server reads the host's files
 * or fetches any URL), `TERMINATE TRANSACTIONS` (it killed a running load), `SHOW TRANSACTIONS`,
 * `CALL db.clearQueryCaches()` or `dbms.listConnections()`; Community Neo4j has no roles to forbid
 * them. The plan names what the query will do, whatever the spelling (comments, backticks, case,
 * subqueries), so an allow-list over it is what a regex over the text can never be. An operator
 * Neo4j adds later is refused until someone puts it here, which is the safe way round.
 * Functions are not operators: Community Neo4j's built-in functions all read (no plugins here).
 *
 * Operator names come from Neo4j 5's plan descriptions ("Expand(All)@neo4j"); the database suffix,
 * the "(All)/(Into)/(Trail)" mode and the Directed/Undirected/Partitioned prefixes are stripped
 * before the look-up.
 */
import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { QueryRefusedError } from '../errors.js';

/** Operators that only read the graph and compute rows. */
export const READ_OPERATORS: ReadonlySet<string> = new Set([
  // leaves: scans and seeks
  'AllNodesScan', 'NodeByLabelScan', 'NodeByIdSeek', 'NodeByElementIdSeek', 'NodeIndexScan', 'NodeIndexSeek',
  'NodeUniqueIndexSeek', 'NodeIndexSeekByRange', 'NodeUniqueIndexSeekByRange', 'NodeIndexContainsScan',
  'NodeIndexEndsWithScan', 'MultiNodeIndexSeek', 'AssertingMultiNodeIndexSeek', 'UnionNodeByLabelsScan',
  'IntersectionNodeByLabelsScan', 'SubtractionNodeByLabelsScan', 'NodeCountFromCountStore',
  'AllRelationshipsScan', 'RelationshipTypeScan', 'UnionRelationshipTypesScan', 'RelationshipByIdSeek',
  'RelationshipByElementIdSeek', 'RelationshipIndexScan', 'RelationshipIndexSeek', 'RelationshipIndexSeekByRange',
  'RelationshipUniqueIndexSeek', 'RelationshipUniqueIndexSeekByRange', 'RelationshipIndexContainsScan',
  'RelationshipIndexEndsWithScan', 'RelationshipCountFromCountStore', 'Argument', 'ArgumentTracker', 'Input',
  // traversal
  'Expand', 'OptionalExpand', 'VarLengthExpand', 'BFSPruningVarExpand', 'PathPropagatingBFS', 'ShortestPath',
  'StatefulShortestPath', 'Repeat', 'BidirectionalRepeat', 'NullifyMetadata', 'ProjectEndpoints',
  'AssertSameNode', 'AssertSameRelationship', 'TriadicSelection', 'TriadicBuild', 'TriadicFilter',
  // combining rows
  'Apply', 'SemiApply', 'AntiSemiApply', 'LetSemiApply', 'LetAntiSemiApply', 'SelectOrSemiApply',
  'SelectOrAntiSemiApply', 'LetSelectOrSemiApply', 'LetSelectOrAntiSemiApply', 'ConditionalApply',
  'AntiConditionalApply', 'RollUpApply', 'CartesianProduct', 'NodeHashJoin', 'ValueHashJoin',
  'NodeLeftOuterHashJoin', 'NodeRightOuterHashJoin', 'Optional', 'Anti', 'Union', 'OrderedUnion',
  // row operators
  'Filter', 'Limit', 'ExhaustiveLimit', 'Skip', 'Sort', 'PartialSort', 'Top', 'PartialTop', 'Unwind',
  'Projection', 'Distinct', 'OrderedDistinct', 'EagerAggregation', 'OrderedAggregation', 'Eager',
  'CacheProperties', 'ProduceResults', 'EmptyResult',
  // schema listings (what a user of the console asks to write queries)
  'ShowIndexes', 'ShowConstraints', 'ShowProcedures', 'ShowFunctions',
  // checked against READ_PROCEDURES below
  'ProcedureCall',
]);

/** Procedures that only describe the graph (Neo4j 5 built-ins; no plugins are installed). */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  'db.labels', 'db.relationshipTypes', 'db.propertyKeys', 'db.schema.visualization',
  'db.schema.nodeTypeProperties', 'db.schema.relTypeProperties', 'db.info', 'db.ping', 'dbms.components',
  'db.index.fulltext.queryNodes', 'db.index.fulltext.queryRelationships',
]);

/** Operators named in the refusal by what they do, so the message says why. */
const ADMINISTRATION = /^(ShowTransactions|TerminateTransactions|ShowSettings|AdministrationCommand|Create(Index|Constraint)|Drop(Index|Constraint)|DoNothingIfExists|RunQueryAt)$/;
const WRITES = /^(Create|Merge|LockingMerge|Delete|DetachDelete|Set\w*|Remove\w*|Foreach|SubqueryForeach|TransactionApply|TransactionForeach)$/;

export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** "VarLengthExpand(Pruning,BFS)@neo4j" → "VarLengthExpand"; "DirectedRelationshipTypeScan" → "RelationshipTypeScan". */
export function operatorBase(operatorType: string): string {
  return operatorType.replace(/@.*$/, '').replace(/\(.*\)$/, '').replace(/^(Directed|Undirected|Partitioned)(?=[A-Z])/, '');
}

/** "db.labels() :: (label :: STRING)" → "db.labels". */
export function procedureName(details: unknown): string | undefined {
  return /^\s*([A-Za-z_][\w.]*)\s*\(/.exec(String(details ?? ''))?.[1];
}

/** Throws QueryRefusedError for the first operator or procedure not on the allow-lists. */
export function checkPlan(plan: PlanNode): void {
  const todo = [plan];
  while (todo.length) {
    const node = todo.pop()!;
    todo.push(...(node.children ?? []));
    const op = operatorBase(node.operatorType);
    if (op === 'LoadCSV') {
      throw new QueryRefusedError('LOAD CSV is refused on the read-only path: it makes the Neo4j server read files of its host or fetch URLs.', 'load-csv',
        'Load data with `actorgraph load`; the console and `actorgraph query` read the graph only.');
    }
    if (ADMINISTRATION.test(op)) {
      throw new QueryRefusedError(`this query administers the server or its transactions (${op}), which the read-only path refuses.`, 'administration',
        'Run administration from a Neo4j client of your own (cypher-shell, Neo4j Browser) where you mean to.');
    }
    if (WRITES.test(op)) {
      throw new QueryRefusedError(`this query writes (${op}), and queries run read-only by default: add --write to run it.`, 'write',
        'The console of `serve` never writes; `actorgraph query --write` does.');
    }
    if (op === 'ProcedureCall') {
      const name = procedureName(node.arguments?.Details);
      if (!name || !READ_PROCEDURES.has(name)) {
        throw new QueryRefusedError(`procedure ${name ?? '(unnamed)'} is not one the read-only path runs.`, 'procedure',
          `Procedures allowed here: ${[...READ_PROCEDURES].join(', ')}.`);
      }
      continue;
    }
    if (!READ_OPERATORS.has(op)) {
      throw new QueryRefusedError(`the plan of this query uses ${op}, which is not on the read-only allow-list.`, 'operator',
        'Rewrite the query with MATCH / WITH / RETURN, or use `actorgraph query --write` if you mean it.');
    }
  }
}

const PREFIX = 'EXPLAIN ';

/**
 * A syntax error in "EXPLAIN q" points `shift` characters too far right on line 1: move its
 * column, offset and caret back so the user sees their own query, as if it had run as written.
 */
export function unprefixed(err: unknown, shift: number): unknown {
  if (!(err instanceof Error) || !/SyntaxError/.test((err as { code?: string }).code ?? '')) return err;
  const lines = err.message.replace(/\(line (\d+), column (\d+) \(offset: (\d+)\)\)/g, (_m, line: string, col: string, off: string) =>
    `(line ${line}, column ${line === '1' ? Math.max(1, Number(col) - shift) : col} (offset: ${Math.max(0, Number(off) - shift)}))`).split('\n');
  const quoted = lines.findIndex((l) => l.startsWith(`"${PREFIX}`));
  if (quoted >= 0) {
    lines[quoted] = `"${lines[quoted].slice(1 + PREFIX.length)}`;
    if (/^ *\^$/.test(lines[quoted + 1] ?? '')) lines[quoted + 1] = lines[quoted + 1].slice(PREFIX.length);
  }
  err.message = lines.join('\n');
  return err;
}

/**
 * EXPLAIN the query in the given transaction (nothing runs) and check its plan.
 *
 * @example await explainAndCheck(tx, "LOAD CSV FROM 'file:///etc/passwd' AS r RETURN r", {}); // throws (load-csv)
 */
export async function explainAndCheck(tx: Transaction | ManagedTransaction, cypher: string, params: Record<string, unknown>): Promise<void> {
  // "EXPLAIN PROFILE q" is refused by Neo4j; q's plan is PROFILE q's plan.
  const text = cypher.replace(/^\s*PROFILE\b/i, '');
  let res;
  try {
    res = await tx.run(`${PREFIX}${text}`, params);
  } catch (err) {
    throw unprefixed(err, PREFIX.length + cypher.length - text.length);
  }
  const { plan, queryType } = res.summary;
  if (queryType === 'w' || queryType === 'rw') {
    throw new QueryRefusedError('this query writes, and queries run read-only by default: add --write to run it.', 'write',
      'The console of `serve` never writes; `actorgraph query --write` does.');
  }
  if (!plan) throw new QueryRefusedError('Neo4j gave no plan for this query, so the read-only path cannot check it.', 'operator');
  checkPlan(plan as unknown as PlanNode);
}
