/**
 * actorgraph/parallel/extract-worker — a worker thread of `--workers N`: loads the NLP models
 * and gazetteers once (on its first document), then extracts each document it is given. The
 * settings (with the user's --actors dictionaries) come once, at start.
 */
import { messageOf } from '../errors.js';
import type { Settings } from '../settings.js';
import type { Doc } from '../types.js';
import { extractOne, type Extracted, type ExtractFormat } from './extract-one.js';
import { poolData, serveJobs } from './worker-side.js';

export interface ExtractWorkerData { settings: Settings; format: ExtractFormat }
/** One document's answer: its items, or why the extractor failed on it. */
export type ExtractReply = { items: Extracted[] } | { error: { message: string; detail?: string } };

const { settings, format } = poolData<ExtractWorkerData>();

serveJobs<Doc, ExtractReply>((doc) => {
  try {
    return { items: extractOne(doc, settings, format) };
  } catch (e) {
    return { error: { message: messageOf(e), detail: (e as Error)?.stack ?? String(e) } };
  }
});
