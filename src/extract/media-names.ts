/**
 * actorgraph/extract/media-names — names the document shows to be broadcasters and papers: "the
 * Al-Jazeera Arabic television channel", "the Sky News channel", "the Financial Times newspaper".
 * The recogniser types a name sentence by sentence, and a broadcaster named bare ("videos have
 * been broadcast by Al-Jazeera") may come out a place or a person; a name set before a noun of
 * the media is a body wherever the document names it (extract/analyse.ts, with the other cues).
 */
import type { Tree } from './tree.js';
import { spanText } from './mentions.js';

/** Nouns of the media, which a broadcaster's or a paper's name comes before. */
const MEDIA = /^(channel|television|tv|network|newspaper|radio|broadcaster|magazine|tabloid|website)$/;
// (not "paper" nor "station": "the Treasury paper", "Paddington station")

/**
 * Lower-cased names before a noun of the media, each with its shorter forms from the left
 * ("al-jazeera arabic", "al-jazeera"): a name's trailing word may be the service's language or
 * kind, which the bare mentions leave out.
 */
export function mediaNames(t: Tree): string[] {
  const out: string[] = [];
  for (let i = 0; i < t.tokens.length; i++) {
    if (t.rel(i) !== 'compound' || t.upos(i) !== 'PROPN' || !/^[A-Z]/.test(t.tokens[i].text)) continue;
    const g = t.head(i);
    if (g <= i || !MEDIA.test(t.lower(g)) || t.upos(g) !== 'NOUN') continue;
    const [a, b] = t.span(i);
    const words = spanText(t.tokens, a, b).split(' ');
    for (let n = words.length; n >= 1; n--) out.push(words.slice(0, n).join(' ').toLowerCase());
  }
  return out;
}
