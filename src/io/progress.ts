/**
 * actorgraph/io/progress — a byte-based progress bar on stderr (cli-progress), never on stdout,
 * which may carry the JSONL output. Messages printed while the bar runs go through log(), so they
 * appear above the bar instead of tearing it.
 */
import cliProgress from 'cli-progress';
import { formatBytes } from './bytes.js';

export interface Progress {
  update(bytesDone: number, bytesTotal: number): void;
  /** Documents done so far (shown beside the bytes). */
  docs(n: number): void;
  /** Triples written so far (shown when created with `triples: true`: load's bar). */
  triples(n: number): void;
  /** Prints one line on the stream, above the bar when it is shown. */
  log(line: string): void;
  stop(): void;
}

/**
 * @example const p = createProgress({ enabled: process.stderr.isTTY }); p.update(10, 100); p.stop();
 */
export function createProgress(opts: { enabled: boolean; stream?: NodeJS.WriteStream; label?: string; triples?: boolean }): Progress {
  const stream = opts.stream ?? process.stderr;
  const write = (line: string): void => void stream.write(line.endsWith('\n') ? line : `${line}\n`);
  if (!opts.enabled) return { update: () => {}, docs: () => {}, triples: () => {}, log: write, stop: () => {} };

  const bars = new cliProgress.MultiBar({
    stream,
    format: `${opts.label ?? 'reading'} [{bar}] {percentage}% | {value} of {total} | {docs} docs${opts.triples ? ' | {triples} triples written' : ''} | ETA {eta_formatted}`,
    formatValue: (v, _o, type) => (type === 'value' || type === 'total' ? formatBytes(v) : String(v)),
    // --progress on a non-TTY (a CI log) asked for output: print a plain line now and then.
    noTTYOutput: !stream.isTTY,
    notTTYSchedule: 2000,
    hideCursor: true,
    clearOnComplete: false,
    gracefulExit: true,
  }, cliProgress.Presets.shades_classic);
  const bar = bars.create(1, 0, { docs: 0, triples: 0 });
  let total = 1;
  let stopped = false;

  return {
    update(done, bytesTotal) {
      if (bytesTotal !== total && bytesTotal > 0) { total = bytesTotal; bar.setTotal(total); }
      bar.update(done);
    },
    docs: (n) => bar.update({ docs: n }),
    triples: (n) => bar.update({ triples: n }),
    // On a terminal the bar redraws in place, so lines must go through its buffer; in a log they can go straight out.
    log: (line) => (stopped || !stream.isTTY ? write(line) : bars.log(line.endsWith('\n') ? line : `${line}\n`)),
    stop() {
      if (stopped) return;
      stopped = true;
      if (stream.isTTY) bars.update(); // flush lines logged since the last redraw
      bars.stop();
    },
  };
}
