/**
 * actorgraph/io/jsonl-writer — one JSON object a line to a file or stdout, honouring backpressure:
 * write() waits for "drain" when the stream's buffer is full, so a 2,225-article corpus flows
 * through at the reader's pace instead of piling up in memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { ActorGraphError } from '../errors.js';

export class JsonlWriter {
  /** True once the reader went away (EPIPE: `actorgraph extract … | head`); later writes are dropped. */
  broken = false;
  private failure: Error | null = null;

  private constructor(private readonly out: Writable, private readonly owned: boolean, readonly name: string) {
    out.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') this.broken = true;
      else this.failure = new ActorGraphError(`actorgraph/output: cannot write ${name}: ${e.message}`, 'Check the disk space and permissions.');
    });
  }

  /** Opens (truncates) `path`; fails here, not at the first write, if the folder is missing or read-only. */
  static async toFile(path: string): Promise<JsonlWriter> {
    const out = createWriteStream(path);
    try {
      await once(out, 'open');
    } catch (e) {
      throw new ActorGraphError(`actorgraph/output: cannot write ${path}: ${(e as Error).message}`, 'Check that the folder exists and is writable.');
    }
    return new JsonlWriter(out, true, path);
  }

  static toStream(out: Writable = process.stdout, name = 'stdout'): JsonlWriter {
    return new JsonlWriter(out, false, name);
  }

  /** @example await writer.write({ subject: 'NATO', … }) */
  async write(value: unknown): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.broken) return;
    if (!this.out.write(`${JSON.stringify(value)}\n`)) {
      try {
        await once(this.out, 'drain');
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') this.broken = true;
        else throw this.failure ?? e;
      }
    }
  }

  /** Flushes; ends the stream only if we opened it (stdout stays open for others). */
  async close(): Promise<void> {
    if (this.broken) return;
    if (this.owned) {
      this.out.end();
      await once(this.out, 'finish');
    } else {
      await new Promise<void>((resolve) => this.out.write('', () => resolve()));
    }
    if (this.failure) throw this.failure;
  }
}
