// Word boundaries without the segmenter: dict/words.utf8 (built from jieba's
// dictionary by dict/build-words.mjs) read once, lazily — a few ms, against
// 1.4 s for the segmenter's dictionary. Used only where a label is cut by
// position (a length cap, the end of the figure before), so that it
// never starts or ends inside a word (级码头 of 30万吨级码头, 竣工投 of 竣工投产).
import { readFileSync } from 'node:fs';
import { isHanAt } from '../../text/char-table.js';

const MAX_WORD = 4;

/**
 * The list as read (one word a line) and an open-addressing hash table of
 * line numbers, keyed by the code units of each word: a look-up hashes the
 * characters in place, so it builds no substring (it runs several times per
 * figure), and reading the list costs one pass (~3 ms), not 45 000 strings.
 */
interface List {
  text: string;
  /** where each line starts; one more entry where the line after the last would start */
  starts: Int32Array;
  /** line number + 1 per slot, 0 when empty */
  slots: Int32Array;
  mask: number;
}
let list: List | null = null;

function hashOf(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function L(): List {
  if (list) return list;
  let text = '';
  try {
    text = readFileSync(new URL('../../../dict/words.utf8', import.meta.url), 'utf8');
  } catch {
    // no list (a trimmed install): labels are cut by position, as before
  }
  const starts: number[] = [];
  for (let p = 0; p < text.length; ) {
    starts.push(p);
    const k = text.indexOf('\n', p);
    p = k < 0 ? text.length + 1 : k + 1;
  }
  starts.push(text.endsWith('\n') ? text.length : text.length + 1);
  let size = 16;
  while (size < starts.length * 2) size <<= 1;
  const slots = new Int32Array(size);
  const mask = size - 1;
  for (let w = 0; w + 1 < starts.length; w++) {
    const a = starts[w]!;
    const b = starts[w + 1]! - 1;
    if (b <= a) continue;
    let k = hashOf(text, a, b) & mask;
    while (slots[k] !== 0) k = (k + 1) & mask;
    slots[k] = w + 1;
  }
  return (list = { text, starts: Int32Array.from(starts), slots, mask });
}

/** s[from, to) is a word of the list */
export function isWordAt(s: string, from: number, to: number): boolean {
  if (from < 0 || to > s.length || to <= from) return false;
  const { text, starts, slots, mask } = L();
  const n = to - from;
  for (let k = hashOf(s, from, to) & mask; slots[k] !== 0; k = (k + 1) & mask) {
    const w = slots[k]! - 1;
    const a = starts[w]!;
    if (starts[w + 1]! - 1 - a !== n) continue;
    let i = 0;
    while (i < n && text.charCodeAt(a + i) === s.charCodeAt(from + i)) i++;
    if (i === n) return true;
  }
  return false;
}

export function isWord(w: string): boolean {
  return isWordAt(w, 0, w.length);
}

/** word starts of s by forward maximum matching (0 and s.length included) */
export function boundaries(s: string): number[] {
  const out = [0];
  for (let i = 0; i < s.length; ) {
    let n = 1;
    for (let k = Math.min(MAX_WORD, s.length - i); k >= 2; k--)
      if (isWordAt(s, i, i + k)) {
        n = k;
        break;
      }
    i += n;
    out.push(i);
  }
  return out;
}

/** s split into an item and the measure after it, at the word boundary nearest `size` (县城污水处理率 → 县城 | 污水处理率) */
export function splitMeasure(s: string, size: number): [string, string] {
  const inner = boundaries(s).filter((b) => b > 0 && b < s.length);
  if (!inner.length) return [s.slice(0, size), s.slice(size)];
  // a tie goes to the longer item: 地方环保部门 | 受理的项目 rather than 地方环保 | 部门受理…
  const at = inner.reduce((best, b) => (Math.abs(b - size) <= Math.abs(best - size) ? b : best));
  return [s.slice(0, at), s.slice(at)];
}


/** a word of 2–4 characters that crosses position `at` of text (starts before it, ends after it), or null */
export function wordAcross(text: string, at: number): { start: number; end: number } | null {
  for (let len = MAX_WORD; len >= 2; len--)
    for (let s = at - len + 1; s < at; s++) {
      if (s < 0 || s + len > text.length) continue;
      if (isWordAt(text, s, s + len)) return { start: s, end: s + len };
    }
  return null;
}

/** the first character of text[at…] forms a word with what follows it */
const opensWord = (text: string, at: number): boolean => {
  for (let len = MAX_WORD; len >= 2; len--) if (at + len <= text.length && isWordAt(text, at, at + len)) return true;
  return false;
};
const closesWord = (text: string, end: number): boolean => {
  for (let len = MAX_WORD; len >= 2; len--) if (end - len >= 0 && isWordAt(text, end - len, end)) return true;
  return false;
};

/**
 * Move the edges of the label text[start, end) off the middle of a word. At
 * the start, a word that crosses it from inside the figure before (`floor`:
 * 级 of 30万吨级码头) loses its tail; one that crosses it from the clause
 * (中阶段学校 of 初中阶段学校) is taken whole. At the end, a word crossing it
 * (投 of 投产) is taken whole when `limit` allows, or dropped. An edge where
 * another word ends or starts (其中|非急需: 中非 is also a word) stays.
 */
export function onWordBoundaries(text: string, start: number, end: number, floor: () => number, limit: number): { start: number; end: number } {
  if (end - start < 2) return { start, end };
  if (start > 0 && isHanAt(text, start - 1) && !opensWord(text, start)) {
    const w = wordAcross(text, start);
    if (w && w.start < floor()) {
      if (w.end < end - 1) start = w.end;
    } else if (w && !closesWord(text, start) && end - w.start <= 18) start = w.start;
  }
  if (end < text.length && isHanAt(text, end) && !closesWord(text, end) && !opensWord(text, end)) {
    const w = wordAcross(text, end);
    if (w && w.start > start) {
      if (w.end <= limit && w.end - start <= 18) end = w.end;
      else if (w.start - start >= 2) end = w.start;
    }
  }
  return { start, end };
}
