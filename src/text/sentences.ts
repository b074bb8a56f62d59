// Sentence boundaries shared by the article model and the figure extractor, so
// a figure's `sentence` is always one of the article's sentences.
//
// A sentence ends at 。！？!?；; or an ellipsis (…… / ...), and at a line end.
// Closing quotes and brackets right after the end mark stay with the sentence
// (他说：“好。”), and so do repeated marks (？！).
// Spans here are UTF-16 indices (internal); convert with CodePointMap at the edge.

import { codeAt } from './char-table.js';

export interface RawSpan {
  start: number;
  end: number;
}

// Character tests by code, not by one-character strings: this runs over every
// character of every article, twice (article model and figures).
const KIND = new Uint8Array(0x10000);
const END_MARK = 1;
const CLOSER = 2;
for (const c of [0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0x2026]) KIND[c] = END_MARK; // 。！？!?；;…
for (const c of [0x201d, 0x2019, 0x22, 0x27, 0x300d, 0x300f, 0xff09, 0x29, 0x3011, 0x5d, 0x300b, 0x3009, 0x3015])
  KIND[c] = CLOSER; // ”’"'」』）)】]》〉〕
const DOT = 0x2e;
const NEWLINE = 0x0a;

function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x3000 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0x85;
}

/** text[s, e) trimmed, or null when blank */
function trimmed(text: string, s: number, e: number): RawSpan | null {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e > s ? { start: s, end: e } : null;
}

/**
 * The sentences of text[from, to) one at a time, in order: a caller that needs
 * only those up to some point (the figure extractor, the sentence of each
 * figure) reads no further than that.
 */
export class SentenceReader {
  private start: number;
  private i: number;
  private done = false;

  constructor(
    private readonly text: string,
    from: number,
    private readonly to: number,
  ) {
    this.start = from;
    this.i = from;
  }

  /** the next trimmed sentence (blank stretches are skipped), or null after the last */
  next(): RawSpan | null {
    const { text, to } = this;
    let i = this.i;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) {
        const s = trimmed(text, this.start, i);
        this.start = ++i;
        if (s) {
          this.i = i;
          return s;
        }
        continue;
      }
      if (KIND[c] === END_MARK || (c === DOT && codeAt(text, i + 1) === DOT && codeAt(text, i + 2) === DOT)) {
        let j = i + 1;
        while (j < to && (KIND[text.charCodeAt(j)] === END_MARK || text.charCodeAt(j) === DOT)) j++;
        while (j < to && KIND[text.charCodeAt(j)] === CLOSER) j++;
        const s = trimmed(text, this.start, j);
        this.start = j;
        i = j;
        if (s) {
          this.i = i;
          return s;
        }
        continue;
      }
      i++;
    }
    this.i = i;
    if (this.done) return null;
    this.done = true;
    return trimmed(text, this.start, to);
  }
}

/** Split text[from, to) into trimmed sentence spans; blank stretches are skipped. */
export function splitSentences(text: string, from = 0, to = text.length): RawSpan[] {
  const out: RawSpan[] = [];
  const reader = new SentenceReader(text, from, to);
  for (let s = reader.next(); s; s = reader.next()) out.push(s);
  return out;
}
