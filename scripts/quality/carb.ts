/** scripts/quality/carb — CaRB open-IE F1/AUC (carb/<split>.jsonl), beside OpenIE-5 on the same set. */
import { join } from 'node:path';
import { extractTuples } from '../../src/extract/openie.ts';
import { resolveSettings } from '../../src/settings.ts';
import { BENCH, readJsonl, writeJsonl, score, ms } from './common.ts';

export function carbRows(dir: string, split: string): string[] {
  const gold = join(BENCH, `carb/${split}.jsonl`);
  const carb = readJsonl(gold);
  // every tuple, however unsure: the scorer draws the precision–recall curve over confidences
  const settings = resolveSettings({ minConfidence: 0 });
  const t0 = performance.now();
  const tuples = carb.flatMap((r) => extractTuples({ id: r.id, text: r.sentence }, settings, r.sentence));
  const took = ms(t0);
  const line = score([join(BENCH, 'carb/score.mjs'), '--gold', gold, '--pred', writeJsonl(dir, 'carb.jsonl', tuples), '--pred-format', 'jsonl']);
  return [
    `CaRB ${split} (${carb.length} sentences, ${tuples.length} tuples, ${took})`,
    `  baseline OpenIE-5 on this dev set: f1=0.458 auc=0.240`,
    `  actorgraph: ${line}`,
  ];
}
