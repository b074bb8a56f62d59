// Where results go: stdout, or a file written to a temporary name and renamed
// at the end, so a failed run never leaves half a file behind.
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from '../input/errors.js';
import { TextBatch } from './text-batch.js';

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
      process.stdout.on('error', (e) => this.fail(e));
    }
    this.file?.on('error', (e) => this.fail(e));
  }

  /** What the results are written to, as error messages name it. */
  get target(): string {
    return this.dest ?? 'standard output';
  }

  private failure: OutputError | null = null;
  private waiters: ((e: OutputError) => void)[] = [];

  private fail(e: unknown): void {
    // A closed pipe (wenxi … | head) is the reader's choice, not an error:
    // it may arrive through a write callback or the 'error' event, first.
    if (!this.file && (e as NodeJS.ErrnoException)?.code === 'EPIPE') {
      this.broken = true;
      process.exit(process.exitCode ?? 0);
    }
    if (this.failure) return;
    this.failure = new OutputError(this.target, describeFsError(e));
    for (const w of this.waiters.splice(0)) w(this.failure);
  }

  /** Settles when the callback fires, or rejects as soon as the stream fails. */
  private until(register: (done: () => void) => void): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<void>((resolve, reject) => {
      this.waiters.push(reject);
      register(() => {
        this.waiters = this.waiters.filter((w) => w !== reject);
        if (this.failure) reject(this.failure);
        else resolve();
      });
    });
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

  /** Text bound for a file, not yet handed to the stream (see write). */
  private readonly held = new TextBatch();

  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.broken || !chunk) return;
    // A file gets a few large writes (text-batch.ts). Standard output (and a
    // device or pipe named by -o) gets every result at once, for whoever
    // reads it as it comes.
    if (this.tmp && typeof chunk === 'string') {
      const full = this.held.add(chunk);
      if (full !== null) await this.put(full);
      return;
    }
    await this.release();
    await this.put(chunk);
  }

  private async release(): Promise<void> {
    const text = this.held.take();
    if (text !== null) await this.put(text);
  }

  private async put(chunk: string | Uint8Array): Promise<void> {
    // A write error (a full disk, /dev/full) arrives through the callback or
    // the 'error' event, whichever comes first; both fail the run.
    const ok = this.stream.write(chunk, (e) => e && this.fail(e));
    if (!ok) await this.until((done) => this.stream.once('drain', done));
    if (this.failure) throw this.failure;
  }

  /** Finish: rename the temporary file into place (ok) or remove it (failed run). */
  async close(ok: boolean): Promise<void> {
    try {
      if (ok) await this.release();
      else this.held.take();
      if (!this.file) {
        // everything written so far has reached the descriptor (or failed)
        if (!this.broken && !this.failure) await this.until((done) => process.stdout.write('', () => done()));
      } else {
        await this.until((done) => this.file!.end(() => done())).catch((e) => {
          if (ok) throw e;
        });
      }
      if (this.failure) throw this.failure;
    } catch (e) {
      if (this.tmp) await unlink(this.tmp).catch(() => undefined);
      throw e;
    }
    if (!this.tmp) return;
    if (ok) {
      try {
        await rename(this.tmp, this.dest!);
      } catch (e) {
        await unlink(this.tmp).catch(() => undefined);
        throw new OutputError(this.dest!, describeFsError(e));
      }
    } else await unlink(this.tmp).catch(() => undefined);
  }
}
