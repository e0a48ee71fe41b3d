/**
 * Child of document-memory.test.ts: extracts a generated document of `MB` megabytes (one line, no
 * paragraph breaks: the worst case) in pieces and prints, as JSON, the live heap after each piece
 * (after a full GC), so the parent can check it stays flat. Run with --expose-gc.
 */
import { extractDocument } from '../../src/extract/document.ts';
import { resolveSettings } from '../../src/settings.ts';

const mb = Number(process.argv[2] ?? 1);
const maxPieceChars = Number(process.argv[3] ?? 50_000);
const sentences = [
  'Russia and Belarus signed an agreement on military cooperation in Minsk on Monday.',
  'The Defence Minister said NATO had increased its presence near the border.',
  'Officials in Warsaw rejected the claim and urged Moscow to withdraw its troops.',
  'The United Nations called on both sides to resume talks in Geneva.',
];
let text = '';
for (let i = 0; text.length < mb * 1e6; i++) text += `${sentences[i % sentences.length]} `;
const gc = (globalThis as { gc?: () => void }).gc!;
// (the models load on the first document: warm them up, so what follows measures the document)
[...extractDocument({ id: 'warm', text: sentences.join(' ') })];
gc();
const base = process.memoryUsage().rss;
const heap: number[] = [];
let triples = 0;
for (const piece of extractDocument({ id: 'long', text }, resolveSettings({ maxPieceChars }))) {
  triples += piece.length;
  gc();
  heap.push(process.memoryUsage().heapUsed);
}
// peak resident memory over the whole run, minus what the process held before the document
const peakGrowth = process.resourceUsage().maxRSS * 1024 - base;
process.stdout.write(JSON.stringify({ heap, triples, chars: text.length, peakGrowth }));
