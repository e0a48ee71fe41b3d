/**
 * scripts/quality/dyads — actor dyads (who acts on whom) scored by dyads/score.mjs: PLOVER dev
 * with the built-in gazetteer, and PETRARCH-2's unit tests (a fictional world known only through
 * PETR.Validate.actors.txt) without and with that dictionary (`--actors`), so its effect shows.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractTriples } from '../../src/extract/index.ts';
import { resolveSettings, type Settings } from '../../src/settings.ts';
import { loadUserActors, type UserActors } from '../../src/resolve/user-actors.ts';
import { BENCH, readJsonl, writeJsonl, score, ms } from './common.ts';

function dyadLine(dir: string, goldFile: string, settings: Settings, tag: string): { line: string; records: number; triples: number; took: string } {
  const gold = readJsonl(join(BENCH, goldFile));
  const t0 = performance.now();
  const triples = gold.flatMap((r) => extractTriples({ id: r.id, text: r.text }, settings));
  const took = ms(t0);
  const line = score([join(BENCH, 'dyads/score.mjs'), '--gold', join(BENCH, goldFile), '--pred', writeJsonl(dir, `dyads-${tag}.jsonl`, triples)]);
  return { line, records: gold.length, triples: triples.length, took };
}

/** `actors`: the user's dictionaries given to bench:quality (--actors), measured in a row of their own. */
export function ploverRows(dir: string, actors?: UserActors): string[] {
  const r = dyadLine(dir, 'dyads/plover-dev.jsonl', resolveSettings(), 'plover');
  const rows = [
    `PLOVER dyads (${r.records} records, ${r.triples} triples, ${r.took})`,
    `  baseline naive country pairs: recall=0.41 precision=0.49`,
    `  actorgraph: ${r.line}`,
  ];
  if (actors) {
    const u = dyadLine(dir, 'dyads/plover-dev.jsonl', resolveSettings({ actors }), 'plover-actors');
    rows.push(`  with --actors ${actors.files.map((f) => basename(f)).join(' ')} (${u.triples} triples, ${u.took}): ${u.line}`);
  }
  return rows;
}

export const PETRARCH_DICTIONARY = 'petrarch/dictionaries/PETR.Validate.actors.txt';

export function petrarchRows(dir: string): string[] {
  if (!existsSync(join(BENCH, 'dyads/petrarch-unittest.jsonl'))) return ['PETRARCH unit-test dyads: not measured (dyads/petrarch-unittest.jsonl absent)'];
  const actors = loadUserActors([join(BENCH, PETRARCH_DICTIONARY)]);
  const bare = dyadLine(dir, 'dyads/petrarch-unittest.jsonl', resolveSettings(), 'petrarch-bare');
  const dict = dyadLine(dir, 'dyads/petrarch-unittest.jsonl', resolveSettings({ actors }), 'petrarch-actors');
  return [
    `PETRARCH unit-test dyads (${bare.records} records; target recall ≥ 0.70 with the dictionary)`,
    `  built-in gazetteer only (${bare.triples} triples, ${bare.took}): ${bare.line}`,
    `  --actors PETR.Validate.actors.txt (${actors.actors.length} entries; ${dict.triples} triples, ${dict.took}): ${dict.line}`,
  ];
}
