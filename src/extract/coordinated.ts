/**
 * actorgraph/extract/coordinated — nationalities coordinated before one noun: "US and British
 * troops", "French, German and Italian officials". The chunker makes each nationality before the
 * last a noun phrase of its own ("French"), and the mention reader builds the actor from the last
 * one and the noun ("Italian officials"). Each nationality before it, joined by commas and an
 * "and"/"or", names the same noun for its own country ("French officials"), so the clause holds
 * for each; the lone nationality stands for the whole phrase.
 */
import type { Token } from '../nlp/wink.js';
import type { Actor } from '../types.js';
import { demonymOf, type Gazetteer } from '../resolve/gazetteer.js';
import type { Chunk } from './chunks.js';
import type { Mention } from './mentions.js';
import { slug } from '../resolve/names.js';

/** The chunk's word when it separates a list's items (one "and", "or" or comma), else undefined. */
function listWord(tokens: Token[], c: Chunk): string | undefined {
  const w = tokens[c.start].lower;
  return c.end - c.start === 1 && /^(and|or|,)$/.test(w) ? w : undefined;
}

/** Folds the nationalities coordinated before each "<nationality> <noun>" mention into its `also`. */
export function foldCoordinated(tokens: Token[], chs: Chunk[], mentions: Map<number, Mention>, g: Gazetteer): void {
  for (const [k, m] of mentions) {
    const x = m.actor;
    const names = chs[k].names ?? [];
    if (m.kind !== 'actor' || !x || x.type === 'country' || !names.length) continue;
    const [l0, l1, last] = names[0];
    // (only an actor made of a leading nationality and the noun after it: "ita-official", "Italian officials")
    const lastId = slug(last.id);
    const lastWord = demonymOf(g, last.id, last.name);
    const det = tokens[chs[k].start].pos === 'DET' ? 1 : 0;
    if (last.type !== 'country' || l0 !== chs[k].start + det || l1 >= chs[k].end || x.country !== last.id || !x.id.startsWith(`${lastId}-`) || !x.name.startsWith(`${lastWord} `)) continue;
    const found: Array<[number, Actor]> = [];
    let joined = false;
    for (let j = k - 1; j >= 1; j -= 2) {
      const prev = chs[j - 1], pm = mentions.get(j - 1);
      const w = listWord(tokens, chs[j]);
      // (one "and"/"or", nearest the noun; commas before it: "French, German and Italian")
      if (!w || (w !== ',' && joined)) break;
      if (w !== ',') joined = true;
      const pn = prev.names ?? [];
      if (prev.kind !== 'NP' || pn.length !== 1 || pn[0][0] !== prev.start || pn[0][1] !== prev.end || pn[0][2].type !== 'country' || pm?.kind !== 'actor') break;
      // (a nationality, or a country's initials used as one, "US"; "talks between Iran and Russian
      // officials" joins two noun phrases; a country's name used as a modifier is one when the last
      // is one too, "Eriadori and Calenardhon leaders" in a dictionary that lists no adjectives)
      const asModifier = pn[0][2].kind === 'name' && last.kind === 'name';
      if (pn[0][2].kind !== 'demonym' && !asModifier && !(prev.end - prev.start === 1 && /^[A-Z]{2,3}$/.test(tokens[prev.start].text))) break;
      const e = pn[0][2];
      const word = demonymOf(g, e.id, e.name);
      found.push([j - 1, { ...x, id: `${slug(e.id)}-${x.id.slice(lastId.length + 1)}`, name: `${word}${x.name.slice(lastWord.length)}`, country: e.id }]);
    }
    // (a list needs its "and"/"or": "France, German officials" is no coordination)
    if (!joined || !found.length) continue;
    m.also = found.reverse().map(([, a]) => a);
    // (the parser may make a lone nationality the argument, "scores of Sierra Leonean and Liberian
    // refugees": it stands for the whole phrase)
    for (const [j] of found) mentions.set(j, m);
  }
}

/**
 * "the ambassadors of Peru, Chile and Bolivia": after a plural office of one country (chunk k, its
 * "of" phrase ending at chunk `to`), the countries listed after it hold the same office; their
 * mentions are folded in. Returns the offices of the countries after the first (ids by `title`,
 * the lemma; names by `word`, the plural for a group: "Ugandan lawmakers").
 */
export function officesOfList(tokens: Token[], chs: Chunk[], mentions: Map<number, Mention>, k: number, to: number, g: Gazetteer, title: string, type: Actor['type'] = 'person', word = title): Actor[] {
  const head = tokens[chs[k].head];
  if (!/s$/.test(head.lower) || head.lemma === head.lower) return [];
  const found: Array<[number, Actor]> = [];
  let joined = false;
  for (let j = to + 1; j + 1 < chs.length && !joined; j += 2) {
    const w = listWord(tokens, chs[j]), nx = mentions.get(j + 1), nn = chs[j + 1].names ?? [];
    if (!w) break;
    if (w !== ',') joined = true;
    if (nx?.kind !== 'actor' || nx.actor?.type !== 'country' || nn.length !== 1 || nn[0][1] !== chs[j + 1].end) break;
    const c = nx.actor;
    found.push([j + 1, { id: slug(`${c.id} ${title}`), name: `${demonymOf(g, c.id, c.name)} ${word}`, type, mention: nx.text, country: c.id }]);
  }
  if (!joined) return [];
  for (const [j] of found) mentions.get(j)!.kind = 'none';
  return found.map(([, a]) => a);
}
