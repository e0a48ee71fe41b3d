/**
 * actorgraph/nlp/verb-objects — does a verb take an object? Read from how often it had one (or
 * was passive) in the UD training treebanks (data/models/verb-objects.json, built by
 * scripts/train-verb-objects.ts). The tagger cannot tell a past tense from a participle when both
 * are "-ed"; whether the verb has a patient at all can.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let table: Map<string, [number, number]> | undefined;
function load(): Map<string, [number, number]> {
  if (!table) {
    const raw = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/models/verb-objects.json', import.meta.url)), 'utf8')) as { verbs: Record<string, [number, number]> };
    table = new Map(Object.entries(raw.verbs));
  }
  return table;
}

/**
 * The share of a verb's sightings with an object or in the passive; undefined for a verb seen too
 * rarely to say.
 * @example objectShare('arrest') // 0.93
 * @example objectShare('die') // 0.01
 */
export function objectShare(lemma: string): number | undefined {
  const row = load().get(lemma.toLowerCase());
  return row ? row[1] / row[0] : undefined;
}

/**
 * Can a form of this verb be a passive participle: does it take an object at least `share` of
 * the time? A verb too rare to be counted may: the common verbs that take none ("die", "go",
 * "agree") are all counted.
 */
export const mayBePassive = (lemma: string, share: number): boolean => (objectShare(lemma) ?? 1) >= share;
