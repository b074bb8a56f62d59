// A temporary file that collects part of a page while the results stream
// by, copied into the output when the page is complete.
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { OutputSink } from '../sink.js';

const SPOOL_BATCH_UNITS = 1 << 20;

export class Spool {
  private constructor(
    readonly path: string,
    private readonly fh: FileHandle,
  ) {}

  static async open(path: string): Promise<Spool> {
    return new Spool(path, await open(path, 'w'));
  }

  private held: string[] = [];
  private heldUnits = 0;

  /** Gathered into writes of about a megabyte: one file write per article costs more than the article's markup. */
  async write(s: string): Promise<void> {
    this.held.push(s);
    this.heldUnits += s.length;
    if (this.heldUnits >= SPOOL_BATCH_UNITS) await this.release();
  }

  private async release(): Promise<void> {
    if (!this.held.length) return;
    const text = this.held.join('');
    this.held = [];
    this.heldUnits = 0;
    await this.fh.write(text);
  }

  /** Copy everything written into the sink, then forget it: bytes as they are, never decoded and encoded again. */
  async copyTo(sink: OutputSink): Promise<void> {
    await this.release();
    await this.fh.close();
    for await (const chunk of createReadStream(this.path, { highWaterMark: 1 << 20 })) await sink.write(chunk as Buffer);
  }
}

