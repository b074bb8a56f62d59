// JavaScript strings index UTF-16 code units; wenxi prints Unicode code point
// offsets. Text is scanned with UTF-16 indices (regexes, indexOf) and converted
// at the edge through this map. Most Chinese text has no astral characters, so
// the map is the identity there and costs nothing.

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

export class CodePointMap {
  readonly text: string;
  /** UTF-16 positions of the low halves of surrogate pairs, ascending; null if none */
  private readonly lows: number[] | null;

  constructor(text: string) {
    this.text = text;
    let lows: number[] | null = null;
    // (the regex engine finds "none" several times faster than a loop in JavaScript)
    if (HIGH_SURROGATE.test(text)) for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          (lows ??= []).push(i + 1);
          i++;
        }
      }
    }
    this.lows = lows;
  }

  /** number of code points in the text */
  get length(): number {
    return this.text.length - (this.lows?.length ?? 0);
  }

  /** UTF-16 index → code point index */
  toCp(u16: number): number {
    const lows = this.lows;
    if (!lows) return u16;
    // count low surrogates strictly before u16
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lows[mid]! < u16) lo = mid + 1;
      else hi = mid;
    }
    return u16 - lo;
  }

  /** code point index → UTF-16 index */
  toU16(cp: number): number {
    const lows = this.lows;
    if (!lows) return cp;
    // the k-th low surrogate at UTF-16 index lows[k] sits at code point lows[k]-k-1 (inside that code point)
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lows[mid]! - mid - 1 < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** slice by code point offsets */
  slice(start: number, end: number): string {
    return this.text.slice(this.toU16(start), this.toU16(end));
  }
}

/** Slice a string by code point offsets (for tests and one-off checks). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return new CodePointMap(text).slice(start, end);
}

/** Length in code points (a surrogate pair counts once), without building an array. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const h = s.charCodeAt(i - 1);
      if (h >= 0xd800 && h <= 0xdbff) n--;
    }
  }
  return n;
}

/** The first `n` code points of `s`. */
export function codePointPrefix(s: string, n: number): string {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    const d = s.charCodeAt(i + 1);
    i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
  }
  return s.slice(0, i);
}
