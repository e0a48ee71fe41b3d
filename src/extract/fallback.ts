/**
 * actorgraph/extract/fallback — the chunk-pattern clauses (relations.ts), kept only where the
 * tree gives a verb no clause with a subject. Our greedy parser attaches about one word in five
 * wrongly (LAS 0.82 on EWT dev), and a wrong attachment near the verb often leaves a clause with
 * no subject: there the older surface patterns still find one. Their triples carry the rule name
 * "chunks:…", so how much of a graph rests on them can be counted, and this file goes when the
 * parser no longer needs it.
 */
import type { Token } from '../nlp/wink.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import { eventOnly, type Clause } from './clauses.js';
import { PREPOSITIONAL_ING } from './prepositional.js';
import { findClauses as chunkClauses } from './relations.js';
import { proVerbChunk } from './pro-verb.js';

/** `prenominal(i)`: the tree reads word i as a modifier of the noun right after it. */
export function fallbackClauses(tokens: Token[], chs: Chunk[], mentions: Map<number, Mention>, tree: Clause[], prenominal: (i: number) => boolean): Clause[] {
  const covered = new Set<number>();
  // (a verb group counts as read when any word of the tree clause's relation lies in it: "is" of "is an ally")
  const chunkOf = (i: number) => chs.findIndex((c) => c.start <= i && i < c.end);
  for (const c of tree) if (c.subjects.length) for (let i = c.rel[0]; i < c.rel[1]; i++) covered.add(chunkOf(i));
  // (a verb the tree read as a passive with no agent, "were captured and taken to Lima", is no
  // active verb sharing the subject before "and": the chunk patterns may not read it so, unless a
  // "by" follows, which the parser may have hung elsewhere: "was beaten to the title by Owen")
  const passives = new Set<number>();
  for (const c of tree) if (c.rule === 'passive-no-agent' && c.objects.length && !tokens.some((t, i) => i > c.head && t.lower === 'by')) passives.add(chunkOf(c.head));
  // (most sentences: the tree read every verb group, and the chunk patterns need not run at all)
  if (chs.every((c, k) => c.kind !== 'VG' || covered.has(k))) return [];
  const out: Clause[] = [];
  for (const c of chunkClauses(tokens, chs, mentions)) {
    // (nor a one-word verb group that is no verb: the preposition "following", "resigned following the
    // share deal" (clauses.prepositionalParticiple), or a word the tree reads as the next noun's
    // modifier, "its cost cutting measures" cut nothing, "her doping ban" dopes nothing)
    const h = chs[c.vg].head;
    // (nor a surname's particle between capitalised words, "CA del Fava", "D dal Maso", in a team list)
    const particle = /^(del|dal|della|dello|dei|de|da|di|van|von|der|den|le|la|du)$/.test(tokens[h].text) && /^[A-Z]/.test(tokens[h - 1]?.text ?? '') && /^[A-Z]/.test(tokens[h + 1]?.text ?? '');
    const noVerb = particle || (chs[c.vg].end - chs[c.vg].start === 1 && (PREPOSITIONAL_ING.test(tokens[h].lower) || prenominal(h)));
    if (noVerb || covered.has(c.vg) || proVerbChunk(tokens, chs, c.vg) || (passives.has(c.vg) && c.rule === 'shared') || eventOnly(c.verb.lemma, c.objects.map((k) => tokens[chs[k].head].lower))) continue;
    out.push({ ...c, head: chs[c.vg].head, arg1s: c.arg1 ? [c.arg1] : [], objectArgs: c.objects.length ? 1 : 0, fallback: true });
  }
  return out;
}
