/**
 * actorgraph/io/convert — one whole, decoded file → Doc, by format. The id is the path as given,
 * so evidence points back at the file the user named.
 */
import { InputError } from '../errors.js';
import type { Doc } from '../types.js';
import type { Format } from './formats.js';
import { stripMarkdown } from './markdown.js';
import { htmlToText } from './html.js';
import { matchDateline } from './dateline.js';

/** Text formats only: JSONL is streamed record by record (jsonl.ts). */
export type WholeFormat = Exclude<Format, 'jsonl'>;

/**
 * @example textToDoc('html', '<title>T</title><p>Hi</p>', 'a.html') // → { id: 'a.html', text: 'Hi', title: 'T' }
 */
export function textToDoc(format: WholeFormat, raw: string, file: string): Doc {
  // CRLF files would otherwise leave "\r" at every sentence end.
  const text = raw.replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new InputError('empty file (only whitespace)', { file });
  let doc: Doc;
  if (format === 'html') doc = { id: file, ...htmlToText(text) };
  else if (format === 'markdown') doc = { id: file, ...stripMarkdown(text) };
  else doc = { id: file, text };
  if (!doc.text.trim()) {
    throw new InputError(`no text left after removing ${format} markup`, { file, hint: 'The file has markup but no prose (a script-only page?).' });
  }
  // A wire story saved as a file keeps its dateline: the document's place.
  const dateline = matchDateline(doc.text);
  if (dateline) doc.place = dateline.place;
  return doc;
}
