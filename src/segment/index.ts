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
  const mode = options.mode ?? 'default';
  const hmm = options.hmm ?? true;
  const pos = options.pos ?? false;
  const jieba = getJieba();
  const map = new CodePointMap(text);
  const out: Token[] = [];
  const raw: RawToken[] = [];
  // Tagging in precise mode with HMM comes from the tagger's own cut, which is
  // the same cut as cut(line, true); other modes look tags up word by word.
  const taggedCut = pos && mode === 'default' && hmm;

  const cutChunk = (from: number, to: number) => {
    const line = text.slice(from, to);
    raw.length = 0;
    let tags: string[] | null = null;
    if (taggedCut) {
      const tagged = jieba.tag(line);
      tags = new Array<string>(tagged.length);
      const words = new Array<string>(tagged.length);
      for (let i = 0; i < tagged.length; i++) {
        words[i] = tagged[i]!.word;
        tags[i] = tagged[i]!.tag;
      }
      alignSequential(line, words, raw);
    } else {
      cutLine(jieba, line, mode, hmm, raw);
    }
    const toks = !hmm && mode !== 'full' ? mergeAsciiRuns(raw, line) : raw;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      const c = t.word.charCodeAt(0);
      if (c < 0x3001 && WHITESPACE_ONLY.test(t.word)) continue;
      const tok: Token = { word: t.word, start: map.toCp(from + t.start), end: map.toCp(from + t.end) };
      if (pos) tok.tag = NUMERIC.test(t.word) ? 'm' : tags ? tags[i]! : tagOf(jieba, t.word);
      out.push(tok);
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
  return out;
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

const tagCache = new Map<string, string>();

/** A word's tag as the tagger gives it when the word stands alone. */
function tagOf(jieba: Jieba, word: string): string {
  let tag = tagCache.get(word);
  if (tag === undefined) {
    const r = jieba.tag(word);
    tag = r.length === 1 ? r[0]!.tag : 'x';
    tagCache.set(word, tag);
  }
  return tag;
}
