// Text gathered into writes of about a megabyte: one write call per result or
// per article (thousands in a corpus run) cost the main thread more than
// making the text did.

/** UTF-16 units gathered before one write */
const BATCH_UNITS = 1 << 20;

export class TextBatch {
  private parts: string[] = [];
  private units = 0;

  /** Adds s; the gathered text once it is large enough to write, else null. */
  add(s: string): string | null {
    this.parts.push(s);
    this.units += s.length;
    return this.units >= BATCH_UNITS ? this.take() : null;
  }

  /** Everything gathered (null when nothing is), forgotten here. */
  take(): string | null {
    if (!this.parts.length) return null;
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.units = 0;
    return text;
  }
}
