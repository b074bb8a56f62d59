// A temporary file that collects part of a page while the results stream
// by, copied into the output when the page is complete.
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { OutputSink } from '../sink.js';
import { TextBatch } from '../text-batch.js';

export class Spool {
  private constructor(
    readonly path: string,
    private readonly fh: FileHandle,
  ) {}

  static async open(path: string): Promise<Spool> {
    return new Spool(path, await open(path, 'w'));
  }

  private readonly held = new TextBatch();

  /** Gathered into writes of about a megabyte (text-batch.ts). */
  async write(s: string): Promise<void> {
    const full = this.held.add(s);
    if (full !== null) await this.fh.write(full);
  }

  private async release(): Promise<void> {
    const text = this.held.take();
    if (text !== null) await this.fh.write(text);
  }

  /** Copy everything written into the sink, then forget it: bytes as they are, never decoded and encoded again. */
  async copyTo(sink: OutputSink): Promise<void> {
    await this.release();
    await this.fh.close();
    for await (const chunk of createReadStream(this.path, { highWaterMark: 1 << 20 })) await sink.write(chunk as Buffer);
  }
}

