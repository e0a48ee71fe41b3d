/**
 * actorgraph/extract/category — PLOVER event type of a relation, from its lemmas
 * (data/plover-verbs.json). The first lemma with a category wins: "agree to share" → AGREE.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let table: Map<string, string> | undefined;
function load(): Map<string, string> {
  if (table) return table;
  const raw = JSON.parse(readFileSync(fileURLToPath(new URL('../../data/plover-verbs.json', import.meta.url)), 'utf8')) as Record<string, string[] | string>;
  table = new Map();
  for (const [type, lemmas] of Object.entries(raw)) {
    if (type.startsWith('_') || !Array.isArray(lemmas)) continue;
    for (const l of lemmas) if (!table.has(l)) table.set(l, type);
  }
  return table;
}

export function ploverCategory(lemmas: string[]): string | undefined {
  const t = load();
  for (const l of lemmas) { const c = t.get(l); if (c) return c; }
  return undefined;
}
