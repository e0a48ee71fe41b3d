/**
 * scripts/quality/muc4 — who attacked whom on MUC-4 dev: the 200 muc3.jsonl articles whose id is
 * a docid of muc4/dev.jsonl (their ALL-CAPS wire text), scored by muc4/score.mjs.
 */
import { basename, join } from 'node:path';
import { extractTriples } from '../../src/extract/index.ts';
import { recordToDoc } from '../../src/io/record.ts';
import { resolveSettings, type Settings } from '../../src/settings.ts';
import type { UserActors } from '../../src/resolve/user-actors.ts';
import type { Triple } from '../../src/types.ts';
import { BENCH, NEWS, readJsonl, writeJsonl, score, ms } from './common.ts';

function muc4Line(dir: string, ids: Set<string>, settings: Settings, tag: string): { line: string; triples: Triple[] } {
  const docs = readJsonl(join(NEWS, 'muc3.jsonl')).map((r, i) => recordToDoc(r, 'muc3.jsonl', i + 1)).filter((d) => ids.has(d.id));
  const triples = docs.flatMap((d) => extractTriples(d, settings));
  return { triples, line: score([join(BENCH, 'muc4/score.mjs'), '--gold', join(BENCH, 'muc4/dev.jsonl'), '--pred', writeJsonl(dir, `muc4-${tag}.jsonl`, triples)]) };
}

/**
 * `muc3`: triples by article from a full MUC-3 run (reused: extraction depends only on the
 * article); `actors`: the user's dictionaries given to bench:quality, measured in a row of their own.
 */
export function muc4Rows(dir: string, muc3?: Map<string, Triple[]>, actors?: UserActors): string[] {
  const gold = join(BENCH, 'muc4/dev.jsonl');
  const ids = new Set(readJsonl(gold).map((r) => String(r.docid)));
  const t0 = performance.now();
  let triples: Triple[], line: string;
  if (muc3) {
    triples = [...ids].flatMap((id) => muc3.get(id) ?? []);
    line = score([join(BENCH, 'muc4/score.mjs'), '--gold', gold, '--pred', writeJsonl(dir, 'muc4.jsonl', triples)]);
  } else ({ triples, line } = muc4Line(dir, ids, resolveSettings(), 'bare'));
  const found = new Set(triples.map((t) => t.evidence.doc)).size;
  const rows = [
    `MUC-4 dev (${ids.size} articles, ${found} with a triple, ${triples.length} triples, ${muc3 ? 'from the MUC-3 run' : ms(t0)}; target dyad ≥ 0.20, perp ≥ 0.60)`,
    `  baseline ReVerb-style on wink: dyad≈0.07 perp≈0.6`,
    `  actorgraph: ${line}`,
  ];
  if (actors) {
    const t1 = performance.now();
    const u = muc4Line(dir, ids, resolveSettings({ actors }), 'actors');
    rows.push(`  with --actors ${actors.files.map((f) => basename(f)).join(' ')} (${u.triples.length} triples, ${ms(t1)}): ${u.line}`);
  }
  return rows;
}
