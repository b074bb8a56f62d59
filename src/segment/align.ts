// nodejieba returns bare strings; these functions place them back in the line
// they came from (UTF-16 offsets relative to the line). cppjieba keeps every
// character of its input, so in precise mode each word starts where the last
// one ended; the full and search modes emit overlapping words in a known order.

export interface RawToken {
  word: string;
  start: number;
  end: number;
}

/** Precise mode: consecutive words cover the line. */
export function alignSequential(line: string, words: string[], out: RawToken[]): void {
  let cur = 0;
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    let start: number;
    if (line.startsWith(w, cur)) start = cur;
    else {
      const at = line.indexOf(w, cur);
      if (at >= 0) start = at;
      else {
        // nodejieba turned something into another string (a lone surrogate
        // comes back as U+FFFD): take the text it stands for, same length.
        start = cur;
        w = line.slice(cur, cur + w.length);
      }
    }
    const end = start + w.length;
    out.push({ word: w, start, end });
    cur = end;
  }
}

/**
 * Full mode within one Han run: cppjieba emits words by ascending start and,
 * at one start, by ascending length; a single character is emitted only where
 * no longer word already covers it.
 */
export function alignFull(run: string, base: number, words: string[], out: RawToken[]): void {
  let curStart = -1;
  let lastLen = 0;
  let coverEnd = 0;
  for (const w of words) {
    let start: number;
    if (curStart >= 0 && w.length > lastLen && run.startsWith(w, curStart)) start = curStart;
    else {
      const from = w.length === 1 ? Math.max(curStart + 1, coverEnd) : curStart + 1;
      start = run.indexOf(w, from);
      if (start < 0) start = run.indexOf(w, curStart + 1);
      if (start < 0) continue; // cannot place it: drop rather than invent an offset
    }
    if (start !== curStart) lastLen = 0;
    curStart = start;
    lastLen = w.length;
    coverEnd = Math.max(coverEnd, start + w.length);
    out.push({ word: w, start: base + start, end: base + start + w.length });
  }
}

/** Split a string into code points (UTF-16 strings per code point). */
function codePoints(s: string): string[] {
  return Array.from(s);
}

/**
 * Search mode: cppjieba takes each precise-mode word and, before it, emits its
 * dictionary 2-grams (words longer than 2) and then 3-grams (longer than 3), in
 * order of position. Given the precise words with offsets, match the search
 * output against that order. Returns false when the output does not follow it.
 */
export function alignSearch(parents: RawToken[], words: string[], out: RawToken[]): boolean {
  const result: RawToken[] = [];
  let k = 0;
  for (const p of parents) {
    const cps = codePoints(p.word);
    if (cps.length > 2) {
      for (const n of cps.length > 3 ? [2, 3] : [2]) {
        let off = 0;
        for (let i = 0; i + n <= cps.length; i++) {
          const gram = cps.slice(i, i + n).join('');
          if (words[k] === gram) {
            result.push({ word: gram, start: p.start + off, end: p.start + off + gram.length });
            k++;
          }
          off += cps[i]!.length;
        }
      }
    }
    if (words[k] !== p.word) return false;
    result.push(p);
    k++;
  }
  if (k !== words.length) return false;
  for (const t of result) out.push(t);
  return true;
}

const ASCII_ALNUM = /^[A-Za-z0-9]$/;

/**
 * jieba's precise mode without HMM buffers single ASCII letters and digits and
 * yields each run as one word (860, GDP), where cppjieba yields 8/6/0. Merge
 * such runs of one-character tokens that touch each other.
 */
export function mergeAsciiRuns(tokens: RawToken[], line: string): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.word.length !== 1 || !ASCII_ALNUM.test(t.word)) {
      out.push(t);
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      tokens[j + 1]!.start === tokens[j]!.end &&
      tokens[j + 1]!.word.length === 1 &&
      ASCII_ALNUM.test(tokens[j + 1]!.word)
    ) {
      j++;
    }
    if (j === i) out.push(t);
    else out.push({ word: line.slice(t.start, tokens[j]!.end), start: t.start, end: tokens[j]!.end });
    i = j;
  }
  return out;
}
