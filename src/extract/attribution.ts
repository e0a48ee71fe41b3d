/**
 * actorgraph/extract/attribution — who said it. Reported speech is marked in three ways in news:
 * "X said (that) …" in the same sentence, "According to X, …", and quotations that open in one
 * sentence and close several sentences later with "…, ” said X." The last needs the whole
 * document, so speakers are assigned after every sentence's clauses are known.
 */
import type { Sentence } from './segment.js';

/**
 * For each sentence, whether it opens a quotation that is still open at its end, or closes one.
 * Read as inQuotation() reads a place: a paragraph break ends an open quotation (news reopens it
 * at each paragraph), and a straight quote opens after a space or a paragraph start and closes
 * after a word, so one unbalanced quote does not carry a speaker over the rest of the article.
 */
export function quoteState(sentences: Sentence[], text: string): Array<{ opens: boolean; closes: boolean; broken: boolean }> {
  let open = false;
  let prevEnd = 0;
  return sentences.map((s) => {
    // (broken: a quotation left open at the end of the last paragraph ends here, unsaid by anyone)
    const broken = open && text.slice(prevEnd, s.start).includes('\n');
    if (broken) open = false;
    prevEnd = s.end;
    const wasOpen = open;
    let closes = false;
    for (let i = s.start; i < s.end; i++) {
      const ch = text[i];
      if (ch === '\u201c' || ch === '\u00ab') open = true;
      else if (ch === '\u201d' || ch === '\u00bb') { if (open) closes = true; open = false; }
      else if (ch === '"') {
        if (i === 0 || /[\s(\[:\u2014-]/.test(text[i - 1])) open = true;
        else { if (open) closes = true; open = false; }
      }
    }
    return { opens: !wasOpen && open, closes: closes || (wasOpen && !open), broken };
  });
}

const MAX_QUOTE_SENTENCES = 6;

/**
 * Spreads a closing sentence's speaker back over the quotation: returns, per sentence, the index
 * of the sentence whose speaker it takes (or -1).
 */
export function quoteSpeakerSource(sentences: Sentence[], text: string, hasSpeaker: (i: number) => boolean): number[] {
  const state = quoteState(sentences, text);
  const out = sentences.map(() => -1);
  let openedAt = -1;
  for (let i = 0; i < sentences.length; i++) {
    if (state[i].broken) openedAt = -1;
    if (state[i].opens || (openedAt < 0 && /^\s*[\u201c"]/.test(sentences[i].text))) openedAt = i;
    if (state[i].closes) {
      // (a quotation runs a few sentences at most: further back, the speaker is a guess)
      if (hasSpeaker(i) && openedAt >= 0 && i - openedAt <= MAX_QUOTE_SENTENCES) for (let k = openedAt; k < i; k++) out[k] = i;
      // A new quotation may open in the same sentence.
      openedAt = state[i].opens ? i : -1;
    }
  }
  return out;
}

/**
 * Is the character at document offset `at` inside a quotation? Read from the start of its
 * paragraph (news closes or reopens a quotation at each paragraph); a straight quote opens after
 * a space or a paragraph start and closes after a word or punctuation, so one unbalanced quote
 * does not turn the rest of the text inside out.
 */
export function inQuotation(text: string, at: number): boolean {
  let open = false;
  for (let i = text.lastIndexOf('\n', at - 1) + 1; i < at; i++) {
    const ch = text[i];
    if (ch === '\u201c' || ch === '\u00ab') open = true;
    else if (ch === '\u201d' || ch === '\u00bb') open = false;
    else if (ch === '"') open = i === 0 || /[\s(\[:\u2014-]/.test(text[i - 1]);
  }
  return open;
}
