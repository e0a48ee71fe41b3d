/**
 * actorgraph/extract/voices — a broadcaster or a paper the text makes another body's voice:
 *
 *   "Radio Venceremos, the official voice of the FMLN, reported …"   Radio Venceremos speaks for the FMLN
 *   "Granma, the Communist Party's mouthpiece, said …"                 Granma speaks for the party
 *
 * A body speaks for itself ("we" in what it says is that body: resolve/coreference.ts); a station
 * that reads out a group's words speaks for that group only when the text says so, in such an
 * apposition. Read off the tree, not the apposition facts (extract/appositions.ts), since wire
 * copy in capitals tags the noun "VOICE" a name.
 */
import type { Tree } from './tree.js';
import type { Arguments } from './arguments.js';

/** Nouns that make a body another's voice. */
const VOICE_NOUNS = /^(voice|mouthpiece|organ)$/;

/** [the voice's mention, the body it speaks for's mention] for each such apposition of the sentence. */
export function voices(t: Tree, A: Arguments): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let x = 0; x < t.tokens.length; x++) {
    const name = t.head(x);
    if (t.rel(x) !== 'appos' || name < 0 || name > x || !VOICE_NOUNS.test(t.lower(x))) continue;
    // (whose voice: "the voice of the FMLN", "the FMLN's voice")
    const of = [...t.childrenBy(x, 'nmod').filter((n) => n > x && t.caseWord(n) === 'of'), ...t.childrenBy(x, 'nmod:poss')][0];
    if (of === undefined) continue;
    const [voice, body] = [A.mentionOf(name), A.mentionOf(of)];
    if (voice >= 0 && body >= 0 && voice !== body) out.push([voice, body]);
  }
  return out;
}
