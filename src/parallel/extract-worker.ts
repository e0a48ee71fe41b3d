/**
 * actorgraph/parallel/extract-worker — a worker thread of `--workers N`: loads the NLP models
 * and gazetteers once (on its first document), then extracts each document it is given. The
 * settings (with the user's --actors dictionaries) come once, at start.
 */
import { messageOf } from '../errors.js';
import type { Settings } from '../settings.js';
import type { Doc } from '../types.js';
import { extractLines, extractOne, type Extracted, type ExtractFormat } from './extract-one.js';
import { poolData, serveJobs } from './worker-side.js';

/** `lines`: answer with the items as JSON lines (extract-one.ts extractLines), not as objects. */
export interface ExtractWorkerData { settings: Settings; format: ExtractFormat; lines?: boolean }
/** One document's answer: its items (or their JSON lines), or why the extractor failed on it. */
export type ExtractReply = { items: Extracted[] } | { lines: string; count: number } | { error: { message: string; detail?: string } };

const { settings, format, lines } = poolData<ExtractWorkerData>();

serveJobs<Doc, ExtractReply>((doc) => {
  try {
    return lines ? extractLines(doc, settings, format) : { items: extractOne(doc, settings, format) };
  } catch (e) {
    return { error: { message: messageOf(e), detail: (e as Error)?.stack ?? String(e) } };
  }
});
