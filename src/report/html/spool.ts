// A temporary file that collects part of a page while the results stream
// by, copied into the output when the page is complete.
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { OutputSink } from '../sink.js';

export class Spool {
  private constructor(
    readonly path: string,
    private readonly fh: FileHandle,
  ) {}

  static async open(path: string): Promise<Spool> {
    return new Spool(path, await open(path, 'w'));
  }

  async write(s: string): Promise<void> {
    await this.fh.write(s);
  }

  /** Copy everything written into the sink, then forget it: bytes as they are, never decoded and encoded again. */
  async copyTo(sink: OutputSink): Promise<void> {
    await this.fh.close();
    for await (const chunk of createReadStream(this.path, { highWaterMark: 1 << 20 })) await sink.write(chunk as Buffer);
  }
}

