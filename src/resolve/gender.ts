/**
 * actorgraph/resolve/gender — the grammatical gender a person's mention commits to, so that "she"
 * never resolves to a man named before. Evidence, strongest first: an honorific or a gendered
 * title in the mention ("Mrs Thatcher", "Queen Rania", "the spokeswoman"), then the first name
 * from gender-detection-from-name (a maintained first-name → gender list, MIT, offline; its
 * English list is the majority gender of each name, then Italian, Spanish, French, German and
 * Turkish lists). A name the list does not know, a bare surname and a family name written first
 * ("Xi Jinping", "Kim Jong-un") commit to nothing: an unknown gender agrees with any pronoun.
 */
import { createRequire } from 'node:module';
import { ActorGraphError } from '../errors.js';

export type Gender = 'male' | 'female';

/** Honorifics and titles that say the holder's gender; read lower case, without a final dot. */
const MALE_WORDS = new Set(`mr sir lord king prince duke earl baron emperor sultan emir sheikh pope monsignor msgr
  father brother son husband uncle nephew grandfather boy man gentleman monk
  spokesman chairman congressman businessman policeman sportsman statesman headmaster`.split(/\s+/));
const FEMALE_WORDS = new Set(`mrs ms miss madam madame mme lady dame queen princess duchess countess baroness empress sultana
  mother sister daughter wife aunt niece grandmother girl woman nun actress
  spokeswoman chairwoman congresswoman businesswoman policewoman sportswoman stateswoman headmistress`.split(/\s+/));

/**
 * Family names that news writes before the given name (Chinese, Korean, Vietnamese): the first
 * word of such a name is no first name, and the list would read "Kim", "Xi", "Li" as female.
 */
const FAMILY_FIRST = new Set(`kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song moon yoo hong
  xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang
  nguyen tran le pham hoang phan vu dang bui do ho ngo duong ly`.split(/\s+/));

let lookup: ((name: string) => string) | undefined;
export function firstNameGender(word: string): Gender | undefined {
  if (!lookup) {
    try {
      lookup = (createRequire(import.meta.url)('gender-detection-from-name') as { getGender: (n: string) => string }).getGender;
    } catch {
      throw new ActorGraphError('actorgraph/resolve: the package gender-detection-from-name is not installed',
        'run `npm ci` (package.json lists gender-detection-from-name; src/resolve/gender.ts reads it)');
    }
  }
  const g = lookup(word);
  return g === 'male' || g === 'female' ? g : undefined;
}

const bare = (w: string) => w.toLowerCase().replace(/\.$/, '');
/** Titles that say nothing of gender and stand before a name ("Professor Cres Eastman"). */
const NEUTRAL_TITLES = /^(dr|doctor|prof|professor|president|vice|general|gen|col|colonel|capt|captain|lt|maj|major|sgt|adm|admiral|senator|sen|rep|gov|governor|minister|judge|justice|rev|reverend|secretary|chancellor|premier|mayor|ambassador|commander|chief|deputy|prime|foreign|senior|junior|former|acting|speaker)$/;

/** Gender of a pronoun: "he", "him", "his", "himself" → male; "she", "her", "hers", "herself" → female. */
export function pronounGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  if (/^(he|him|his|himself)$/.test(w)) return 'male';
  if (/^(she|her|hers|herself)$/.test(w)) return 'female';
  return undefined;
}

/** Gender a word of a mention states by itself ("Mrs", "queen", "spokeswoman"). */
export function wordGender(word: string): Gender | undefined {
  const w = bare(word);
  return MALE_WORDS.has(w) ? 'male' : FEMALE_WORDS.has(w) ? 'female' : undefined;
}

/**
 * Gender of a person from the words that named them (`mention`, titles included) and the
 * canonical name: a gendered word in the mention first, else the name's first word when the name
 * has two or more words (a lone word may be a surname: "Bertrand", "Jordan").
 */
export function personGender(name: string, mention = ''): Gender | undefined {
  const said = new Set<Gender>();
  for (const w of mention.split(/\s+/)) { const g = wordGender(w); if (g) said.add(g); }
  if (said.size === 1) return [...said][0];
  if (said.size > 1) return undefined;
  const words = stripTitles(name.split(/\s+/)).filter((w) => /^[A-Z]/.test(w));
  if (words.length < 2 || FAMILY_FIRST.has(bare(words[0])) || /^[A-Z]\.?$/.test(words[0])) return undefined;
  return firstNameGender(words[0].split('-')[0]);
}

/** Is this word a title or honorific rather than part of a name ("Mr", "Professor", "Queen")? */
export function isTitleWord(word: string): boolean {
  return !!wordGender(word) || NEUTRAL_TITLES.test(bare(word));
}

/** A name's words less the titles before it ("Professor Cres Eastman" → Cres Eastman; "Carole King" keeps King). */
export function stripTitles(words: string[]): string[] {
  let i = 0;
  while (i < words.length - 1 && isTitleWord(words[i])) i++;
  return words.slice(i);
}
