/**
 * actorgraph/extract/gerund-complements — "has ruled out suing Barclays", "proposed merging with
 * Nokia": a bare gerund right after a verb of excluding or proposing is that verb's complement,
 * though the parser hangs it as an adverbial participle ("left the room, shouting") that happens
 * when its main clause does. Excluded, it is not done (and "has not ruled out suing" leaves it
 * possible); proposed, it is aimed at. Other verbs keep the participle's reading (scope.ts).
 */
import type { Tree } from './tree.js';

/** Verbs that exclude their gerund, by lemma ("rule" only with its particle "out"). */
const EXCLUDING = /^(exclude|preclude)$/;
/** Verbs that propose their gerund: what they propose has not happened yet. */
const PROPOSING = /^(propose|suggest|recommend|advocate|urge|favou?r)$/;

export type GerundComplement = 'excluded' | 'proposed';

/**
 * What verb g does to the gerund x hung on it: 'excluded', 'proposed', or undefined when x is no
 * bare gerund right after g (and its particle) or g is neither kind of verb.
 */
export function gerundComplement(t: Tree, x: number, g: number): GerundComplement | undefined {
  if (g < 0 || x <= g || t.xpos(x) !== 'VBG' || !/^(advcl|xcomp|ccomp)$/.test(t.rel(x))) return undefined;
  if (t.childrenBy(x, 'mark', 'nsubj', 'nsubj:pass', 'aux', 'aux:pass').length) return undefined;
  // (nothing between but the verb's particle: "ruled out suing", not "ruled the game out, saying")
  const prt = t.childrenBy(g, 'compound:prt');
  for (let k = g + 1; k < x; k++) if (!prt.includes(k)) return undefined;
  const lemma = t.lemma(g);
  if (EXCLUDING.test(lemma) || (lemma === 'rule' && prt.some((p) => t.lower(p) === 'out'))) return 'excluded';
  if (PROPOSING.test(lemma)) return 'proposed';
  return undefined;
}
