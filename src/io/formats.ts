/**
 * actorgraph/io/formats — the one table of file extensions actorgraph reads, and what each means.
 */
import { extname } from 'node:path';

export type Format = 'text' | 'markdown' | 'html' | 'jsonl';

export const FORMATS: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
};

/** For messages and hints: ".txt, .md, …". */
export const KNOWN_EXTENSIONS = Object.keys(FORMATS).join(', ');

/** The format a path's extension names (case-insensitive), or undefined for anything else. */
export function formatOf(path: string): Format | undefined {
  return FORMATS[extname(path).toLowerCase()];
}
