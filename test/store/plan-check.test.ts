/** store/plan-check and store/param-limits without a server: plan shapes as Neo4j 5 describes them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPlan, operatorBase, procedureName, type PlanNode } from '../../src/store/plan-check.js';
import { checkParams } from '../../src/store/param-limits.js';
import { QueryRefusedError } from '../../src/errors.js';

const op = (operatorType: string, children: PlanNode[] = [], Details = ''): PlanNode => ({ operatorType, arguments: { Details }, children });
const results = (...children: PlanNode[]) => op('ProduceResults@neo4j', children);

test('operatorBase should strip the database, the mode and the direction', () => {
  const table: Array<[string, string]> = [
    ['Expand(All)@neo4j', 'Expand'], ['VarLengthExpand(Pruning,BFS)@neo4j', 'VarLengthExpand'],
    ['DirectedRelationshipTypeScan@neo4j', 'RelationshipTypeScan'], ['UndirectedAllRelationshipsScan', 'AllRelationshipsScan'],
    ['LoadCSV@neo4j', 'LoadCSV'], ['NodeByLabelScan', 'NodeByLabelScan'],
  ];
  for (const [raw, base] of table) assert.equal(operatorBase(raw), base, raw);
});

test('procedureName should read the name from the ProcedureCall details', () => {
  assert.equal(procedureName('db.labels() :: (label :: STRING)'), 'db.labels');
  assert.equal(procedureName('dbms.killConnections($autolist_0) :: (connectionId :: STRING)'), 'dbms.killConnections');
  assert.equal(procedureName(''), undefined);
});

test('checkPlan should pass reading plans and refuse each kind of harm with its reason', () => {
  const table: Array<[string, PlanNode, QueryRefusedError['reason'] | null]> = [
    ['match', results(op('Limit@neo4j', [op('Filter@neo4j', [op('DirectedAllRelationshipsScan@neo4j')])])), null],
    ['shortest path', results(op('ShortestPath@neo4j', [op('CartesianProduct@neo4j', [op('AllNodesScan@neo4j'), op('AllNodesScan@neo4j')])])), null],
    ['db.labels', results(op('ProcedureCall@neo4j', [], 'db.labels() :: (label :: STRING)')), null],
    ['show indexes', results(op('ShowIndexes@neo4j')), null],
    ['load csv deep in a subquery', results(op('Apply@neo4j', [op('AllNodesScan@neo4j'), op('LoadCSV@neo4j')])), 'load-csv'],
    ['terminate', results(op('TerminateTransactions@neo4j')), 'administration'],
    ['show transactions', results(op('ShowTransactions@neo4j')), 'administration'],
    ['show settings', results(op('ShowSettings@neo4j')), 'administration'],
    ['create', results(op('EmptyResult@neo4j', [op('Create@neo4j')])), 'write'],
    ['set', results(op('SetProperty@neo4j', [op('AllNodesScan@neo4j')])), 'write'],
    ['call in transactions', results(op('TransactionForeach@neo4j', [op('Argument@neo4j')])), 'write'],
    ['clear caches', results(op('ProcedureCall@neo4j', [], 'db.clearQueryCaches() :: (value :: STRING)')), 'procedure'],
    ['list connections', results(op('ProcedureCall@neo4j', [], 'dbms.listConnections() :: (connectionId :: STRING)')), 'procedure'],
    ['an operator nobody listed', results(op('SomethingNew@neo4j')), 'operator'],
  ];
  for (const [name, plan, reason] of table) {
    if (reason === null) { assert.doesNotThrow(() => checkPlan(plan), name); continue; }
    assert.throws(() => checkPlan(plan), (e: unknown) => e instanceof QueryRefusedError && e.reason === reason && /^actorgraph\/store: /.test(e.message), name);
  }
});

test('checkParams should refuse deep or huge parameters and pass ordinary ones', () => {
  const limits = { maxDepth: 32, maxItems: 1000 };
  assert.doesNotThrow(() => checkParams({ id: 'RUS', ids: ['RUS', 'BLR'], m: { a: [1, { b: 2 }] } }, limits));
  let deep: unknown = 1;
  for (let i = 0; i < 5000; i++) deep = [deep];
  assert.throws(() => checkParams({ p: deep }, limits), (e: unknown) => e instanceof QueryRefusedError && e.reason === 'parameters' && /"p" nests deeper than 32/.test(e.message));
  assert.throws(() => checkParams({ p: Array.from({ length: 2000 }, (_, i) => i) }, limits), /more than 1000 values/);
});
