/** actorgraph/io — reading inputs into Docs, and writing JSONL out. */
export { readInputs, type ReadOptions } from './read.js';
export { InputWarning, isWarning, hintOnce } from './warning.js';
export { JsonlWriter } from './jsonl-writer.js';
export { createProgress, type Progress } from './progress.js';
export { FORMATS, formatOf, type Format } from './formats.js';
