/**
 * actorgraph/extract/cued-bodies — names the document itself calls bodies by a noun right before
 * them: "mortgage company Fannie Mae", "indie band Kasabian", "his old club Portsmouth". The
 * mention there is typed a body from that noun (extract/mentions.ts), but the bare mentions
 * elsewhere ("Fannie Mae restated its earnings") take the recogniser's guess, a person for a name
 * that starts with a first name, and the document's vote (resolve/discourse-types.ts) then let
 * the guesses outnumber the one mention that said what the name is. A noun of a kind of body
 * before the name is stronger evidence than any number of guesses, so the name is a body wherever
 * the document names it (extract/analyse.ts, with the other body cues).
 */
import type { Token } from '../nlp/wink.js';
import type { Mention } from './mentions.js';
import { cueOf, isCap } from './name-kind.js';

/** Lower-cased names of body mentions whose written words put a lower-case noun of a body right before the name. */
export function cuedBodyNames(tokens: readonly Token[], mentions: Iterable<Mention>): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    const x = m.actor;
    if (m.kind !== 'actor' || x?.type !== 'organization') continue;
    // (the name is the mention's last words: "US mortgage company | Fannie Mae")
    const words = x.name.split(/\s+/);
    const c = m.end - words.length - 1;
    if (c < m.start || c < 0) continue;
    const cue = tokens[c], first = tokens[c + 1];
    // (the noun in lower case, a word of the language; the name after it as written there)
    if (isCap(cue) || cue.pos === 'PROPN' || cueOf(cue.lower) !== 'organization' || !first || first.lower !== words[0].toLowerCase()) continue;
    out.push(x.name.toLowerCase());
  }
  return out;
}
