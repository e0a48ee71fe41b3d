/**
 * scripts/quality/coref-pronouns — what each pronoun resolved to against GUM's gold chains, for
 * diagnosis (bench:quality's coref line says how much, this says which): one line per pronoun of
 * the pipeline, marked
 *   ok     our antecedent mention is in the pronoun's gold entity
 *   WRONG  it is in another gold entity (or in none)
 *   miss   we left it unresolved and gold has an earlier mention of its entity
 *   abst   we left it unresolved and gold has no earlier mention (abstaining was right)
 *   extra  we resolved it and gold has no earlier mention of its entity
 * then counts per pronoun. `npx tsx scripts/quality/coref-pronouns.ts [--train] [--only WORDS]
 * [--quiet]` (--train reads GUM train, so that rules are not tuned on dev).
 */
import { readFileSync, existsSync } from 'node:fs';
import { analyse } from '../../src/extract/analyse.ts';
import { resolveSettings } from '../../src/settings.ts';
import { readGum, type GoldMention } from './gum-entities.ts';

const args = process.argv.slice(2);
const FILE = args.includes('--train') ? '../shared/data/ud/en_gum-ccby-train.conllu' : '../shared/data/ud/en_gum-ccby-dev.conllu';
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : undefined;
const quiet = args.includes('--quiet');
if (!existsSync(FILE)) throw new Error(`${FILE} not found (GUM lives beside the repository in ../shared/data/ud)`);

/** The gold mention holding the span's head: the smallest gold span around [s, e) whose head is inside. */
function goldAt(golds: GoldMention[], s: number, e: number): GoldMention | undefined {
  let best: GoldMention | undefined;
  for (const g of golds) if (g.headStart >= s && g.headEnd <= e && g.start <= s && g.end >= e && (!best || g.end - g.start < best.end - best.start)) best = g;
  if (best) return best;
  for (const g of golds) if (g.headStart >= s && g.headEnd <= e && (!best || g.end - g.start > best.end - best.start)) best = g;
  return best;
}

const counts = new Map<string, Record<string, number>>();
const { docs } = readGum(readFileSync(FILE, 'utf8'));
const settings = resolveSettings();
for (const d of docs) {
  const { an, ctx } = analyse({ id: d.id, text: d.text }, settings);
  for (const a of an) for (const [k, m] of a.mentions) if (m.kind === 'pronoun' && m.ref?.want === 'first') a.resolved.set(k, ctx.resolve(m, a.s.index, a.speaker, a));
  // every resolved mention in text order: [start, end, actor id, kind, text]
  const seen: Array<{ s: number; e: number; id: string; kind: string; text: string; word?: string; sent: string }> = [];
  for (const a of an) for (const [k, m] of a.mentions) {
    const id = a.resolved.get(k)?.[0]?.id ?? '';
    seen.push({ s: a.s.tokens[m.start].start, e: a.s.tokens[m.end - 1].end, id, kind: m.kind, text: m.text, word: m.ref?.word, sent: a.s.text });
  }
  seen.sort((x, y) => x.s - y.s);
  seen.forEach((p, i) => {
    if (p.kind !== 'pronoun' || (only && !only.has(p.word!))) return;
    const g = goldAt(d.mentions, p.s, p.e);
    const earlier = g ? d.mentions.filter((x) => x.entity === g.entity && x.end <= p.s).sort((x, y) => y.start - x.start) : [];
    const goldAnte = earlier[0] ? d.text.slice(earlier[0].start, earlier[0].end) : '';
    let mark: string, ours = '';
    if (!p.id) mark = earlier.length ? 'miss' : 'abst';
    else {
      const ante = seen.slice(0, i).reverse().find((x) => x.id === p.id && x.kind !== 'pronoun') ?? seen.slice(0, i).reverse().find((x) => x.id === p.id);
      ours = ante ? ante.text : `(${p.id})`;
      const ag = ante && goldAt(d.mentions, ante.s, ante.e);
      mark = !earlier.length ? 'extra' : ag && ag.entity === g!.entity ? 'ok' : 'WRONG';
    }
    const c = counts.get(p.word!) ?? {};
    c[mark] = (c[mark] ?? 0) + 1;
    counts.set(p.word!, c);
    if (!quiet && mark !== 'abst') console.log(`${mark}\t${d.id}\t${p.text}\tours=${ours} [${p.id}]\tgold=${goldAnte} (${g?.type ?? '-'})\t${p.sent.replace(/\s+/g, ' ').slice(0, 220)}`);
  });
}
const tot: Record<string, number> = {};
for (const [w, c] of [...counts].sort()) {
  console.log(`${w}\t${Object.entries(c).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  for (const [k, v] of Object.entries(c)) tot[k] = (tot[k] ?? 0) + v;
}
console.log(`all\t${Object.entries(tot).map(([k, v]) => `${k}=${v}`).join(' ')}`);
