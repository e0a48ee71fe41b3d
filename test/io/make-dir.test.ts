/** makeDir: output folders are made, or refused at once with the folder and the reason. */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeDir } from '../../src/io/make-dir.ts';
import { runCli } from '../cli/_cli.ts';

describe('makeDir', () => {
  let tmp = '';
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'actorgraph-make-dir-'));
    writeFileSync(join(tmp, 'a-file'), 'x');
    mkdirSync(join(tmp, 'there'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  const MADE: Array<[name: string, rel: string]> = [
    ['a new folder', 'out'],
    ['new nested folders', 'deep/er/out'],
    ['a folder that exists', 'there'],
  ];
  for (const [name, rel] of MADE) {
    it(`should make ${name}`, async () => {
      await makeDir(join(tmp, rel));
      assert.ok(statSync(join(tmp, rel)).isDirectory());
    });
  }

  const REFUSED: Array<[name: string, dir: () => string, reason: RegExp]> = [
    ['a folder under a file', () => join(tmp, 'a-file', 'out'), /a parent is a file/],
    ['a file itself', () => join(tmp, 'a-file'), /a file of that name is in the way/],
    // (Node's recursive mkdir never settled here: issue 11 §6)
    ['a folder under /proc', () => '/proc/actorgraph-out/x', /cannot create the folder \/proc\/actorgraph-out\/x \(at \/proc\/actorgraph-out\)/],
  ];
  for (const [name, dir, reason] of REFUSED) {
    it(`should refuse ${name} at once, naming it`, async () => {
      await assert.rejects(makeDir(dir()), (e: Error) => reason.test(e.message) && /^actorgraph\/output: /.test(e.message));
    });
  }
});

describe('build -o on a folder that cannot be made', () => {
  // (the old code spun for ever here: the timeout makes that a failure)
  it('should exit with an error naming the folder, before reading any input', { timeout: 60_000 }, async () => {
    // (the input does not exist either: the output folder is checked first, so its error is the one shown)
    const r = await runCli(['build', 'no-such-input.txt', '-o', '/proc/x']);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /cannot create the folder \/proc\/x/);
  });
});
