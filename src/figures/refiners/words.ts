// Word boundaries without the segmenter: dict/words.utf8 (built from jieba's
// dictionary by dict/build-words.mjs) read once, lazily — a few ms, against
// 1.4 s for the segmenter's dictionary. Used only where a label is cut by
// position (a length cap, the end of the figure before), so that it
// never starts or ends inside a word (级码头 of 30万吨级码头, 竣工投 of 竣工投产).
import { readFileSync } from 'node:fs';

const MAX_WORD = 4;

/**
 * The list as read (one word a line, sorted by code unit) and the offset of
 * each line: looked up by binary search, so reading it costs one pass for the
 * offsets (~3 ms) instead of 45 000 strings in a Set (~12 ms) — it is read on
 * every `wenxi figures` run.
 */
let list: { text: string; starts: Int32Array } | null = null;

function L(): { text: string; starts: Int32Array } {
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
  // where the line after the last would start: every word ends one before the next start
  starts.push(text.endsWith('\n') ? text.length : text.length + 1);
  return (list = { text, starts: Int32Array.from(starts) });
}

/** after this many lookups (a corpus, not one article) a Set pays for itself */
const SET_AFTER = 20000;
let lookups = 0;
let set: Set<string> | null = null;

export function isWord(w: string): boolean {
  if (set) return set.has(w);
  const { text, starts } = L();
  if (++lookups > SET_AFTER) set = new Set(text.split('\n'));
  let lo = 0;
  let hi = starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const word = text.slice(starts[mid]!, starts[mid + 1]! - 1);
    if (word === w) return true;
    if (word < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** word starts of s by forward maximum matching (0 and s.length included) */
export function boundaries(s: string): number[] {
  const out = [0];
  for (let i = 0; i < s.length; ) {
    let n = 1;
    for (let k = Math.min(MAX_WORD, s.length - i); k >= 2; k--)
      if (isWord(s.slice(i, i + k))) {
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

const HAN = /^\p{Script=Han}$/u;

/** a word of 2–4 characters that crosses position `at` of text (starts before it, ends after it), or null */
export function wordAcross(text: string, at: number): { start: number; end: number } | null {
  for (let len = MAX_WORD; len >= 2; len--)
    for (let s = at - len + 1; s < at; s++) {
      if (s < 0 || s + len > text.length) continue;
      if (isWord(text.slice(s, s + len))) return { start: s, end: s + len };
    }
  return null;
}

/** the first character of text[at…] forms a word with what follows it */
const opensWord = (text: string, at: number): boolean => {
  for (let len = MAX_WORD; len >= 2; len--) if (at + len <= text.length && isWord(text.slice(at, at + len))) return true;
  return false;
};
const closesWord = (text: string, end: number): boolean => {
  for (let len = MAX_WORD; len >= 2; len--) if (end - len >= 0 && isWord(text.slice(end - len, end))) return true;
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
  if (start > 0 && HAN.test(text[start - 1]!) && !opensWord(text, start)) {
    const w = wordAcross(text, start);
    if (w && w.start < floor()) {
      if (w.end < end - 1) start = w.end;
    } else if (w && !closesWord(text, start) && end - w.start <= 18) start = w.start;
  }
  if (end < text.length && HAN.test(text[end]!) && !closesWord(text, end) && !opensWord(text, end)) {
    const w = wordAcross(text, end);
    if (w && w.start > start) {
      if (w.end <= limit && w.end - start <= 18) end = w.end;
      else if (w.start - start >= 2) end = w.start;
    }
  }
  return { start, end };
}
