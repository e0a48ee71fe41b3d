/**
 * actorgraph extract --actors, end to end: a tiny fictional world in both dictionary formats,
 * a sentence of our own, the user's codes in the triples; a bad dictionary line stops the run
 * with its file:line; the flag does not swallow the input that follows it.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './_cli.ts';
import type { Triple } from '../../src/types.ts';

let dir: string;
const triples = (stdout: string): Triple[] => stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

describe('actorgraph extract --actors', () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'actorgraph-cli-actors-'));
    await writeFile(join(dir, 'world.txt'), 'ZORVANIA [ZRV]  # our own country\n+ZORVANIAN\nKELDRA_HILLS_FRONT [ZRVREB]\n');
    await writeFile(join(dir, 'firms.csv'), 'name,id,type,country\nQuillon Mining Company,QMC,organization,ZRV\n');
    await writeFile(join(dir, 'bad.txt'), 'ZORVANIA [ZRV]\n+ZORVANIAN\nKELDRA [ZRVREB\n');
    await writeFile(join(dir, 'news.txt'), 'The Keldra Hills Front attacked a convoy of the Quillon Mining Company near the border of Zorvania.\n');
  });
  after(async () => { await rm(dir, { recursive: true, force: true }); });

  it('gives the dictionaries\' ids, types and countries to the actors they name', async () => {
    const r = await runCli(['extract', '--actors', join(dir, 'world.txt'), join(dir, 'news.txt'), '--actors', join(dir, 'firms.csv'), '-q']);
    assert.equal(r.code, 0, r.stderr);
    const ts = triples(r.stdout);
    const attack = ts.find((t) => t.subject.id === 'ZRVREB' && t.object.id === 'QMC');
    assert.ok(attack, r.stdout);
    assert.deepEqual([attack.subject.name, attack.subject.type, attack.subject.country], ['Keldra Hills Front', 'group', 'ZRV']);
    assert.deepEqual([attack.object.type, attack.object.country], ['organization', 'ZRV']);
    assert.ok(ts.some((t) => t.object.id === 'ZRV' && t.object.type === 'country'), r.stdout);
  });

  it('without --actors the same text gives none of those ids', async () => {
    const r = await runCli(['extract', join(dir, 'news.txt'), '-q']);
    assert.equal(r.code, 0, r.stderr);
    const ids = triples(r.stdout).flatMap((t) => [t.subject.id, t.object.id]);
    assert.ok(ids.length > 0);
    assert.ok(!ids.some((id) => ['ZRVREB', 'QMC', 'ZRV'].includes(id)), ids.join(' '));
  });

  it('a bad dictionary line stops the run with its file:line and exit code 1', async () => {
    const r = await runCli(['extract', join(dir, 'news.txt'), '--actors', join(dir, 'bad.txt')]);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, new RegExp(`${join(dir, 'bad.txt').replace(/[.\\/]/g, '\\$&')}:3: unbalanced brackets`));
  });
});
