/**
 * scripts/quality/coref — actorgraph's coreference against GUM dev's gold chains
 * (../shared/data/ud/en_gum-ccby-dev.conllu; README there). `npx tsx scripts/quality/coref.ts`
 * prints one line; bench:quality imports corefGum().
 *
 * What is evaluated (the CoNLL-2012 setting with predicted mentions):
 * - system: the real pipeline (extract/analyse.ts → resolve/coreference.ts) on each GUM document's
 *   text; a mention is a noun phrase that resolved to an actor (names, pronouns, descriptions,
 *   "we" and "I" in reported speech;
 *   concepts typed `other` are not actors and are left out, as are "the two countries" pairs); its
 *   entity is the resolved actor's id.
 * - gold: every GUM entity with two or more mentions; singletons are dropped on both sides.
 * - alignment: a predicted mention is a gold mention when it holds the gold span's syntactic head
 *   and lies inside the gold span (GUM spans carry relative clauses our chunks lack); the smallest
 *   such gold span wins, else the largest gold span inside it whose head it holds. Unaligned
 *   predicted mentions stay, as spurious mentions.
 * - metrics: MUC, B³, CEAFe (φ4) and their mean (CoNLL F1), micro-averaged over documents.
 * - `actors`: the same with gold restricted to person, organization and place entities (what
 *   actorgraph means to resolve); predicted mentions aligned to other gold types are left out.
 * - mention-recall: share of the evaluated gold mentions that some predicted mention aligns to.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/extract/analyse.ts';
import { resolveSettings } from '../../src/settings.ts';
import { readGum, type GoldMention } from './gum-entities.ts';
import { conll } from './coref-metrics.ts';

const FILE = process.env.ACTORGRAPH_GUM ?? '../shared/data/ud/en_gum-ccby-dev.conllu';
const ACTOR_TYPES = new Set(['person', 'organization', 'place']);

interface Predicted { entity: string; start: number; end: number; gold?: GoldMention }

/** The gold mention a predicted span stands for (see the header), or undefined. */
function align(p: Predicted, golds: GoldMention[]): GoldMention | undefined {
  let inside: GoldMention | undefined, around: GoldMention | undefined;
  for (const g of golds) {
    if (g.headStart < p.start || g.headEnd > p.end) continue;
    const len = g.end - g.start;
    if (g.start <= p.start && g.end >= p.end) { if (!inside || len < inside.end - inside.start) inside = g; }
    else if (g.start >= p.start && g.end <= p.end) { if (!around || len > around.end - around.start) around = g; }
  }
  return inside ?? around;
}

/** Entities (lists of mention keys) with at least two mentions. */
function partition(items: Array<[entity: string, key: string]>): string[][] {
  const by = new Map<string, string[]>();
  for (const [e, k] of items) by.set(e, [...(by.get(e) ?? []), k]);
  return [...by.values()].filter((e) => e.length >= 2);
}

const fmt = (x: number) => x.toFixed(3);

export async function corefGum(): Promise<string> {
  if (!existsSync(FILE)) return `coref skipped: ${FILE} not found (GUM dev lives beside the repository in ../shared/data/ud)`;
  const { docs } = readGum(readFileSync(FILE, 'utf8'));
  const settings = resolveSettings();
  const gold: GoldMention[] = [];
  const sys: Predicted[] = [];
  for (const d of docs) {
    const { an, ctx } = analyse({ id: d.id, text: d.text }, settings);
    // "we" and "I" are resolved once speakers are known, as extract/index.ts does before its triples
    for (const a of an) for (const [k, m] of a.mentions) if (m.kind === 'pronoun' && m.ref?.want === 'first') a.resolved.set(k, ctx.resolve(m, a.s.index, a.speaker, a));
    const used = new Set<GoldMention>();
    for (const a of an) {
      for (const [k, m] of a.mentions) {
        const actor = a.resolved.get(k)?.[0];
        if (!actor || actor.type === 'other' || m.kind === 'pair' || m.kind === 'none') continue;
        const p: Predicted = { entity: `${d.id}#${actor.id}`, start: a.s.tokens[m.start].start, end: a.s.tokens[m.end - 1].end };
        // (one predicted mention per gold mention: a second one is spurious)
        const g = align(p, d.mentions.filter((x) => !used.has(x)));
        if (g) { used.add(g); p.gold = g; }
        sys.push(p);
      }
    }
    gold.push(...d.mentions);
  }
  const gkey = (g: GoldMention) => `${g.entity}@${g.start}:${g.end}`;
  const pkey = (p: Predicted) => (p.gold ? gkey(p.gold) : `sys:${p.entity}@${p.start}:${p.end}`);
  const score = (keep: (g: GoldMention) => boolean) => {
    const G = partition(gold.filter(keep).map((g) => [g.entity, gkey(g)]));
    const S = partition(sys.filter((p) => !p.gold || keep(p.gold)).map((p) => [p.entity, pkey(p)]));
    const inGold = new Set(G.flat());
    const found = new Set(sys.filter((p) => p.gold && inGold.has(gkey(p.gold))).map((p) => gkey(p.gold!)));
    return { ...conll(G, S), recall: found.size / Math.max(1, inGold.size), n: inGold.size };
  };
  const all = score(() => true);
  const act = score((g) => ACTOR_TYPES.has(g.type));
  return `coref (GUM dev, ${docs.length} docs; CoNLL-2012 MUC/B³/CEAFe F1 and their mean, predicted mentions aligned by head, singletons dropped): `
    + `all: muc=${fmt(all.muc.f)} b3=${fmt(all.b3.f)} ceafe=${fmt(all.ceafe.f)} conll=${fmt(all.conll)} mention-recall=${fmt(all.recall)} (${all.n} gold mentions); `
    + `actors (person/org/place): muc=${fmt(act.muc.f)} b3=${fmt(act.b3.f)} ceafe=${fmt(act.ceafe.f)} conll=${fmt(act.conll)} mention-recall=${fmt(act.recall)} (${act.n})`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) console.log(await corefGum());
