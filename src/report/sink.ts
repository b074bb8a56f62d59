// Where results go: stdout, or a file written to a temporary name and renamed
// at the end, so a failed run never leaves half a file behind.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from '../input/expand.js';

/** The output file cannot be written: nothing is processed. */
export class OutputError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
  }
}

export class OutputSink {
  private readonly stream: NodeJS.WritableStream;
  private readonly file: WriteStream | null;
  private readonly dest: string | null;
  private readonly tmp: string | null;
  private broken = false;

  private constructor(dest: string | null, direct: boolean) {
    this.dest = dest;
    if (dest && direct) {
      // Not a regular file (/dev/null, a FIFO): never rename over it.
      this.tmp = null;
      this.file = createWriteStream(dest);
      this.stream = this.file;
    } else if (dest) {
      this.tmp = join(dirname(dest), `.${basename(dest)}.wenxi-${process.pid}.tmp`);
      this.file = createWriteStream(this.tmp);
      this.stream = this.file;
    } else {
      this.tmp = null;
      this.file = null;
      this.stream = process.stdout;
      // A closed pipe (wenxi … | head) is the reader's choice, not an error.
      process.stdout.on('error', (e: NodeJS.ErrnoException) => {
        if (e.code === 'EPIPE') {
          this.broken = true;
          process.exit(process.exitCode ?? 0);
        }
      });
    }
  }

  static async open(dest?: string | null): Promise<OutputSink> {
    let direct = false;
    if (dest) {
      try {
        direct = !(await stat(dest)).isFile();
      } catch {
        direct = false;
      }
    }
    const sink = new OutputSink(dest ?? null, direct);
    if (sink.file) {
      try {
        await new Promise<void>((resolve, reject) => {
          sink.file!.once('open', () => resolve());
          sink.file!.once('error', reject);
        });
      } catch (e) {
        throw new OutputError(dest!, describeFsError(e));
      }
    }
    return sink;
  }

  get isTerminal(): boolean {
    return !this.file && Boolean(process.stdout.isTTY);
  }

  async write(chunk: string): Promise<void> {
    if (this.broken || !chunk) return;
    if (!this.stream.write(chunk)) {
      await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
    }
  }

  /** Finish: rename the temporary file into place (ok) or remove it (failed run). */
  async close(ok: boolean): Promise<void> {
    if (!this.file) return;
    await new Promise<void>((resolve, reject) => {
      this.file!.end(() => resolve());
      this.file!.once('error', reject);
    });
    if (!this.tmp) return;
    if (ok) await rename(this.tmp, this.dest!);
    else await unlink(this.tmp).catch(() => undefined);
  }
}
