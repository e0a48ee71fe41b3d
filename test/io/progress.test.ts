/** io/progress: the bar extract and load show: bytes of the inputs with percentage and ETA, documents, and (load) triples written. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { createProgress } from '../../src/io/progress.js';

/** A terminal of 160 columns that keeps what is drawn on it. */
function terminal(): { stream: NodeJS.WriteStream; text: () => string } {
  let out = '';
  const w = new Writable({ write(chunk, _enc, done) { out += chunk.toString(); done(); } }) as unknown as NodeJS.WriteStream;
  Object.assign(w, { isTTY: true, columns: 160, rows: 40, cursorTo: () => true, moveCursor: () => true, clearLine: () => true, clearScreenDown: () => true });
  return { stream: w, text: () => out };
}

const cases: Array<[string, { label: string; triples?: boolean }, RegExp[], RegExp[]]> = [
  ['extract', { label: 'extract' }, [/extract \[/, /50% \| 1 MB of 2 MB \| 7 docs \| ETA /], [/triples written/]],
  ['load', { label: 'load', triples: true }, [/load \[/, /50% \| 1 MB of 2 MB \| 7 docs \| 1234 triples written \| ETA /], []],
];
for (const [name, opts, want, not] of cases) {
  test(`the ${name} bar should show MB read of the total with an ETA, and its counts`, () => {
    const t = terminal();
    const p = createProgress({ enabled: true, stream: t.stream, ...opts });
    p.update(1 << 20, 2 << 20);
    p.docs(7);
    p.triples(1234);
    p.stop();
    // eslint-disable-next-line no-control-regex
    const text = t.text().replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    for (const re of want) assert.match(text, re);
    for (const re of not) assert.doesNotMatch(text, re);
  });
}
