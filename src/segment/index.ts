// wenxi's segmenter: nodejieba behind jieba's semantics, with offsets.
// - HMM is on by default (nodejieba's cut() without its second argument is not).
// - Offsets are code point indices into the text given, end exclusive.
// - The text is cut line by line (long lines sentence by sentence): nodejieba
//   is markedly slower per byte on one huge call.

import type { Token } from '../types.js';
import { CodePointMap } from '../text/codepoints.js';
import { splitSentences } from '../text/sentences.js';
import { alignFull, alignSearch, alignSequential, mergeAsciiRuns, type RawToken } from './align.js';
import { getJieba, isLoaded, loadTime, setUserDicts, type Jieba } from './engine.js';

export { UserDictError } from './errors.js';

export type SegmentMode = 'default' | 'full' | 'search';
export interface SegmentOptions {
  mode?: SegmentMode;
  /** find unknown words with jieba's HMM (default true) */
  hmm?: boolean;
  /** add part-of-speech tags (jieba's tag set) */
  pos?: boolean;
  /**
   * Leave out words shorter than this many UTF-16 units (default 1: keep all).
   * A caller that wants only multi-character words (keyword candidates) skips
   * punctuation and single characters — about half of all words — before any
   * string or token is made for them. Default mode with HMM only.
   */
  minLength?: number;
}

/** Add user dictionaries (jieba format). Validates them now; call before the first segment(). */
export function configureSegmenter(opts: { userDicts?: string[] }): void {
  setUserDicts(opts.userDicts ?? []);
}

/** Whether the dictionary has been loaded in this process. */
export function isSegmenterLoaded(): boolean {
  return isLoaded();
}

/** Milliseconds the dictionary load took; null if it has not been loaded. */
export function loadTimeMs(): number | null {
  return loadTime();
}

/** Lines longer than this are cut sentence by sentence. */
const LONG_LINE = 2000;
const WHITESPACE_ONLY = /^\s+$/;
/** jieba's posseg tags digit runs (re_num) as numerals; cppjieba says eng or x. */
const NUMERIC = /^[0-9][0-9.]*$/;
/** jieba's notion of a Han character for full mode (re_han_cut_all). */
const HAN_RUN = /[\u4E00-\u9FD5]+/g;
/** Non-Han text in full mode: ASCII letter/digit runs stay whole (re_skip_cut_all). */
const NON_HAN_PIECE = /[A-Za-z0-9+#]+|[\s\S]/gu;

/** Segment `text` into words with code point offsets. Loads the dictionary on first call. */
export function segment(text: string, options: SegmentOptions = {}): Token[] {
  const pos = options.pos ?? false;
  const jieba = pos ? getJieba() : null;
  const out: Token[] = [];
  // Tags are looked up per distinct word, which equals cppjieba's tagger (its
  // tag depends on the word alone) at the cost of a cut instead of the slower
  // tag() per line.
  forEachWord(text, options, (word, start, end) => {
    const tok: Token = { word, start, end };
    if (jieba) tok.tag = tagOf(jieba, word);
    out.push(tok);
  });
  return out;
}

/**
 * The words of `text` in order, handed to `visit` with code point offsets,
 * without a Token object per word: a caller that keeps only some of each
 * word (the analysis keeps word ids) allocates nothing else per word.
 */
export function forEachWord(text: string, options: SegmentOptions, visit: (word: string, start: number, end: number) => void): void {
  forEachSpan(text, options, (src, a, b, start, end) => visit(a === 0 && b === src.length ? src : src.slice(a, b), start, end));
}

/**
 * forEachWord without the word's string: the word is src.slice(a, b). On the
 * hot path src is the line cut, so a caller that looks words up by their
 * units (body-words.ts) makes no string for a word it has seen before.
 */
export function forEachSpan(
  text: string,
  options: SegmentOptions,
  visit: (src: string, a: number, b: number, start: number, end: number) => void,
): void {
  const mode = options.mode ?? 'default';
  const hmm = options.hmm ?? true;
  const jieba = getJieba();
  const map = new CodePointMap(text);
  // Without astral characters UTF-16 and code point offsets coincide.
  const identity = map.length === text.length;
  const raw: RawToken[] = [];
  // Precise mode with HMM is the hot path (the pipeline's): words come
  // straight from nodejieba's spans.
  const fast = mode === 'default' && hmm;
  const minLength = fast ? (options.minLength ?? 1) : 1;

  const cutChunk = (from: number, to: number) => {
    const line = text.slice(from, to);
    if (fast && jieba.cutSpans) {
      const spans = jieba.cutSpans(line, true);
      for (let i = 0; i < spans.length; i += 2) {
        const a = spans[i]!;
        const b = spans[i + 1]!;
        if (b - a < minLength) continue;
        const c = line.charCodeAt(a);
        if (c <= 0x3000 && isSpace(c) && WHITESPACE_ONLY.test(line.slice(a, b))) continue;
        const s = from + a;
        if (identity) visit(line, a, b, s, from + b);
        else visit(line, a, b, map.toCp(s), map.toCp(from + b));
      }
      return;
    }
    if (fast) {
      const words = jieba.cut(line, true);
      let cur = 0;
      for (let i = 0; i < words.length; i++) {
        let w = words[i]!;
        let start = cur;
        if (!line.startsWith(w, cur)) {
          const at = line.indexOf(w, cur);
          if (at >= 0) start = at;
          else w = line.slice(cur, cur + w.length); // see alignSequential
        }
        cur = start + w.length;
        if (w.length < minLength) continue;
        const c = w.charCodeAt(0);
        if (c <= 0x3000 && isSpace(c) && WHITESPACE_ONLY.test(w)) continue;
        const s = from + start;
        if (identity) visit(w, 0, w.length, s, s + w.length);
        else visit(w, 0, w.length, map.toCp(s), map.toCp(s + w.length));
      }
      return;
    }
    raw.length = 0;
    cutLine(jieba, line, mode, hmm, raw);
    const toks = !hmm && mode !== 'full' ? mergeAsciiRuns(raw, line) : raw;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const c = t.word.charCodeAt(0);
      if (c <= 0x3000 && isSpace(c) && WHITESPACE_ONLY.test(t.word)) continue;
      visit(t.word, 0, t.word.length, map.toCp(from + t.start), map.toCp(from + t.end));
    }
  };

  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd > lineStart) {
      if (lineEnd - lineStart <= LONG_LINE) cutChunk(lineStart, lineEnd);
      else for (const s of splitSentences(text, lineStart, lineEnd)) cutChunk(s.start, s.end);
    }
    lineStart = lineEnd + 1;
  }
}

