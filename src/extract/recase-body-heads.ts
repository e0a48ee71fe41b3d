/**
 * actorgraph/extract/recase-body-heads — in wire copy set in capitals, a firm's or an institution's
 * name the recogniser ended one word short: "THE VELOX BANK", "THE MERVANO COMPANY", with
 * only "VELOX" or "MERVANO" in its span. recase.ts gives the span's words their capitals and leaves
 * the kind of body after it a common noun, so the phrase reads as "the Velox bank", a thing, and the
 * bank named once is no actor the rules or a later "the bank" can reach. In mixed-case copy the
 * capital on "Bank" says it is part of the name; in capitals, the word's place says so: straight
 * after a name span, a word that names a kind of body standing on its own (a bank, a company, a
 * university) ends that body's name.
 *
 * Not a unit or an organ of a body named before it ("the Atlacatl battalion", "the FMLN command":
 * no such word is in BODY_KINDS), which stays a common noun for the rules of units (extract/unnamed.ts); not after a person's
 * name, and not after a word a lexicon knows as an ordinary one, a nationality among them: "the
 * Colombian bank" stays a bank of Colombia. A town's name may name a bank ("the Bogota Bank").
 */
import type { Token } from '../nlp/wink.js';
import { capitalise, everyday } from './recase.js';

/** Kinds of body that a name is given to whole: "the Velox Bank", "the Andes University". */
const BODY_KINDS = /^(bank|company|corporation|university|institute|foundation|college|cooperative|airline|airlines|newspaper|consortium)$/;

/**
 * Gives the kind-of-body word right after an organisation's or a place's name span its capital, and
 * makes the span and the word one organisation's name (in place), for a sentence of capitals copy
 * recased by recase.ts.
 */
export function recaseBodyHeads(tokens: Token[], spans: Array<{ start: number; end: number }>): void {
  for (const e of spans) {
    const last = tokens[e.end - 1], next = tokens[e.end];
    if (!next || !BODY_KINDS.test(next.text) || next.ne || (last.ne !== 'organization' && last.ne !== 'place')) continue;
    // (only a name of words no lexicon knows as ordinary ones, in the recogniser's span and recased
    // from it: not a nationality, "the Colombian bank", nor an acronym kept in capitals, "the FMLN company")
    if (!tokens.slice(e.start, e.end).every((t) => /^[A-Z][a-z]/.test(t.text) && t.pos === 'PROPN' && !everyday(t.lower))) continue;
    capitalise(next, false);
    next.ne = 'organization';
    for (let k = e.start; k < e.end; k++) tokens[k].ne = 'organization';
  }
}
