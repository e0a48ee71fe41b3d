/**
 * actorgraph/nlp/entity-gold — what counts as a correct name, for training and for bench:parse.
 *
 * Gold names come from GUM's entity layer (MISC `Entity=`): spans of type person, organization or
 * place whose head word is a PROPN, outermost only. A predicted span is right when it covers a
 * same-type gold span's head word, so "the Bank of America" and "Bank of America" both count
 * (GUM spans carry determiners and possessives the recogniser is not asked to find).
 */
import { miscGet, type ConlluSentence } from './conllu.js';
import { ENTITY_TYPES, type EntitySpan } from './ner.js';

export interface GoldEntity extends EntitySpan {
  /** The word whose HEAD lies outside the span (the first such). */
  head: number;
}

const MENTION = /\(([^-()]+)-([a-z]+)[^()]*(\))?|([^()]+?)\)/g;

/** Every Entity= span of a sentence (any type), with its head word; spans left open are dropped. */
export function entityMentions(s: ConlluSentence): { start: number; end: number; type: string; head: number }[] {
  const out: { start: number; end: number; type: string; head: number }[] = [];
  const open: { id: string; type: string; start: number }[] = [];
  const close = (i: number, k: number) => {
    const { type, start } = open.splice(k, 1)[0];
    const end = i + 1;
    let head = start;
    for (let j = start; j < end; j++) {
      const h = s.words[j].head - 1; // 0-based; root becomes -1, outside any span
      if (h < start || h >= end) { head = j; break; }
    }
    out.push({ start, end, type, head });
  };
  s.words.forEach((w, i) => {
    const ent = miscGet(w.misc, 'Entity');
    if (!ent) return;
    for (const m of ent.matchAll(MENTION)) {
      if (m[1] !== undefined) {
        open.push({ id: m[1], type: m[2], start: i });
        if (m[3]) close(i, open.length - 1);
      } else {
        // "ID)" closes the innermost open span with that ID
        for (let k = open.length - 1; k >= 0; k--) if (open[k].id === m[4]) { close(i, k); break; }
      }
    }
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Gold names: person/organization/place spans headed by a PROPN, not inside another such span. */
export function goldEntities(s: ConlluSentence): GoldEntity[] {
  const kept = entityMentions(s).filter(
    (m) => (ENTITY_TYPES as readonly string[]).includes(m.type) && s.words[m.head].upos === 'PROPN',
  ) as GoldEntity[];
  // sorted by start, longer first: a span is dropped when an earlier one contains it (of two
  // spans over the same words, the first is kept)
  return kept.filter((m, i) => !kept.some((o, j) => j < i && o.start <= m.start && m.end <= o.end));
}

export interface EntityScores { p: number; r: number; f1: number; matched: number; predicted: number; gold: number }

/** Scores predicted spans against gold (one list per sentence), each gold matched at most once. */
export function evaluateEntities(gold: readonly (readonly GoldEntity[])[], predicted: readonly (readonly EntitySpan[])[]): EntityScores {
  let matched = 0, nPred = 0, nGold = 0;
  gold.forEach((gs, si) => {
    const used = new Uint8Array(gs.length);
    nGold += gs.length;
    for (const p of predicted[si] ?? []) {
      nPred++;
      const k = gs.findIndex((g, j) => !used[j] && g.type === p.type && p.start <= g.head && g.head < p.end);
      if (k >= 0) { used[k] = 1; matched++; }
    }
  });
  const p = nPred ? matched / nPred : 0;
  const r = nGold ? matched / nGold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, matched, predicted: nPred, gold: nGold };
}
