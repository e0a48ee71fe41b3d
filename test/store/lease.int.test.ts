/** store/lease against the real Neo4j: one holder at a time, a waiter told who holds it, a dead holder taken over. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeStore, type Store } from '../../src/store/connection.js';
import { ensureSchema } from '../../src/store/write.js';
import { acquireLease } from '../../src/store/lease.js';
import { runQuery } from '../../src/store/read.js';
import { StoreError } from '../../src/errors.js';
import { clearGraph, openTestStore } from './_helpers.js';

let store: Store;
before(async () => { store = await openTestStore(); await clearGraph(store); await ensureSchema(store); });
after(async () => { await closeStore(store); });

test('a second holder waits, is told who holds the lease, and gets it when the first releases', async () => {
  const first = await acquireLease(store, { staleMs: 60_000, waitMs: 10_000 }, 'load');
  const told: string[] = [];
  const second = acquireLease(store, { staleMs: 60_000, waitMs: 10_000, onWait: (h) => told.push(`${h.task} ${h.owner}`) }, 'remove');
  await new Promise((r) => setTimeout(r, 600));
  assert.deepEqual(told, [`load ${first.owner}`]);
  await first.release();
  const got = await second;
  const held = await runQuery(store, 'MATCH (l:LoadLease) RETURN l.owner AS owner, l.task AS task');
  assert.deepEqual(held.rows, [{ owner: got.owner, task: 'remove' }]);
  await got.release();
  assert.equal((await runQuery(store, 'MATCH (l:LoadLease) RETURN count(l) AS n')).rows[0].n, 0);
});

test('a waiter gives up after waitMs with a message naming the holder', async () => {
  const first = await acquireLease(store, { staleMs: 60_000, waitMs: 1000 }, 'load');
  try {
    await assert.rejects(acquireLease(store, { staleMs: 60_000, waitMs: 500 }, 'load'),
      (e: unknown) => e instanceof StoreError && e.code === 'actorgraph.LeaseBusy' && e.message.includes(first.owner));
  } finally {
    await first.release();
  }
});

test('a lease not renewed for staleMs (its holder was killed) is taken over, and the old holder learns it lost it', async () => {
  await runQuery(store, "CREATE (:LoadLease {id: 'load', owner: 'dead-host:1:x', task: 'load', started: timestamp() - 100000, renewed: timestamp() - 100000})", {}, { write: true });
  const t0 = Date.now();
  const taken = await acquireLease(store, { staleMs: 5_000, waitMs: 1_000 }, 'load');
  assert.ok(Date.now() - t0 < 1000);
  // A live holder that stops renewing (paused process) is taken over too, and check() then throws.
  await runQuery(store, "MATCH (l:LoadLease) SET l.owner = 'someone-else'", {}, { write: true });
  await new Promise((r) => setTimeout(r, 1800)); // the renewal every staleMs / 4 finds the lease gone
  assert.throws(() => taken.check(), (e: unknown) => e instanceof StoreError && e.code === 'actorgraph.LeaseLost');
  await taken.release();
  await runQuery(store, 'MATCH (l:LoadLease) DELETE l', {}, { write: true });
});

test('a fresh lease of a process of this machine that no longer runs is taken over at once', async () => {
  const { spawnSync } = await import('node:child_process');
  const { hostname } = await import('node:os');
  const gone = spawnSync(process.execPath, ['-e', 'process.pid']).pid!; // exited: its pid names no process now
  await runQuery(store, 'CREATE (:LoadLease {id: $id, owner: $owner, task: "load", started: timestamp(), renewed: timestamp()})',
    { id: 'load', owner: `${hostname()}:${gone}:x` }, { write: true });
  const t0 = Date.now();
  const told: string[] = [];
  const lease = await acquireLease(store, { staleMs: 60_000, waitMs: 5_000, onWait: (h) => told.push(h.owner) }, 'load');
  assert.ok(Date.now() - t0 < 2000);
  assert.deepEqual(told, [], 'no wait');
  await lease.release();
});

test('holders that take and release the lease in quick turns never crash on a lease released under them', async () => {
  // Three contenders, 60 turns each: a release that lands between a taker's MERGE and its lock
  // left the taker reading a deleted node (all properties null).
  let turns = 0;
  const contender = async () => {
    for (let i = 0; i < 60; i++) {
      const lease = await acquireLease(store, { staleMs: 60_000, waitMs: 30_000 }, 'load');
      turns++;
      await lease.release();
    }
  };
  await Promise.all([contender(), contender(), contender()]);
  assert.equal(turns, 180);
  assert.equal((await runQuery(store, 'MATCH (l:LoadLease) RETURN count(l) AS n')).rows[0].n, 0);
});
