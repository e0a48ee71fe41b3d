/** store/lease's reading of who holds the lease, on records shaped as its TAKE query returns them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import neo4j, { Record as Neo4jRecord } from 'neo4j-driver';
import { holderOf } from '../../src/store/lease.js';

const KEYS = ['owner', 'task', 'started', 'renewed'];
const record = (...fields: unknown[]) => new Neo4jRecord(KEYS, fields);

const CASES: [string, Neo4jRecord, ReturnType<typeof holderOf>][] = [
  ['a live holder is named with its task and start',
    record('host:12:u', 'remove', neo4j.int(1_700_000_000_000), neo4j.int(1_700_000_000_500)),
    { owner: 'host:12:u', task: 'remove', started: new Date(1_700_000_000_000) }],
  ['a lease deleted under the taking transaction (every property null) has no holder',
    record(null, null, null, null), null],
  ['an owner without a start is no holder to wait for either',
    record('host:12:u', 'load', null, null), null],
];

for (const [why, r, want] of CASES) test(`holderOf: ${why}`, () => assert.deepEqual(holderOf(r), want));
