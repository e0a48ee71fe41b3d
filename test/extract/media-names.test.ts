/**
 * Names the document shows to be broadcasters and papers (src/extract/media-names.ts): the name
 * before a noun of the media, with its shorter forms from the left. Sentences written for the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../src/extract/segment.ts';
import { Tree } from '../../src/extract/tree.ts';
import { mediaNames } from '../../src/extract/media-names.ts';

const ROWS: Array<[why: string, text: string, want: string[]]> = [
  ['a hyphened name and its language before "television channel"', 'He appeared on the Al-Kalmar Arabic television channel.', ['al-kalmar arabic', 'al-kalmar']],
  ['a two-word name before "channel"', 'Tom Vale spoke to the Vardan News channel.', ['vardan news', 'vardan']],
  ['a name before "newspaper", its adjective with it', 'Ana Ruiz told the Financial Ostrava newspaper.', ['financial ostrava', 'financial']],
  ['no name before a station: a place names it', 'Tom Vale arrived at Paddington station.', []],
  ['no name before a common noun of another kind', 'Tom Vale sold the Zentrix shares.', []],
];
for (const [why, text, want] of ROWS) {
  test(`media names: ${why} — "${text}"`, () => {
    const names = segment(text).flatMap((s) => mediaNames(new Tree(s.tokens)));
    assert.deepEqual(names, want);
  });
}
