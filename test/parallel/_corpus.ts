/** A small corpus of our own sentences for the parallel tests: news-like, with actors and relations. */
import type { Doc } from '../../src/types.ts';

const SENTENCES = [
  'Russia and Belarus signed an agreement on Monday.',
  'NATO met Russia in Brussels to discuss the exercises.',
  "Sony's PlayStation beat Nintendo in Japan last year.",
  'Iran accused Israel of attacking its embassy in Damascus.',
  'The EU imposed sanctions on Russia after the invasion of Ukraine.',
  "Toyota's president met Sony's chairman in Tokyo.",
  'China and India agreed to cooperate on trade.',
  "The United States condemned North Korea's missile test.",
  'Turkey threatened to expel the ambassador of Sweden.',
  'Brazil will host talks between Colombia and the rebels.',
];

/** `n` documents of two or three sentences each, ids doc-000…, every one different. */
export function corpus(n: number): Doc[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `doc-${String(i).padStart(3, '0')}`,
    text: [SENTENCES[i % 10], SENTENCES[(i * 3 + 1) % 10], ...(i % 3 === 0 ? [SENTENCES[(i * 7 + 5) % 10]] : [])].join(' '),
  }));
}

export async function* stream<T>(items: T[]): AsyncGenerator<T> { for (const x of items) yield x; }