function cutLine(jieba: Jieba, line: string, mode: SegmentMode, hmm: boolean, out: RawToken[]): void {
  if (mode === 'default') {
    alignSequential(line, jieba.cut(line, hmm), out);
  } else if (mode === 'search') {
    const parents: RawToken[] = [];
    alignSequential(line, jieba.cut(line, hmm), parents);
    if (!alignSearch(parents, jieba.cutForSearch(line, hmm), out)) out.push(...parents);
  } else {
    cutFull(jieba, line, out);
  }
}

/** Full mode as jieba does it: all dictionary words in Han runs; other runs whole. */
function cutFull(jieba: Jieba, line: string, out: RawToken[]): void {
  let last = 0;
  const nonHan = (from: number, to: number) => {
    const piece = line.slice(from, to);
    for (const m of piece.matchAll(NON_HAN_PIECE)) {
      out.push({ word: m[0], start: from + m.index, end: from + m.index + m[0].length });
    }
  };
  for (const m of line.matchAll(HAN_RUN)) {
    if (m.index > last) nonHan(last, m.index);
    alignFull(m[0], m.index, jieba.cutAll(m[0]), out);
    last = m.index + m[0].length;
  }
  if (last < line.length) nonHan(last, line.length);
}

/** characters that may start a whitespace token (cheap pre-check before the regex) */
function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const tagCache = new Map<string, string>();
/** bound on the cache so a huge vocabulary cannot grow it without limit */
const TAG_CACHE_MAX = 500_000;

/**
 * A word's tag. cppjieba's tagger looks each word up in the dictionary and
 * otherwise applies a rule to its characters, so the tag depends on the word
 * alone; jieba's posseg tags digit runs as numerals (m).
 */
export function wordTag(word: string): string {
  return tagOf(getJieba(), word);
}

function tagOf(jieba: Jieba, word: string): string {
  let tag = tagCache.get(word);
  if (tag === undefined) {
    if (NUMERIC.test(word)) tag = 'm';
    else {
      const r = jieba.tag(word);
      tag = r.length === 1 ? r[0]!.tag : 'x';
    }
    if (tagCache.size >= TAG_CACHE_MAX) tagCache.clear();
    tagCache.set(word, tag);
  }
  return tag;
}
